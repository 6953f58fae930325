import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Config } from '../config/config.js';
import { ensureDatabase, withDatabase } from './database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { ormConfig, type EntityList } from './orm-config.js';
import type { Log } from '../common/log.js';

export interface Database {
  url: string;
  orm: MikroORM;
  /** Describes where the data lives, for the start-up log (no password). */
  description: string;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'custodian';

/** The connection string without its password, for logs. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Connects to DATABASE_URL, or else to the embedded PostgreSQL in the data folder: the one
 * already running for another Custodian process on this machine, or one started here.
 */
async function resolveServer(config: Config, log: Log): Promise<{ url: string; embedded: EmbeddedDatabase | null; description: string }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null, description: redactUrl(config.databaseUrl) };
  const dir = path.join(config.dataDir, 'postgres');
  const credentials = await import('node:fs/promises').then((fs) => fs.readFile(path.join(dir, 'credentials.json'), 'utf8')).catch(() => null);
  if (credentials) {
    const { port, password } = JSON.parse(credentials) as { port: number; password: string };
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
    if (await reachable(withDatabase(url, 'postgres'))) return { url, embedded: null, description: `embedded PostgreSQL in ${dir} (already running)` };
  }
  log(`starting the embedded PostgreSQL in ${dir}`);
  const embedded = await startEmbeddedPostgres(dir, { port: config.embeddedPostgresPort });
  return { url: withDatabase(embedded.url, EMBEDDED_DATABASE), embedded, description: `embedded PostgreSQL in ${dir}` };
}

/**
 * Opens the database and brings its schema up to date with the committed migrations: on start
 * unless CUSTODIAN_MIGRATE=false (an application role without DDL rights), and always for
 * `migrate: 'always'` (the `custodian migrate` command, run as the owner role).
 */
export async function openDatabase(
  config: Config,
  log: Log,
  options: { entities: EntityList; migrate: boolean | 'always'; poolMax?: number },
): Promise<Database> {
  const { url, embedded, description } = await resolveServer(config, log);
  await ensureDatabase(url);
  const orm = await MikroORM.init(ormConfig(url, options.entities, options.poolMax));
  try {
    if (options.migrate === 'always' || (options.migrate && config.migrateOnStart)) await migrate(orm, url, log);
    else if (options.migrate) log('database migrations left to the owner role (CUSTODIAN_MIGRATE=false)');
  } catch (error) {
    await orm.close(true);
    await embedded?.stop();
    throw error;
  }
  return {
    url,
    orm,
    description,
    close: async () => {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}

// Migrations of the unreleased pre-release schema, replaced by the baseline. A database that ran
// them cannot be upgraded in place.
const PRE_RELEASE_MIGRATIONS = [
  'Migration20261124161412',
  'Migration20261124183500',
  'Migration20261124183707',
  'Migration20261124183850',
  'Migration20261124183915',
  'Migration20261124184452',
  'Migration20261124190747',
  'Migration20261124191200',
];

/** Several processes may start at once: an advisory lock lets one of them migrate at a time. */
async function migrate(orm: MikroORM, url: string, log: Log): Promise<void> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query("select pg_advisory_lock(hashtext('custodian-migrations'))");
    const executed = (await orm.getMigrator().getExecutedMigrations()).map((row) => row.name);
    if (executed.some((name) => PRE_RELEASE_MIGRATIONS.includes(name))) {
      throw new Error(
        'this database was created by a pre-release version of Custodian, whose schema cannot be upgraded: start with an empty database (for the embedded one, delete the postgres folder of the data folder)',
      );
    }
    const applied = await orm.getMigrator().up();
    if (applied.length) log(`applied ${applied.length} database migration(s): ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    await lock.end();
  }
}
