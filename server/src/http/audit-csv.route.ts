import { once } from 'node:events';
import type { Request, RequestHandler, Response } from 'express';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { badInput } from '../common/errors.js';
import { DownloadsService } from '../downloads/downloads.service.js';
import type { AuditFilter } from '../export-audit/audit-filter.js';
import { FILE_RESPONSE_HEADERS } from './file-headers.js';
import { route } from './route.js';
import type { RouteDeps } from './route-context.js';

function list<T extends string>(req: Request, name: string, allowed: readonly T[]): T[] | null {
  const raw = req.query[name];
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = values.filter((v) => !allowed.includes(v as T));
  if (unknown.length) throw badInput(`Unknown ${name}: ${unknown.join(', ')}. Known: ${allowed.join(', ')}.`, name);
  return values.length ? (values as T[]) : null;
}

function date(req: Request, name: string): Date | null {
  const raw = req.query[name];
  if (raw === undefined || raw === '') return null;
  const value = new Date(String(raw));
  if (Number.isNaN(value.getTime())) throw badInput(`${name} must be a date and time such as 2026-11-24T09:00:00Z, got "${String(raw)}".`, name);
  // JavaScript takes years PostgreSQL cannot hold (0, six digits): refused here, as the GraphQL filter does, not midway through the file.
  const year = value.getUTCFullYear();
  if (year < 1 || year > 9999) throw badInput(`${name} must be a date and time in the years 1 to 9999, got "${String(raw)}".`, name);
  return value;
}

/** The same filter as the exportAudit query, from the query string. */
function filterOf(req: Request): AuditFilter {
  const text = (name: string) => (typeof req.query[name] === 'string' && (req.query[name] as string).trim()) || null;
  return {
    from: date(req, 'from'),
    to: date(req, 'to'),
    actor: text('actor'),
    recordingId: text('recordingId'),
    action: list(req, 'action', Object.values(AuditAction)),
    outcome: list(req, 'outcome', Object.values(AuditOutcome)),
  };
}

async function write(res: Response, chunk: string): Promise<void> {
  if (!res.write(chunk)) await once(res, 'drain');
}

/**
 * GET /api/audit/export.csv?from=&to=&actor=&recordingId=&action=&outcome=: the filtered audit
 * log as CSV, oldest first (chain order), for LOGGING_READERs, written as it is read.
 */
export function auditCsvRoute(deps: RouteDeps): RequestHandler {
  return route(deps, async (req, res) => {
    const ctx = await deps.contextOf(req);
    const csv = ctx.get(DownloadsService).auditCsv(ctx.caller, filterOf(req));
    const lines = csv.lines[Symbol.asyncIterator]();
    // The first line is read before any header is sent, so that a bad filter is still a 400.
    const header = await lines.next();
    res.status(200);
    res.set(FILE_RESPONSE_HEADERS);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.attachment(csv.fileName);
    let closed = false;
    res.on('close', () => (closed = true));
    try {
      if (!header.done) await write(res, header.value);
      for (let next = await lines.next(); !next.done && !closed; next = await lines.next()) await write(res, next.value);
      res.end();
    } catch (error) {
      // Once rows are out, an error can only cut the file short: the connection is reset so the
      // client sees a failed download, not a complete-looking partial file.
      res.destroy(error as Error);
    } finally {
      await lines.return?.();
    }
  });
}
