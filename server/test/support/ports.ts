import net from 'node:net';

/*
 * Ports for the processes a test starts, chosen below the kernel's range of ephemeral ports
 * (32768-60999 on Linux). A port the kernel picked from that range can be handed to any outgoing
 * connection (a database client, a fetch) between the moment it is found free and the moment the
 * process started for it listens, which then fails with EADDRINUSE.
 */
const FIRST_PORT = 20_000;
const LAST_PORT = 32_767;

/*
 * A port found free is only taken once its process listens, seconds later: until then another
 * search could find it free too. So each test file's process (VITEST_POOL_ID, one per file running
 * at once) searches a slice of the range of its own, and never hands out a port twice; tests that
 * start several systems side by side share the process, and so the memory of what was handed out.
 */
const SLICES = 8;
const SLICE_SIZE = Math.floor((LAST_PORT - FIRST_PORT + 1) / SLICES);
const sliceStart = FIRST_PORT + ((Number(process.env.VITEST_POOL_ID ?? 1) - 1) % SLICES) * SLICE_SIZE;
const handedOut = new Set<number>();

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = sliceStart + Math.floor(Math.random() * SLICE_SIZE);
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port found between ${sliceStart} and ${sliceStart + SLICE_SIZE - 1}`);
}

/** Listens as the API does (every address), then lets go. */
function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}
