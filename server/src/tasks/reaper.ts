import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/audit.service.js';
import { Channel, notify } from '../db/notifications.js';
import type { JobQueue } from './queue.js';

export interface ReaperOptions {
  em: EntityManager;
  queue: Pick<JobQueue, 'send'>;
  heartbeatTimeoutSeconds: number;
  maxAttempts: number;
  log: (line: string) => void;
}

interface StaleRow {
  id: string;
  status: string;
  attempts: number;
  worker_host: string | null;
  recording_id: string;
  requested_by_id: string;
  username: string;
  reason: string;
}

// PENDING tasks whose queue job was lost (a crash between commit and queueing) are queued again
// after this long. A duplicate job is harmless: only a PENDING task can be claimed.
const ORPHAN_AFTER_SECONDS = 60;

/**
 * Finds export tasks whose worker stopped sending heartbeats (killed, machine lost) and puts them
 * back in the queue, or fails them after the last attempt. Safe to run in every process at once:
 * stale rows are locked with SKIP LOCKED, so each is handled by one reaper.
 */
export async function reapStaleTasks(options: ReaperOptions): Promise<{ requeued: string[]; failed: string[] }> {
  const em = options.em.fork();
  const result = await em.transactional(async (tx) => {
    const rows: StaleRow[] = await tx.getConnection().execute(
      `with stale as (
         select id, worker_host as previous_host from export_tasks
          where status = 'IN_PROGRESS' and heartbeat_at < now() - make_interval(secs => ?)
          for update skip locked)
       update export_tasks t
          set status = case when t.attempts >= ? then 'FAILED' else 'PENDING' end,
              error = case when t.attempts >= ? then format('The worker on %s stopped responding on attempt %s of %s; the export was not retried again.', coalesce(stale.previous_host, 'an unknown host'), t.attempts, ?) end,
              finished_at = case when t.attempts >= ? then now() end,
              worker_id = null,
              heartbeat_at = null, progress = 0, updated_at = now()
         from stale, export_requests r, users u
        where t.id = stale.id and r.id = t.request_id and u.id = t.requested_by_id
      returning t.id, t.status, t.attempts, stale.previous_host as worker_host, t.recording_id, t.requested_by_id, u.username, r.reason`,
      [options.heartbeatTimeoutSeconds, options.maxAttempts, options.maxAttempts, options.maxAttempts, options.maxAttempts],
      'all',
      tx.getTransactionContext(),
    );
    const failed = rows.filter((r) => r.status === 'FAILED');
    recordAudit(
      tx,
      ...failed.map((r) => ({
        action: AuditAction.EXPORT_FAILED,
        outcome: AuditOutcome.FAILURE,
        actorId: r.requested_by_id,
        actorName: r.username,
        recordingId: r.recording_id,
        taskId: r.id,
        reason: r.reason,
        detail: `The worker on ${r.worker_host ?? 'unknown host'} stopped responding on attempt ${r.attempts} of ${options.maxAttempts}.`,
      })),
    );
    await tx.flush();
    for (const row of rows) await notify(tx, Channel.taskUpdated, row.id);
    return { requeued: rows.filter((r) => r.status === 'PENDING').map((r) => r.id), failed: failed.map((r) => r.id) };
  });

  const orphans: { id: string }[] = await em.getConnection().execute(
    `update export_tasks t set updated_at = now()
      where t.status = 'PENDING' and t.updated_at < now() - make_interval(secs => ?)
        and not exists (select 1 from pgboss.job j
                         where j.name = 'export-recording' and j.state in ('created', 'retry', 'active')
                           and j.data->>'taskId' = t.id::text)
      returning t.id`,
    [ORPHAN_AFTER_SECONDS],
  );
  const toQueue = [...result.requeued, ...orphans.map((o) => o.id)];
  if (toQueue.length) {
    await options.queue.send('export-recording', toQueue.map((taskId) => ({ taskId })));
    await notify(em, Channel.exportQueued);
  }
  for (const id of result.requeued) options.log(`export ${id}: its worker stopped responding; queued again`);
  for (const id of result.failed) options.log(`export ${id}: its worker stopped responding on the last attempt; marked FAILED`);
  return result;
}

/** Runs the reaper every few seconds until stopped. */
export function startReaper(options: ReaperOptions): () => void {
  const intervalMs = Math.max(1000, (options.heartbeatTimeoutSeconds * 1000) / 3);
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    reapStaleTasks(options)
      .catch((error: Error) => options.log(`reaper: ${error.message}`))
      .finally(() => (busy = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
