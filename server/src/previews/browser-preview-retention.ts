import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import type { ObjectStore } from '../storage/object-store.js';
import { expirePreviews } from './browser-preview-lifecycle.js';
import { startPeriodicJob } from '../common/periodic-job.js';

export interface BrowserPreviewRetentionOptions {
  em: EntityManager;
  /** Where the previews are kept: the exports store. */
  exports: ObjectStore;
  /** A preview nobody played for this many days is deleted (it is made again when asked for); 0 keeps them while their recording is there. */
  retentionDays: number;
  log: Log;
}

const BATCH = 200;

/**
 * Deletes the previews of recordings that are gone, and those nobody played within the
 * retention, rows first (so that no playback is offered a file being deleted), then their files.
 * Returns the ids of the deleted previews.
 */
export async function expireBrowserPreviews(options: BrowserPreviewRetentionOptions): Promise<string[]> {
  const deleted: string[] = [];
  for (;;) {
    const previews = await options.em.fork().transactional((tx) => expirePreviews(tx, { retentionDays: options.retentionDays, limit: BATCH }));
    for (const preview of previews) {
      if (!preview.outputKey) continue;
      await options.exports.delete(preview.outputKey).then(
        () => options.log(`browser preview ${preview.id}: deleted by the retention`),
        (error: Error) => options.log(`browser preview ${preview.id}: its file ${preview.outputKey} could not be deleted: ${error.message}`),
      );
    }
    deleted.push(...previews.map((preview) => preview.id));
    if (previews.length < BATCH) return deleted;
  }
}

/** Runs the preview retention at start and then every `intervalSeconds`, until stopped. */
export function startBrowserPreviewRetention(options: BrowserPreviewRetentionOptions & { intervalSeconds: number }): () => void {
  return startPeriodicJob('browser preview retention', () => expireBrowserPreviews(options), {
    intervalMs: options.intervalSeconds * 1000,
    firstAfterMs: 1000,
    log: options.log,
  });
}
