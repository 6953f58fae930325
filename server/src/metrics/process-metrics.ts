import { readdir, stat } from 'node:fs/promises';
import { collectDefaultMetrics, Gauge, type Registry } from 'prom-client';

/*
 * prom-client's default metrics list every handle and every file descriptor of the process, on
 * the event loop, at each scrape: with 10,000 websockets a scrape took 31-37 ms instead of 3-5,
 * holding every request and subscription event back meanwhile (bench/fanout.mjs). The four handle
 * metrics are left out (custodian_websocket_connections and process_open_fds say what they said),
 * and descriptors are counted without listing them on the event loop.
 */
const PER_HANDLE_METRICS = ['nodejs_active_handles', 'nodejs_active_handles_total', 'nodejs_active_resources', 'nodejs_active_resources_total'];
const OPEN_FDS = 'process_open_fds';
const FD_DIR = '/proc/self/fd';

/** Process CPU, memory, event loop lag, garbage collection and file descriptors, under their usual names. */
export function collectProcessMetrics(registry: Registry): void {
  collectDefaultMetrics({ register: registry });
  for (const name of PER_HANDLE_METRICS) registry.removeSingleMetric(name);
  if (!registry.getSingleMetric(OPEN_FDS)) return; // not Linux: prom-client has no such metric there
  registry.removeSingleMetric(OPEN_FDS);
  new Gauge({
    name: OPEN_FDS,
    help: 'Number of open file descriptors.',
    registers: [registry],
    async collect() {
      const count = await openDescriptors();
      if (count !== undefined) this.set(count);
    },
  });
}

/**
 * Linux 6.2 and later report the number of open descriptors as the size of /proc/self/fd, without
 * a listing; older kernels report 0 there, and the folder is then listed on the thread pool (its
 * own descriptor, open while it is read, not counted).
 */
export async function openDescriptors(): Promise<number | undefined> {
  try {
    const { size } = await stat(FD_DIR);
    if (size > 0) return size;
    return (await readdir(FD_DIR)).length - 1;
  } catch {
    return undefined;
  }
}
