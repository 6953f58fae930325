import { closeSync, openSync, readdirSync } from 'node:fs';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { collectProcessMetrics, openDescriptors } from './process-metrics.js';

async function openFdsOf(registry: Registry): Promise<number> {
  const text = await registry.metrics();
  return Number(/^process_open_fds (\d+)$/m.exec(text)?.[1]);
}

describe('process metrics', () => {
  it("keeps prom-client's process metrics but none that lists every handle", async () => {
    const registry = new Registry();
    collectProcessMetrics(registry);
    const text = await registry.metrics();
    for (const name of [
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_p99_seconds',
      'nodejs_heap_size_used_bytes',
      'process_open_fds',
      'process_max_fds',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(text).not.toMatch(/nodejs_active_(handles|resources)/);
  });

  it('counts open file descriptors as the folder /proc/self/fd lists them', async () => {
    const registry = new Registry();
    collectProcessMetrics(registry);
    const before = await openFdsOf(registry);
    const opened = Array.from({ length: 50 }, () => openSync('/dev/null', 'r'));
    try {
      const counted = await openDescriptors();
      // The listing's own descriptor is open while it is read.
      expect(counted).toBe(readdirSync('/proc/self/fd').length - 1);
      const after = await openFdsOf(registry);
      expect(after - before).toBeGreaterThanOrEqual(50);
      expect(after - before).toBeLessThan(60);
    } finally {
      for (const fd of opened) closeSync(fd);
    }
    expect(await openFdsOf(registry)).toBeLessThan(before + 10);
  });
});
