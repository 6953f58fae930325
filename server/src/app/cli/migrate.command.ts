import { loadConfig } from '../../config/config.js';
import { JobQueue } from '../../queue/job-queue.js';
import { jobExpirySeconds, openAppDatabase } from '../core.js';

/** `migrate`: applies the database migrations, and installs the job queue's schema and queues. */
export async function migrateCommand(): Promise<number> {
  const config = loadConfig();
  const db = await openAppDatabase(config, (line) => console.error(line), { migrate: 'always', poolMax: 1 });
  try {
    // The job queue installs its own schema and queues; done here so the application role needs no DDL.
    const queue = new JobQueue(db.url, jobExpirySeconds(config));
    await queue.start();
    await queue.stop();
  } finally {
    await db.close();
  }
  console.log('the database schema is up to date');
  return 0;
}
