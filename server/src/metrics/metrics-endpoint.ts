import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Log } from '../common/log.js';
import { registry } from './instruments.js';

/** How /metrics is protected: a Bearer token, a separate address, or both. */
export interface MetricsAccess {
  token: string | undefined;
  address: { host: string | undefined; port: number } | undefined;
}

/**
 * Whether the request carries the token. Both sides are hashed first, so the comparison takes the
 * same time whatever the length or the first differing byte of what was sent.
 */
export function carriesToken(authorization: string | undefined, token: string): boolean {
  const sent = /^Bearer (\S+)$/i.exec(authorization?.trim() ?? '')?.[1] ?? '';
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(sent), digest(token)) && sent.length > 0;
}

/** Answers a scrape: 401 without the token (when one is set), else the metrics in Prometheus text format. */
export function metricsHandler(token: string | undefined, log: Log): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (token !== undefined && !carriesToken(req.headers.authorization, token)) {
      res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', 'WWW-Authenticate': 'Bearer realm="metrics"' });
      res.end('A valid metrics token is required.\n');
      return;
    }
    registry.metrics().then(
      (text) => {
        res.writeHead(200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' });
        res.end(text);
      },
      (error: Error) => {
        log(`metrics could not be collected: ${error.message}`);
        res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Metrics are unavailable right now.\n');
      },
    );
  };
}

/**
 * /metrics on an address of its own (CUSTODIAN_METRICS_ADDRESS), apart from the API and the web
 * app: bound to a loopback or internal interface, only scrapers reach it. Anything but GET
 * /metrics gets a 404.
 */
export async function startMetricsServer(
  access: MetricsAccess & { address: NonNullable<MetricsAccess['address']> },
  log: Log,
): Promise<{ port: number; stop: () => Promise<void> }> {
  const handle = metricsHandler(access.token, log);
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if ((req.method === 'GET' || req.method === 'HEAD') && path === '/metrics') return handle(req, res);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found.\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(access.address.port, access.address.host, () => resolve());
  });
  const bound = server.address();
  const port = typeof bound === 'object' && bound ? bound.port : access.address.port;
  log(`metrics served at http://${access.address.host ?? '*'}:${port}/metrics${access.token ? ' (token required)' : ''}`);
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
