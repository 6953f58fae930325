import { loadConfig } from '../../config/config.js';
import { openAppDatabase } from '../core.js';

/**
 * `migrate`: applies the database migrations and installs the job queue's schema and queues, as
 * the owner role of DATABASE_URL; with CUSTODIAN_APP_ROLE, then grants that application role its
 * rights. The owner may be a superuser here: only the running application must not be.
 */
export async function migrateCommand(): Promise<number> {
  const config = loadConfig();
  const db = await openAppDatabase(config, (line) => console.error(line), { migrate: 'always', poolMax: 1, superuserAllowed: true });
  await db.close();
  console.log(config.appRole ? `the database schema is up to date; ${config.appRole} has its rights` : 'the database schema is up to date');
  return 0;
}
