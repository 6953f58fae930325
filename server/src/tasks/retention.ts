import fsp from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/audit.service.js';
import { Channel, notify } from '../db/notifications.js';

export interface RetentionOptions {
  em: EntityManager;
  exportsDir: string;
  /** 0 keeps exports forever. */
  retentionDays: number;
  log: (line: string) => void;
}

interface ExpiredRow {
  id: string;
  output_path: string | null;
  output_sha256: string | null;
  finished_at: Date;
  recording_id: string;
  reason: string;
}

// Rows handled per transaction, so that a long backlog does not hold locks for long.
const BATCH = 200;

/**
 * Marks COMPLETED exports older than the retention EXPIRED, with an EXPORT_EXPIRED audit row in
 * the same transaction, then deletes their files. The status is the truth: once a task is
 * EXPIRED its file is refused for download even if deleting it failed. Safe to run in several
 * processes at once (SKIP LOCKED).
 */
export async function expireExports(options: RetentionOptions): Promise<string[]> {
  if (options.retentionDays <= 0) return [];
  const expired: string[] = [];
  for (;;) {
    const rows = await options.em.fork().transactional(async (tx) => {
      const found: ExpiredRow[] = await tx.getConnection().execute(
        `with due as (
           select id from export_tasks
            where status = 'COMPLETED' and finished_at < now() - make_interval(days => ?)
            order by finished_at limit ? for update skip locked)
         update export_tasks t set status = 'EXPIRED', expired_at = now(), updated_at = now()
           from due, export_requests r
          where t.id = due.id and r.id = t.request_id
         returning t.id, t.output_path, t.output_sha256, t.finished_at, t.recording_id, r.reason`,
        [options.retentionDays, BATCH],
        'all',
        tx.getTransactionContext(),
      );
      recordAudit(
        tx,
        ...found.map((row) => ({
          action: AuditAction.EXPORT_EXPIRED,
          outcome: AuditOutcome.SUCCESS,
          recordingId: row.recording_id,
          taskId: row.id,
          reason: row.reason,
          detail: `Deleted after the ${options.retentionDays}-day retention (completed ${new Date(row.finished_at).toISOString()}; sha256 ${row.output_sha256 ?? 'unknown'}).`,
        })),
      );
      await tx.flush();
      for (const row of found) await notify(tx, Channel.taskUpdated, row.id);
      return found;
    });
    for (const row of rows) {
      if (!row.output_path) continue;
      const file = path.resolve(options.exportsDir, row.output_path);
      if (!file.startsWith(path.resolve(options.exportsDir) + path.sep)) continue;
      await fsp.rm(file, { force: true }).catch((error: Error) => options.log(`export ${row.id}: expired, but its file could not be deleted: ${error.message}`));
    }
    for (const row of rows) options.log(`export ${row.id}: expired (${options.retentionDays}-day retention); file deleted`);
    expired.push(...rows.map((r) => r.id));
    if (rows.length < BATCH) return expired;
  }
}

/** Runs the retention job at start and then every `intervalSeconds`, until stopped. */
export function startRetention(options: RetentionOptions & { intervalSeconds: number }): () => void {
  if (options.retentionDays <= 0) {
    options.log('export retention: completed exports are kept forever (EXPORT_RETENTION_DAYS=0)');
    return () => {};
  }
  let busy = false;
  const run = () => {
    if (busy) return;
    busy = true;
    expireExports(options)
      .catch((error: Error) => options.log(`export retention: ${error.message}`))
      .finally(() => (busy = false));
  };
  const first = setTimeout(run, 1000);
  const timer = setInterval(run, options.intervalSeconds * 1000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
