import net from 'node:net';

/**
 * A TCP proxy between a process and PostgreSQL, so that a test can cut that process off the
 * database while everything else still reaches it. While cut, the proxy resets the connections
 * it carried and every new one at once, as a failed link or a firewall that rejects does.
 */
export interface TcpProxy {
  port: number;
  /** Connections accepted so far (a reconnecting client shows here). */
  readonly accepted: number;
  /** Resets every connection, and every new one until `restore`. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<[net.Socket, net.Socket]>();
  let isCut = false;
  let accepted = 0;
  const drop = (socket: net.Socket) => {
    // An RST, not a FIN: the client learns at once that the link is gone.
    if (!socket.destroyed) socket.resetAndDestroy();
  };
  const server = net.createServer((client) => {
    accepted++;
    client.on('error', () => undefined);
    if (isCut) {
      drop(client);
      return;
    }
    const upstream = net.connect(target.port, target.host);
    upstream.on('error', () => drop(client));
    client.on('error', () => upstream.destroy());
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    const forget = () => pairs.delete(pair);
    client.on('close', () => {
      forget();
      upstream.destroy();
    });
    upstream.on('close', () => {
      forget();
      client.destroy();
    });
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    get accepted() {
      return accepted;
    },
    cut: () => {
      isCut = true;
      for (const [client, upstream] of pairs) {
        drop(client);
        upstream.destroy();
      }
      pairs.clear();
    },
    restore: () => {
      isCut = false;
    },
    close: async () => {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
