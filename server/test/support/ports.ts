import net from 'node:net';

/*
 * Ports for the processes a test starts, chosen below the kernel's range of ephemeral ports
 * (32768-60999 on Linux). A port the kernel picked from that range can be handed to any outgoing
 * connection (a database client, a fetch) between the moment it is found free and the moment the
 * process started for it listens, which then fails with EADDRINUSE.
 */
const FIRST_PORT = 20_000;
const LAST_PORT = 32_767;

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = FIRST_PORT + Math.floor(Math.random() * (LAST_PORT - FIRST_PORT + 1));
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port found between ${FIRST_PORT} and ${LAST_PORT}`);
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
