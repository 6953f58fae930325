import type { Log } from '../common/log.js';
import { startPeriodicJob } from '../common/periodic-job.js';
import type { ObjectStore } from '../storage/object-store.js';

/** Received uploads wait under this folder of the recordings store until they are read. */
export const INCOMING_PREFIX = '.incoming/';

/**
 * An upload is read within minutes of arriving, and a body still arriving keeps its file's time
 * (a bucket shows nothing before it is complete). One older than this was left by an API process
 * that stopped while reading it.
 */
const LEFT_AFTER_MS = 24 * 3600 * 1000;

/** Deletes the received uploads left unread for over a day; returns their keys. */
export async function removeLeftUploads(recordings: ObjectStore, now = new Date()): Promise<string[]> {
  const removed: string[] = [];
  for await (const { key, modifiedAt } of recordings.list(INCOMING_PREFIX)) {
    if (now.getTime() - modifiedAt.getTime() < LEFT_AFTER_MS) continue;
    await recordings.delete(key);
    removed.push(key);
  }
  return removed;
}

/** Runs removeLeftUploads at start and then every `intervalSeconds`, until stopped. */
export function startLeftUploadsCleanup(options: { recordings: ObjectStore; intervalSeconds: number; log: Log }): () => void {
  const { recordings, log } = options;
  return startPeriodicJob(
    'received uploads cleanup',
    async () => {
      const removed = await removeLeftUploads(recordings);
      if (removed.length > 0) log(`removed ${removed.length} received upload(s) left unread for over a day in ${recordings.description}${INCOMING_PREFIX}`);
    },
    { intervalMs: options.intervalSeconds * 1000, firstAfterMs: 1000, log },
  );
}
