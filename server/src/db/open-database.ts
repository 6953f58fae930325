import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Log } from '../common/log.js';
import type { Config } from '../config/config.js';
import { grantApplicationRole, isSuperuser } from './application-role.js';
import { ensureDatabase } from './database.js';
import { type EmbeddedDatabase, embeddedCredentials, embeddedSuperuserUrl, startEmbeddedPostgres } from './embedded-postgres.js';
import { EMBEDDED_APP, ensureEmbeddedRoles } from './embedded-roles.js';
import { type EntityList, ormConfig } from './orm-config.js';

export interface Database {
  /** The connection string the application runs with. */
  url: string;
  orm: MikroORM;
  /** Describes where the data lives, for the start-up log (no password). */
  description: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  entities: EntityList;
  /** true: migrate unless CUSTODIAN_MIGRATE=false; 'always': the `custodian migrate` command. */
  migrate: boolean | 'always';
  poolMax?: number;
  /** Runs as the owner right after the migrations, before the application role's rights are granted (the job queue installs its schema). */
  afterMigrate?: (ownerUrl: string) => Promise<void>;
  /** Whether a superuser role may be used without CUSTODIAN_ALLOW_SUPERUSER (the owner running `custodian migrate`). */
  superuserAllowed?: boolean;
}

/** Where the database is: the role that runs the application, the role that owns the schema (when known), and the embedded server if one was started. */
interface Server {
  appUrl: string;
  ownerUrl: string | null;
  appRole: string | undefined;
  embedded: EmbeddedDatabase | null;
  description: string;
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
 * DATABASE_URL, or else the embedded PostgreSQL in the data folder (the one already running for
 * another Custodian process on this machine, or one started here), with its owner and
 * application roles: the embedded database runs with least privilege too.
 */
async function resolveServer(config: Config, log: Log): Promise<Server> {
  if (config.databaseUrl) {
    await ensureDatabase(config.databaseUrl);
    return { appUrl: config.databaseUrl, ownerUrl: null, appRole: config.appRole, embedded: null, description: redactUrl(config.databaseUrl) };
  }
  const dir = path.join(config.dataDir, 'postgres');
  let embedded: EmbeddedDatabase | null = null;
  let description = `embedded PostgreSQL in ${dir} (already running)`;
  let credentials = await embeddedCredentials(dir, config.embeddedPostgresPort).catch(() => null);
  if (!credentials || !(await reachable(embeddedSuperuserUrl(credentials)))) {
    log(`starting the embedded PostgreSQL in ${dir}`);
    embedded = await startEmbeddedPostgres(dir, { port: config.embeddedPostgresPort, keepRunning: log });
    credentials = embedded.credentials;
    description = `embedded PostgreSQL in ${dir}`;
  }
  const { ownerUrl, appUrl } = await ensureEmbeddedRoles(embeddedSuperuserUrl(credentials), EMBEDDED_DATABASE, credentials);
  return { appUrl, ownerUrl, appRole: EMBEDDED_APP, embedded, description };
}

/**
 * Opens the database and brings its schema up to date with the committed migrations, applied by
 * the owner (the embedded owner role, or DATABASE_URL's), then grants the application role its
 * rights. Refuses a superuser role unless told otherwise: it can switch the audit trail's
 * protections off.
 */
export async function openDatabase(config: Config, log: Log, options: OpenOptions): Promise<Database> {
  const server = await resolveServer(config, log);
  const stopEmbedded = async () => {
    await server.embedded?.stop();
  };
  try {
    if (options.migrate === 'always' || (options.migrate && config.migrateOnStart)) {
      const ownerUrl = server.ownerUrl ?? server.appUrl;
      await migrate(ownerUrl, options.entities, log);
      await options.afterMigrate?.(ownerUrl);
      if (server.appRole) await grantApplicationRole(ownerUrl, server.appRole);
    } else if (options.migrate) {
      log('database migrations left to the owner role (CUSTODIAN_MIGRATE=false)');
    }
    const { role, superuser } = await isSuperuser(server.appUrl);
    if (superuser && !config.allowSuperuser && !options.superuserAllowed) {
      throw new Error(
        `the database role ${role} is a superuser, who can switch the audit trail's protections off: connect as an application role (README, Production database roles), or set CUSTODIAN_ALLOW_SUPERUSER=true to accept the risk`,
      );
    }
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
  const orm = await MikroORM.init(ormConfig(server.appUrl, options.entities, options.poolMax));
  return {
    url: server.appUrl,
    orm,
    description: server.description,
    close: async () => {
      await orm.close(true);
      await stopEmbedded();
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

/** Migrates as the owner. Several processes may start at once: an advisory lock lets one of them migrate at a time. */
async function migrate(ownerUrl: string, entities: EntityList, log: Log): Promise<void> {
  const orm = await MikroORM.init(ormConfig(ownerUrl, entities, 1));
  const lock = new pg.Client({ connectionString: ownerUrl });
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
    await orm.close(true);
  }
}
