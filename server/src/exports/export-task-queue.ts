import type { EntityManager } from '@mikro-orm/postgresql';
import { Channel, notify } from '../db/notifications.js';
import type { JobQueue } from '../queue/job-queue.js';
import { JobNames } from '../queue/jobs.js';

/** The part of the queue that export tasks use: sending them, and finding those it lost. */
export type ExportTaskQueue = Pick<JobQueue, 'send' | 'liveJobsFor'>;

/**
 * Queues export tasks for the task services: the one path by which a task reaches the queue,
 * whether it is new, handed back, or requeued after its worker was lost. Called after the commit
 * that made the tasks PENDING, so a worker never gets a job whose task is not there yet; a crash
 * between the two leaves PENDING tasks without a job, which the reaper queues again.
 */
export async function queueExportTasks(em: EntityManager, queue: Pick<JobQueue, 'send'>, taskIds: readonly string[]): Promise<void> {
  if (taskIds.length === 0) return;
  await queue.send(
    JobNames.exportRecording,
    taskIds.map((taskId) => ({ taskId })),
  );
  // Idle workers hear this and fetch at once instead of at their next polling interval.
  await notify(em, Channel.exportQueued);
}

/**
 * Queues segments of a running export for the task services, after the commit that made them
 * PENDING. A segment without its job (a crash in between) is still encoded: the task's own task
 * service works through every pending segment itself.
 */
export async function queueExportSegments(em: EntityManager, queue: Pick<JobQueue, 'send'>, segmentIds: readonly string[]): Promise<void> {
  if (segmentIds.length === 0) return;
  await queue.send(
    JobNames.exportRecording,
    segmentIds.map((segmentId) => ({ segmentId })),
  );
  await notify(em, Channel.exportQueued);
}
