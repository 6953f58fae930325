import fsp from 'node:fs/promises';
import type { Log } from '../common/log.js';
import { keepFilesPrivate } from '../common/private-files.js';
import type { Config } from '../config/config.js';
import { openDatabase, type Database } from '../db/open-database.js';
import { describeMediaTools, locateMediaTools, type MediaTools } from '../media/media-tools.js';
import { JobQueue } from '../queue/job-queue.js';
import { openStorage, type Storage } from '../storage/storage.js';
import { entities } from './entities.js';

/** What every Custodian process needs: the shared folders, ffmpeg, the database and the queue. */
export interface Core {
  db: Database;
  queue: JobQueue;
  mediaTools: MediaTools;
  /** Where recordings and exports are kept (CUSTODIAN_STORAGE), chosen here once for the whole process. */
  storage: Storage;
}

/**
 * Opens the database with the application's entities, migrating it unless told not to; a
 * migration also installs the job queue's schema and queues, as the owner.
 */
export async function openAppDatabase(
  config: Config,
  log: Log,
  options: { migrate: boolean | 'always'; poolMax?: number; superuserAllowed?: boolean },
): Promise<Database> {
  const db = await openDatabase(config, log, { ...options, entities, afterMigrate: (ownerUrl) => installQueue(ownerUrl, config) });
  keepFilesPrivate();
  return db;
}

/** pg-boss makes its schema, tables and queues (DDL) on its first start: the owner runs it once so the application role needs none. */
async function installQueue(ownerUrl: string, config: Config): Promise<void> {
  const queue = new JobQueue(ownerUrl, jobExpirySeconds(config));
  await queue.start();
  await queue.stop();
}

/** How long a queue job may run before pg-boss expires it: the export timeout, with room to spare. */
export function jobExpirySeconds(config: Config): number {
  return config.exportTimeoutSeconds + 600;
}

export async function startCore(config: Config, log: Log, options: { migrate: boolean }): Promise<Core> {
  const mediaTools = await locateMediaTools();
  log(describeMediaTools(mediaTools));
  // The database first: the folders made after it are private (see keepFilesPrivate).
  const db = await openAppDatabase(config, log, options);
  log(`database: ${db.description}`);
  try {
    await fsp.mkdir(config.recordingsDir, { recursive: true });
    await fsp.mkdir(config.exportsDir, { recursive: true });
    const storage = await openStorage(config.storage, config);
    log(`storage: ${storage.description}`);
    const queue = new JobQueue(db.url, jobExpirySeconds(config), log);
    await queue.start();
    return { db, queue, mediaTools, storage };
  } catch (error) {
    // A start that fails halfway leaves nothing running (an embedded PostgreSQL would outlive it).
    await db.close();
    throw error;
  }
}
