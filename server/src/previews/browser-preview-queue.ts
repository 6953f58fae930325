import type { EntityManager } from '@mikro-orm/postgresql';
import { Channel, notify } from '../db/notifications.js';
import type { JobQueue } from '../queue/job-queue.js';
import { JobNames } from '../queue/jobs.js';

/**
 * Queues browser previews for the task services, after the commit that made them PENDING. A
 * preview whose job is lost stays PENDING; the next request for it sends the job again.
 */
export async function queueBrowserPreviews(em: EntityManager, queue: Pick<JobQueue, 'send'>, previewIds: readonly string[]): Promise<void> {
  if (previewIds.length === 0) return;
  await queue.send(
    JobNames.makeBrowserPreview,
    previewIds.map((previewId) => ({ previewId })),
  );
  // Idle workers hear this and fetch at once instead of at their next polling interval.
  await notify(em, Channel.browserPreviewQueued);
}
