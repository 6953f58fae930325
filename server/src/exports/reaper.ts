import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import { exportFailed } from '../metrics/export-observation.js';
import { JobNames } from '../queue/jobs.js';
import { ExportTaskStatus } from './export-task-status.js';
import { requeueLost, requeueOrphans, type LostTasks } from './export-task-lifecycle.js';
import { queueExportTasks, type ExportTaskQueue } from './export-task-queue.js';
import { startPeriodicJob } from '../common/periodic-job.js';

export interface ReaperOptions {
  em: EntityManager;
  queue: ExportTaskQueue;
  heartbeatTimeoutSeconds: number;
  maxAttempts: number;
  log: Log;
}

// PENDING tasks whose queue job was lost (a crash between commit and queueing) are queued again
// after this long. A duplicate job is harmless: only a PENDING task can be claimed.
const ORPHAN_AFTER_SECONDS = 60;
const ORPHANS_PER_ROUND = 500;

/**
 * The safety net of the queue: tasks whose task service went silent go back to the queue (or
 * fail after their last attempt), and PENDING tasks that no job carries any more are queued
 * again. Runs in every API and worker process; the lifecycle's locks keep them from colliding.
 */
export async function reapLostTasks(options: ReaperOptions): Promise<LostTasks & { orphans: string[] }> {
  const em = options.em.fork();
  const lost = await em.transactional((tx) => requeueLost(tx, options));
  const orphans = await requeueOrphanedTasks(em, options.queue);
  await queueExportTasks(em, options.queue, [...lost.requeued, ...orphans]);
  for (const id of lost.requeued) options.log(`export task ${id}: its task service stopped responding; queued again`);
  for (const id of lost.failed) {
    options.log(`export task ${id}: its task service stopped responding on the last attempt; marked FAILED`);
    exportFailed('TASK_SERVICE_LOST');
  }
  for (const id of orphans) options.log(`export task ${id}: no queue job carried it; queued again`);
  return { ...lost, orphans };
}

async function requeueOrphanedTasks(em: EntityManager, queue: ExportTaskQueue): Promise<string[]> {
  const waiting: { id: string }[] = await em
    .getConnection()
    .execute('select id from export_tasks where status = ? and updated_at < now() - make_interval(secs => ?) order by updated_at limit ?', [
      ExportTaskStatus.PENDING,
      ORPHAN_AFTER_SECONDS,
      ORPHANS_PER_ROUND,
    ]);
  if (waiting.length === 0) return [];
  // A worker claims its job's task at once; a PENDING task's job still active after a minute was
  // fetched by a worker that died, or lost the database, before claiming it. pg-boss keeps such
  // a job active until it expires (the export timeout, hours), which must not hold the task up.
  const carried = await queue.liveJobsFor(
    JobNames.exportRecording,
    'taskId',
    waiting.map((row) => row.id),
    { activeForAtMostSeconds: ORPHAN_AFTER_SECONDS },
  );
  const orphans = waiting.map((row) => row.id).filter((id) => !carried.has(id));
  return orphans.length ? em.transactional((tx) => requeueOrphans(tx, orphans)) : [];
}

/** Runs the reaper a few times per heartbeat timeout until stopped. */
export function startReaper(options: ReaperOptions): () => void {
  const intervalMs = Math.max(1000, (options.heartbeatTimeoutSeconds * 1000) / 3);
  return startPeriodicJob('reaper', () => reapLostTasks(options), { intervalMs, log: options.log });
}
