import type { EntityManager } from '@mikro-orm/postgresql';
import { Channel, notify } from '../db/notifications.js';
import type { JobQueue } from '../queue/job-queue.js';
import { JobNames } from '../queue/jobs.js';

/**
 * Queues idle stretch scans for the task services, after the commit that made them PENDING. A
 * scan whose job is lost stays PENDING; the next request for it sends the job again.
 */
export async function queueIdleStretchScans(em: EntityManager, queue: Pick<JobQueue, 'send'>, scanIds: readonly string[]): Promise<void> {
  if (scanIds.length === 0) return;
  await queue.send(
    JobNames.scanIdleStretches,
    scanIds.map((scanId) => ({ scanId })),
  );
  // Idle workers hear this and fetch at once instead of at their next polling interval.
  await notify(em, Channel.idleStretchScanQueued);
}
