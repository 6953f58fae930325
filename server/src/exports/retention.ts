import fsp from 'node:fs/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pathInside } from '../common/contained-path.js';
import type { Log } from '../common/log.js';
import { expire, type ExpiredTask } from './export-task-lifecycle.js';

export interface RetentionOptions {
  em: EntityManager;
  exportsDir: string;
  /** 0 keeps exports forever. */
  retentionDays: number;
  log: Log;
}

// Tasks expired per transaction, so that a long backlog does not hold locks for long.
const BATCH = 200;

/**
 * Expires COMPLETED exports older than the retention (see `expire`), then deletes their files.
 * Returns the ids of the expired tasks.
 */
export async function expireExports(options: RetentionOptions): Promise<string[]> {
  if (options.retentionDays <= 0) return [];
  const expired: string[] = [];
  for (;;) {
    const tasks = await options.em.fork().transactional((tx) => expire(tx, { retentionDays: options.retentionDays, limit: BATCH }));
    for (const task of tasks) options.log(`export task ${task.id}: expired (${options.retentionDays}-day retention); ${await deleteFile(options, task)}`);
    expired.push(...tasks.map((task) => task.id));
    if (tasks.length < BATCH) return expired;
  }
}

/** Deletes an expired task's file; says what became of it, for the log. */
async function deleteFile(options: RetentionOptions, task: ExpiredTask): Promise<string> {
  if (!task.outputPath) return 'it had no file';
  const file = pathInside(options.exportsDir, task.outputPath);
  if (!file) return `its file ${task.outputPath} is outside the exports folder and was left alone`;
  try {
    await fsp.rm(file, { force: true });
    return 'file deleted';
  } catch (error) {
    return `its file could not be deleted: ${(error as Error).message}`;
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
