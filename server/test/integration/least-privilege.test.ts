import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../support/ports.js';
import { ADMIN, run, type RunningProcess } from '../support/system.js';

/** Runs `sql` and answers the error PostgreSQL gave, or null when it succeeded. */
async function refusal(client: pg.Client, sql: string): Promise<string | null> {
  try {
    await client.query(sql);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('least privilege: the application never runs as a database superuser', () => {
  it('refuses to start on a superuser connection unless a setting explicitly allows it', async () => {
    const name = `custodian_test_${randomBytes(5).toString('hex')}`;
    const server = new pg.Client({ connectionString: inject('pgServerUrl') });
    await server.connect();
    await server.query(`create database ${name}`);
    await server.end();
    const url = new URL(inject('pgServerUrl'));
    url.pathname = `/${name}`;
    const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-test-superuser-'));
    const { CUSTODIAN_ALLOW_SUPERUSER: _allowed, ...inherited } = process.env;
    try {
      const api = run('api.js', { ...inherited, DATABASE_URL: url.toString(), CUSTODIAN_DATA_DIR: dataDir, PORT: String(await freePort()) });
      expect(await api.exited).toBe(1);
      expect(api.output()).toMatch(/the database role \S+ is a superuser, who can switch the audit trail's protections off/);
      expect(api.output()).toContain('CUSTODIAN_ALLOW_SUPERUSER=true');
      // Said in one line, as a setting to change, not as a crash with a stack trace.
      expect(api.output()).toMatch(/^Custodian could not start: the database role/m);
      expect(api.output()).not.toMatch(/^\s+at /m);
    } finally {
      await fsp.rm(dataDir, { recursive: true, force: true });
    }
  });

  describe('with the embedded database', () => {
    let dataDir: string;
    let api: RunningProcess;
    let app: pg.Client;

    beforeAll(async () => {
      dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-test-embedded-'));
      // mkdtemp makes the folder private; started as root, the embedded server runs as `postgres`.
      await fsp.chmod(dataDir, 0o755);
      const { DATABASE_URL: _url, CUSTODIAN_ALLOW_SUPERUSER: _allowed, ...inherited } = process.env;
      api = run('api.js', {
        ...inherited,
        CUSTODIAN_DATA_DIR: dataDir,
        CUSTODIAN_EMBEDDED_PG_PORT: String(await freePort()),
        PORT: String(await freePort()),
        CUSTODIAN_ADMIN_USERNAME: ADMIN.username,
        CUSTODIAN_ADMIN_PASSWORD: ADMIN.password,
        CUSTODIAN_DEMO_DATA: 'false',
      });
      await api.waitFor(/API listening on port \d+/, 120_000);
      const credentials = JSON.parse(await fsp.readFile(path.join(dataDir, 'postgres', 'credentials.json'), 'utf8')) as { port: number; appPassword: string };
      app = new pg.Client({ host: '127.0.0.1', port: credentials.port, user: 'custodian_app', password: credentials.appPassword, database: 'custodian' });
      await app.connect();
    });

    afterAll(async () => {
      await app?.end();
      if (api && api.child.exitCode === null) {
        api.child.kill('SIGTERM');
        await api.exited;
      }
      await fsp.rm(dataDir, { recursive: true, force: true });
    });

    it('runs as an application role that is no superuser and owns nothing', async () => {
      const { rows } = await app.query<{ rolsuper: boolean; owned: string }>(
        `select r.rolsuper, (select count(*) from pg_class c where c.relowner = r.oid)::text as owned from pg_roles r where r.rolname = current_user`,
      );
      expect(rows).toEqual([{ rolsuper: false, owned: '0' }]);
    });

    it('cannot switch the audit trail’s protections off, rewrite it or backdate it', async () => {
      expect(await refusal(app, 'alter table audit_events disable trigger user')).toMatch(/must be owner/);
      expect(await refusal(app, "update audit_events set detail = 'rewritten'")).not.toBeNull();
      expect(await refusal(app, 'delete from audit_events')).not.toBeNull();
      expect(await refusal(app, 'delete from audit_checkpoints')).not.toBeNull();
      expect(await refusal(app, 'create table custodian_extra (id int)')).toMatch(/permission denied/);
      await app.query(
        "insert into audit_events (action, outcome, occurred_at, detail) values ('SETTINGS_CHANGED', 'SUCCESS', '2000-01-01T00:00:00Z', 'backdated')",
      );
      const { rows } = await app.query<{ occurred_at: Date }>("select occurred_at from audit_events where detail = 'backdated'");
      expect(Math.abs(rows[0]!.occurred_at.getTime() - Date.now())).toBeLessThan(60_000);
    });
  });
});
