import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import { openAppDatabase } from '../../src/app/core.js';
import { loadConfig } from '../../src/config/config.js';
import { withDatabase } from '../../src/db/database.js';
import type { Database } from '../../src/db/open-database.js';

/** A database of a test file's own, with the real migration applied, and how to read it in SQL. */
export interface TestDatabase {
  db: Database;
  /** The root entity manager; fork it per unit of work, as the application does. */
  em: EntityManager;
  url: string;
  sql<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * Creates a database on the test PostgreSQL server (DATABASE_URL, or the embedded one the global
 * setup started) and applies the application's migrations to it, as a server's first start does.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = inject('pgServerUrl');
  const name = `custodian_medium_${randomBytes(5).toString('hex')}`;
  const url = withDatabase(server, name);
  // The test server's role is a superuser, which Custodian refuses unless told.
  const config = loadConfig({ DATABASE_URL: url, CUSTODIAN_DATA_DIR: os.tmpdir(), CUSTODIAN_ALLOW_SUPERUSER: 'true' });
  const db = await openAppDatabase(config, () => {}, { migrate: 'always', poolMax: 4 });
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    db,
    em: db.orm.em,
    url,
    sql: async (text, values = []) => (await pool.query(text, values)).rows,
    close: async () => {
      await pool.end();
      await db.close();
      await dropTestDatabase(server, name);
    },
  };
}

/**
 * Drops a test database once the sessions its clients were asked to end have gone. pg-pool's
 * end() resolves as soon as it has asked each idle client to end, not once they have: a session
 * that a forced drop terminates before it reads that request sends its client a FATAL error,
 * which nothing handles any more (an uncaught exception in the test process). Sessions still
 * there after `waitMs` are terminated by the drop.
 */
export async function dropTestDatabase(serverUrl: string, name: string, waitMs = 5_000): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    const deadline = Date.now() + waitMs;
    const sessions = async () => (await admin.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name])).rows[0]!.n;
    while ((await sessions()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await admin.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}
