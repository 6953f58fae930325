import { once } from 'node:events';
import type { Request, RequestHandler, Response } from 'express';
import { AUDIT_ACTION_LABELS, AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { auditWhere, type AuditFilter } from '../audit/audit.service.js';
import { csvLine } from '../audit/csv.js';
import { canReadAudit } from '../auth/permissions.js';
import { authService, type ContextDeps } from '../graphql/context.js';
import { bearerOf } from './credentials.js';
import { refuse } from './refuse.js';

const BATCH = 1000;
const COLUMNS = ['id', 'occurred_at', 'action', 'action_label', 'outcome', 'actor', 'actor_id', 'recording_id', 'task_id', 'reason', 'detail', 'client_address', 'prev_hash', 'hash'];

class FilterError extends Error {}

function list<T extends string>(req: Request, name: string, allowed: readonly T[]): T[] | null {
  const raw = req.query[name];
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
  const unknown = values.filter((v) => !allowed.includes(v as T));
  if (unknown.length) throw new FilterError(`Unknown ${name}: ${unknown.join(', ')}. Known: ${allowed.join(', ')}.`);
  return values.length ? (values as T[]) : null;
}

function date(req: Request, name: string): Date | null {
  const raw = req.query[name];
  if (raw === undefined || raw === '') return null;
  const value = new Date(String(raw));
  if (Number.isNaN(value.getTime())) throw new FilterError(`${name} must be a date and time such as 2026-11-24T09:00:00Z, got "${String(raw)}".`);
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
 * log as CSV, oldest first (chain order), for LOGGING_READERs. Rows are read a batch at a time
 * by id and written as they come, so the export's size does not matter.
 */
export function auditCsvRoute(deps: { contextDeps: ContextDeps }): RequestHandler {
  return async (req, res, next) => {
    try {
      const viewer = await authService(deps.contextDeps).authenticate(bearerOf(req));
      if (!viewer) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in to download the audit log.');
      if (!canReadAudit(viewer.roles)) return refuse(res, 403, 'FORBIDDEN', 'The export audit needs the LOGGING_READER role.');
      let where: Record<string, unknown>;
      try {
        where = auditWhere(filterOf(req));
      } catch (error) {
        return refuse(res, 400, 'BAD_USER_INPUT', (error as Error).message);
      }

      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      res.status(200);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Cache-Control', 'private, no-store');
      res.attachment(`custodian-audit-${stamp}.csv`);
      let closed = false;
      res.on('close', () => (closed = true));
      await write(res, csvLine(COLUMNS));
      const em = deps.contextDeps.em.fork();
      for (let after = '0'; !closed; ) {
        const rows = await em.find(AuditEvent, { ...where, id: { $gt: after } }, { orderBy: { id: 'asc' }, limit: BATCH, disableIdentityMap: true });
        let chunk = '';
        for (const e of rows) {
          chunk += csvLine([e.id, e.occurredAt, e.action, AUDIT_ACTION_LABELS[e.action] ?? e.action, e.outcome, e.actorName, e.actorId, e.recordingId, e.taskId, e.reason, e.detail, e.clientAddress, e.prevHash, e.hash]);
        }
        if (chunk) await write(res, chunk);
        if (rows.length < BATCH) break;
        after = rows[rows.length - 1].id;
      }
      res.end();
    } catch (error) {
      // Once rows are out, an error can only cut the file short: the connection is reset so the
      // client sees a failed download, not a complete-looking partial file.
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    }
  };
}
