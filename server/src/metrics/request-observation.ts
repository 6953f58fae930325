import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Request, RequestHandler } from 'express';
import { type Log, withLogContext } from '../common/log.js';
import { httpRequestDuration, httpRequests } from './instruments.js';

// What a proxy or client may name a request with: short, and safe to copy into logs and headers.
const REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** The caller's X-Request-Id when it is a plain token of at most 128 characters; otherwise a new one. */
export function requestIdOf(sent: string | undefined): string {
  return sent !== undefined && REQUEST_ID.test(sent) ? sent : randomUUID();
}

/**
 * The route template a request matched (`/exports/:taskId/file`, `/graphql`), never its raw path,
 * so the label's values stay few. Read when the answer is finished: express keeps `req.route`,
 * and a mounted handler's `baseUrl`, by then.
 */
export function routeOf(req: Request, status: number): string {
  if (req.route) return `${req.baseUrl}${String(req.route.path)}`;
  if (req.baseUrl) return req.baseUrl;
  return status === 404 ? 'unmatched' : 'other';
}

/**
 * First in the chain: names every request (X-Request-Id, accepted or made, sent back), runs the
 * rest with that id in the log context, and counts the request by route template and status
 * when its answer ends. With `requestLog`, also writes one line per request (its path without the
 * query string, which may carry signed parameters).
 */
export function observeRequests(requestLog: Log | null = null): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdOf(req.get('x-request-id'));
    res.setHeader('X-Request-Id', requestId);
    const started = performance.now();
    res.once('close', () => {
      const seconds = (performance.now() - started) / 1000;
      const route = routeOf(req, res.statusCode);
      httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      httpRequestDuration.observe({ method: req.method, route }, seconds);
      // Events do not carry the context of whoever listens: the line names its request itself.
      if (requestLog)
        withLogContext({ requestId }, () => requestLog(`${req.method} ${req.originalUrl.split('?')[0]} ${res.statusCode} ${Math.round(seconds * 1000)} ms`));
    });
    withLogContext({ requestId }, next);
  };
}
