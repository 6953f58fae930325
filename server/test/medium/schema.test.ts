import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openAppDatabase } from '../../src/app/core.js';
import { AuditAction, AuditOutcome } from '../../src/audit/audit-action.js';
import { recordAuditNow } from '../../src/audit/record-audit.js';
import { loadConfig } from '../../src/config/config.js';
import { withDatabase } from '../../src/db/database.js';
import { migrations } from '../../src/db/migrations/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/** The PostgreSQL error a statement failed with (code and message), or null when it succeeded. */
async function failureOf(statement: Promise<unknown>): Promise<{ code: string; message: string } | null> {
  try {
    await statement;
    return null;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
}

describe('the baseline migration and the entities', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t?.close());

  it('applies exactly the listed migrations', async () => {
    const applied = await t.sql<{ name: string }>('select name from mikro_orm_migrations order by id');
    expect(applied.map((row) => row.name)).toEqual(migrations.map((m) => m.name));
  });

  // The entities and the migration describe the same schema: an entity property without its
  // column, or a column the migration types differently, shows up here as SQL to run.
  it('leaves nothing for the schema generator to change', async () => {
    const diff = await t.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: false });
    expect(diff.trim()).toBe('');
  });

  // THE check that keeps the list of audit actions in one place: the enum in code and the rows
  // the database accepts must be the same set.
  it('accepts exactly the audit actions of the AuditAction enum', async () => {
    const rows = await t.sql<{ name: string }>('select name from audit_actions');
    expect(rows.map((row) => row.name).sort()).toEqual(Object.values(AuditAction).sort());
  });

  it('refuses an audit row whose action is not in audit_actions', async () => {
    const before = await t.sql<{ count: string }>('select count(*) from audit_events');
    const failure = await failureOf(t.sql("insert into audit_events (action, outcome, detail) values ('EXPORT_SHREDDED', 'SUCCESS', 'not an action')"));
    expect(failure?.code).toBe('23503'); // foreign_key_violation
    expect(failure?.message).toContain('audit_events_action_foreign');
    // Through the entity manager, as the application writes audit rows, it fails the same way.
    await expect(recordAuditNow(t.em, { action: 'EXPORT_SHREDDED' as AuditAction, outcome: AuditOutcome.SUCCESS })).rejects.toThrow(
      /audit_events_action_foreign/,
    );
    expect(await t.sql('select count(*) from audit_events')).toEqual(before);
  });

  it('keeps audit_events append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await recordAuditNow(t.em, {
      action: AuditAction.SETTINGS_CHANGED,
      outcome: AuditOutcome.SUCCESS,
      actorName: 'admin',
      detail: 'exportsEnabled: true → false',
    });
    const [row] = await t.sql<{ id: string }>('select * from audit_events order by id desc limit 1');
    const original = await t.sql('select * from audit_events where id = $1', [row!.id]);

    for (const [operation, statement] of [
      ['UPDATE', "update audit_events set detail = 'nothing happened' where id = $1"],
      ['DELETE', 'delete from audit_events where id = $1'],
    ] as const) {
      const failure = await failureOf(t.sql(statement, [row!.id]));
      expect(failure, operation).toEqual({ code: '42501', message: `audit_events is append-only: ${operation} is not allowed` });
    }
    const truncate = await failureOf(t.sql('truncate audit_events'));
    expect(truncate).toEqual({ code: '42501', message: 'audit_events is append-only: TRUNCATE is not allowed' });
    expect(await t.sql('select * from audit_events where id = $1', [row!.id])).toEqual(original);
  });

  describe('a database created by a pre-release version', () => {
    const server = inject('pgServerUrl');
    const name = `custodian_medium_prerelease_${randomBytes(5).toString('hex')}`;
    const url = withDatabase(server, name);
    const admin = () => new pg.Client({ connectionString: withDatabase(server, 'postgres') });

    beforeAll(async () => {
      const client = admin();
      await client.connect();
      await client.query(`create database "${name}"`);
      await client.end();
      // The migrations table as MikroORM creates it, listing the first pre-release migration.
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      await db.query('create table mikro_orm_migrations (id serial primary key, name varchar(255), executed_at timestamptz default current_timestamp)');
      await db.query("insert into mikro_orm_migrations (name) values ('Migration20261124161412')");
      await db.end();
    });
    afterAll(async () => {
      const client = admin();
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    });

    it('is refused at start, before any migration runs', async () => {
      const config = loadConfig({ DATABASE_URL: url, CUSTODIAN_DATA_DIR: os.tmpdir() });
      await expect(openAppDatabase(config, () => {}, { migrate: 'always', poolMax: 2 })).rejects.toThrow(/created by a pre-release version of Custodian/);
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        const tables = await db.query<{ table_name: string }>(
          "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
        );
        expect(tables.rows.map((row) => row.table_name)).toEqual(['mikro_orm_migrations']);
      } finally {
        await db.end();
      }
    });
  });
});
