import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import { FileStore } from '../storage/file-store.js';
import { type ObjectStore, StoreError } from '../storage/object-store.js';
import { expire, type ExpiredTask } from './export-task-lifecycle.js';
import { startPeriodicJob } from '../common/periodic-job.js';

export type RetentionOptions = {
  em: EntityManager;
  /** 0 keeps exports forever. */
  retentionDays: number;
  log: Log;
} & (
  | { exports: ObjectStore }
  /** A folder of exports: the same as a FileStore on it. */
  | { exportsDir: string }
);

// Tasks expired per transaction, so that a long backlog does not hold locks for long.
const BATCH = 200;

/**
 * Expires COMPLETED exports older than the retention (see `expire`), then deletes their files.
 * Returns the ids of the expired tasks.
 */
export async function expireExports(options: RetentionOptions): Promise<string[]> {
  if (options.retentionDays <= 0) return [];
  const store = 'exports' in options ? options.exports : new FileStore(options.exportsDir);
  const expired: string[] = [];
  for (;;) {
    const tasks = await options.em.fork().transactional((tx) => expire(tx, { retentionDays: options.retentionDays, limit: BATCH }));
    for (const task of tasks) options.log(`export task ${task.id}: expired (${options.retentionDays}-day retention); ${await deleteFile(store, task)}`);
    expired.push(...tasks.map((task) => task.id));
    if (tasks.length < BATCH) return expired;
  }
}

/**
 * Deletes an expired task's file (an object in a bucket); says what became of it, for the log. A
 * file the store could not delete stays for an operator: the task is expired either way.
 */
async function deleteFile(store: ObjectStore, task: ExpiredTask): Promise<string> {
  if (!task.outputPath) return 'it had no file';
  try {
    await store.delete(task.outputPath);
    return 'file deleted';
  } catch (error) {
    if (error instanceof StoreError && error.kind === 'INVALID_KEY') return `its file ${task.outputPath} is outside the exports store and was left alone`;
    return `its file could not be deleted: ${(error as Error).message}`;
  }
}

/** Runs the retention job at start and then every `intervalSeconds`, until stopped. */
export function startRetention(options: RetentionOptions & { intervalSeconds: number }): () => void {
  if (options.retentionDays <= 0) {
    options.log('export retention: completed exports are kept forever (EXPORT_RETENTION_DAYS=0)');
    return () => {};
  }
  return startPeriodicJob('export retention', () => expireExports(options), {
    intervalMs: options.intervalSeconds * 1000,
    firstAfterMs: 1000,
    log: options.log,
  });
}
