import { randomBytes, verify, createPublicKey } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, errorCode, gql, gqlOk, signIn } from '../support/graphql-client.js';
import { writeFixtures } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import type { RouteError } from '../support/upload.js';

const EXPORT = graphql(`
  mutation AuditIntegrity_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }
`);
const INTEGRITY = graphql(`
  query AuditIntegrity_Integrity {
    auditIntegrity(full: true) {
      ok eventsChecked headEventId headHash firstProblem { eventId kind message }
      checkpoints { total valid problemCount problems { checkpointId headEventId kind message } latest { id headEventId } }
    }
  }
`);
const RECORDINGS = graphql(`query AuditIntegrity_Recordings { recordings { edges { node { id } } } }`);
const CREATE_CHECKPOINT = graphql(`
  mutation AuditIntegrity_CreateCheckpoint { createAuditCheckpoint { id headEventId headHash eventCount keyId algorithm signature signedText } }
`);
const CREATE_CHECKPOINT_ID = graphql(`mutation AuditIntegrity_CreateCheckpointId { createAuditCheckpoint { id } }`);
const CHECKPOINTS = graphql(`query AuditIntegrity_Checkpoints { auditCheckpoints(first: 10) { totalCount edges { node { id } } } }`);
const CHECKPOINT_COUNT = graphql(`query AuditIntegrity_CheckpointCount { auditCheckpoints { totalCount } }`);
const TASK_STATUS = graphql(`query AuditIntegrity_TaskStatus($id: ID!) { exportTask(id: $id) { status error } }`);

type Row = Record<string, unknown>;

describe('tamper-evident audit log', () => {
  let system: System;
  let exporter: string;
  let reader: string;
  let player: string;
  let recordingId: string;

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 0 });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(dir, [
      { name: 'one.mp4', width: 320, height: 240, durationSeconds: 1, withAudio: false, metadata: { userName: 'jdoe', serverName: 'srv-a' } },
    ]);
    await system.cli(['import', dir]);
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    exporter = await createUser(system.url, admin, 'exporter', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    reader = await createUser(system.url, admin, 'reader', ['LOGGING_READER']);
    player = await createUser(system.url, admin, 'player', ['PLAYER']);
    recordingId = (await gqlOk(system.url, RECORDINGS, {}, exporter)).recordings.edges[0].node.id;
  });

  afterAll(() => system?.stop());

  const integrity = async () => {
    const result = await gql(system.url, INTEGRITY, {}, reader);
    if (result.errors) throw new Error(`auditIntegrity failed: ${JSON.stringify(result.errors)}\n${system.api.output().slice(-2000)}`);
    return result.data!.auditIntegrity;
  };
  const exportAs = (token: string, reason: string) => gql(system.url, EXPORT, { input: { recordingIds: [recordingId], reason } }, token);
  /** Every audit event, in chain order once linked (linking happens when the chain is read, and within moments of a commit). */
  const ids = async () => {
    await system.sql('select audit_link_events(100000)');
    return (await system.sql<{ id: string }>('select a.id::text from audit_events a order by a.chain_position')).map((r) => r.id);
  };
  /** What an attacker with the table owner's rights does: switch the guard off, change rows, switch it on. */
  const asOwner = async (statements: string) => {
    const owner = new pg.Client({ connectionString: system.databaseUrl });
    await owner.connect();
    try {
      await owner.query(`begin;
        alter table audit_events disable trigger user; alter table audit_chain_head disable trigger user;
        ${statements};
        alter table audit_events enable trigger user; alter table audit_chain_head enable trigger user;
        commit;`);
    } catch (error) {
      await owner.query('rollback');
      throw error;
    } finally {
      await owner.end();
    }
  };
  const reinsert = (rows: Row[]) =>
    asOwner(
      rows.map((r) => `insert into audit_events select * from json_populate_record(null::audit_events, '${JSON.stringify(r).replace(/'/g, "''")}')`).join(';'),
    );
  const rowsOf = async (where: string) => system.sql<Row>(`select * from audit_events where ${where} order by id`);

  it('keeps one unbroken chain under many concurrent audited actions', async () => {
    // Signing in and creating users wrote rows already.
    const before = (await ids()).length;
    const results = await Promise.all([
      ...Array.from({ length: 30 }, (_, i) => exportAs(exporter, `Concurrent export ${i} for the chain test`)),
      ...Array.from({ length: 15 }, (_, i) => exportAs(player, `Refused export ${i} for the chain test`)),
    ]);
    expect(results.slice(0, 30).every((r) => !r.errors)).toBe(true);
    expect(results.slice(30).every((r) => errorCode(r) === 'FORBIDDEN')).toBe(true);

    const all = await ids();
    expect(all.length).toBe(before + 45);
    // Chain positions have no gap, whatever order the transactions committed in.
    const positions = await system.sql<{ position: string }>('select chain_position::text as position from audit_events order by chain_position');
    expect(positions.map((r) => Number(r.position))).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    const links = await system.sql<{ broken: string }>(
      `select count(*) as broken from audit_events a join audit_events b on b.chain_position = a.chain_position + 1 where b.prev_hash <> a.hash`,
    );
    expect(links[0]!.broken).toBe('0');
    const report = await integrity();
    expect(report).toMatchObject({ ok: true, eventsChecked: all.length, headEventId: all.at(-1), firstProblem: null });
  });

  it('signs checkpoints that verify with the public key alone', async () => {
    // Null only when nothing was added since the last checkpoint, which the next lines check.
    const created = (await gqlOk(system.url, CREATE_CHECKPOINT, {}, reader)).createAuditCheckpoint!;
    const all = await ids();
    expect(created).toMatchObject({ headEventId: all.at(-1), eventCount: all.length, algorithm: 'Ed25519' });
    const pem = await fsp.readFile(path.join(system.dataDir, 'signing-keys', `${created.keyId}.public.pem`), 'utf8');
    expect(verify(null, Buffer.from(created.signedText), createPublicKey(pem), Buffer.from(created.signature, 'base64'))).toBe(true);
    expect(JSON.parse(created.signedText)).toMatchObject({ headEventId: created.headEventId, headHash: created.headHash, eventCount: String(all.length) });
    // Nothing new since: no second checkpoint for the same head.
    expect((await gqlOk(system.url, CREATE_CHECKPOINT_ID, {}, reader)).createAuditCheckpoint).toBeNull();
    const listed = (await gqlOk(system.url, CHECKPOINTS, {}, reader)).auditCheckpoints;
    expect(listed.edges.map((e) => e.node.id)).toContain(created.id);
    expect((await integrity()).checkpoints).toMatchObject({ valid: listed.totalCount, problemCount: 0 });
  });

  it('reports exactly the row whose content was changed', async () => {
    const target = String((await rowsOf("action = 'EXPORT_REQUESTED'"))[10]!.id);
    const [original] = await rowsOf(`id = ${target}`);
    await asOwner(`update audit_events set reason = 'Nothing to see here' where id = ${target}`);
    const report = await integrity();
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ eventId: target, kind: 'CONTENT_CHANGED' });
    await asOwner(`update audit_events set reason = '${String(original!.reason).replace(/'/g, "''")}' where id = ${target}`);
    expect((await integrity()).ok).toBe(true);
  });

  it('reports a removed middle row at the row after the gap', async () => {
    const all = await ids();
    const [removed] = await rowsOf(`id = ${all[20]}`);
    await asOwner(`delete from audit_events where id = ${all[20]}`);
    const report = await integrity();
    expect(report.firstProblem).toMatchObject({ eventId: all[21], kind: 'LINK_BROKEN' });
    expect(report.firstProblem!.message).toContain(`does not link to audit event ${all[19]}`);
    // The checkpoint signed more events up to its head than the log now has.
    expect(report.checkpoints.problems.map((p) => p.kind)).toContain('COUNT_CHANGED');
    await reinsert([removed!]);
    expect((await integrity()).ok).toBe(true);
  });

  it('detects the newest rows cut off the end through the checkpoint, even with the chain head rewound', async () => {
    const all = await ids();
    const cut = await rowsOf(`id > ${all[all.length - 4]}`);
    expect(cut).toHaveLength(3);
    const [head] = await system.sql<Row>('select * from audit_chain_head');
    await asOwner(`delete from audit_events where id > ${all[all.length - 4]}`);
    let report = await integrity();
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ kind: 'EVENTS_MISSING_AT_END' });
    expect(report.checkpoints.problems[0]).toMatchObject({ headEventId: all.at(-1), kind: 'HEAD_MISSING' });

    // A careful attacker also rewinds the chain head: the chain alone now looks whole, the signed checkpoint does not.
    const newLast = (await rowsOf(`id = ${all[all.length - 4]}`))[0]!;
    await asOwner(`update audit_chain_head set last_event_id = ${newLast.id}, last_hash = '${newLast.hash}', event_count = ${all.length - 3}`);
    report = await integrity();
    expect(report.firstProblem).toBeNull();
    expect(report.ok).toBe(false);
    expect(report.checkpoints.problems[0]).toMatchObject({ headEventId: all.at(-1), kind: 'HEAD_MISSING' });
    expect(report.checkpoints.problems[0].message).toContain('from the end of the log');

    await reinsert(cut);
    await asOwner(`update audit_chain_head set last_event_id = ${head!.last_event_id}, last_hash = '${head!.last_hash}', event_count = ${head!.event_count}`);
    expect((await integrity()).ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, even to the table owner, while the trigger is on', async () => {
    for (const statement of [
      'update audit_events set reason = null',
      'delete from audit_events',
      'truncate audit_events',
      'delete from audit_checkpoints',
      'update audit_chain_head set event_count = 0',
    ]) {
      await expect(system.sql(statement), statement).rejects.toThrow(/append-only|moves only when an audit event is added/);
    }
    expect((await integrity()).ok).toBe(true);
  });

  it('runs a worker as the application role with the README grants, which cannot change or remove audit rows', async () => {
    const role = `custodian_app_${randomBytes(4).toString('hex')}`;
    const database = new URL(system.databaseUrl).pathname.slice(1);
    const readme = await fsp.readFile(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const grants = readme.match(/```sql\n(GRANT USAGE ON SCHEMA public[\s\S]*?)```/)![1]!.replaceAll('custodian_app', role);
    // A password, because the embedded PostgreSQL authenticates by password (trust is not assumed).
    const password = randomBytes(12).toString('hex');
    await system.sql(`create role ${role} login password '${password}'; grant connect on database ${database} to ${role}`);
    await system.sql(grants);
    const url = new URL(system.databaseUrl);
    url.username = role;
    url.password = password;
    const app = new pg.Client({ connectionString: url.toString() });
    await app.connect();
    try {
      const inserted = await app.query(
        `insert into audit_events (action, outcome, actor_name, detail) values ('EXPORT_DENIED', 'DENIED', 'app-role', 'written by the application role') returning id, hash`,
      );
      // Unlinked until committed; then the role links it through the linker, and only so.
      expect(inserted.rows[0].hash).toBeNull();
      await app.query('select audit_link_events(1000)');
      const [linked] = (await app.query('select hash, chain_position from audit_events where id = $1', [inserted.rows[0].id])).rows;
      expect(linked.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Number(linked.chain_position)).toBeGreaterThan(0);
      for (const statement of [
        'update audit_events set reason = null',
        'update audit_events set chain_position = null, prev_hash = null, hash = null',
        'delete from audit_events',
        'truncate audit_events',
        'update audit_chain_head set event_count = 0',
        'delete from audit_checkpoints',
        'truncate audit_checkpoints',
      ]) {
        await expect(app.query(statement), statement).rejects.toThrow(/permission denied/);
      }

      // A whole export done by a worker connected as that role: claim, progress, result and audit row.
      const worker = await system.startWorker({ DATABASE_URL: url.toString(), CUSTODIAN_MIGRATE: 'false' });
      const task = (
        await gqlOk(system.url, EXPORT, { input: { recordingIds: [recordingId], reason: 'Export by a worker running as the application role' } }, exporter)
      ).exportRecordings.tasks[0];
      let status = '';
      for (let i = 0; i < 120 && !['COMPLETED', 'FAILED'].includes(status); i++) {
        await new Promise((r) => setTimeout(r, 250));
        status = (await gqlOk(system.url, TASK_STATUS, { id: task.id }, exporter)).exportTask.status;
      }
      expect(status, worker.output().slice(-2000)).toBe('COMPLETED');
      expect(await system.sql(`select actor_name from audit_events where task_id = $1 and action = 'EXPORT_COMPLETED'`, [task.id])).toHaveLength(1);
      worker.child.kill('SIGTERM');
      await worker.exited;
    } finally {
      await app.end();
      await system.sql(`drop owned by ${role}; drop role ${role}`);
    }
    expect(await integrity()).toMatchObject({ ok: true, firstProblem: null });
  });

  it('fails closed: when the audit row cannot be written, the export does not happen', async () => {
    const count = async () =>
      (
        await system.sql<{ tasks: string; requests: string }>(
          'select (select count(*) from export_tasks) as tasks, (select count(*) from export_requests) as requests',
        )
      )[0];
    const before = await count();
    await system.sql(`create function audit_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'audit storage unavailable'; end $$;
      create trigger audit_test_refuse before insert on audit_events for each row execute function audit_test_refuse()`);
    try {
      const result = await exportAs(exporter, 'Export while the audit cannot be written');
      expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
      expect(await count()).toEqual(before);
    } finally {
      await system.sql('drop trigger audit_test_refuse on audit_events; drop function audit_test_refuse()');
    }
    expect((await exportAs(exporter, 'Export once the audit works again')).errors).toBeUndefined();
    expect(Number((await count())!.tasks)).toBe(Number(before!.tasks) + 1);
  });

  it('fails closed on downloads: no audit row, no file', async () => {
    // The export completed by the application-role worker above.
    const [task] = await system.sql<{ id: string }>(`select id from export_tasks where status = 'COMPLETED' limit 1`);
    const downloads = async () => (await system.sql(`select id from audit_events where task_id = $1 and action = 'EXPORT_DOWNLOADED'`, [task!.id])).length;
    const download = () => fetch(`${system.url}/exports/${task!.id}/file`, { headers: { authorization: `Bearer ${exporter}` } });
    await system.sql(`create function audit_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'audit storage unavailable'; end $$;
      create trigger audit_test_refuse before insert on audit_events for each row execute function audit_test_refuse()`);
    try {
      const refused = await download();
      expect(refused.status).toBe(500);
      expect(refused.headers.get('content-type')).toMatch(/application\/json/);
      expect(((await refused.json()) as RouteError).error.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await downloads()).toBe(0);
    } finally {
      await system.sql('drop trigger audit_test_refuse on audit_events; drop function audit_test_refuse()');
    }
    const served = await download();
    expect(served.status).toBe(200);
    expect((await served.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect(await downloads()).toBe(1);
  });

  it('covers columns a later migration adds, timestamps included, in any session time zone', async () => {
    await system.sql(`alter table audit_events add column target_name text null, add column reviewed_at timestamptz null`);
    await system.sql(
      `set timezone to 'Asia/Tokyo'; insert into audit_events (action, outcome, actor_name, target_name, reviewed_at) values ('EXPORT_DENIED', 'DENIED', 'later', 'group "ops"', '2026-11-24 10:11:12.345678+00')`,
    );
    const [added] = await rowsOf(`actor_name = 'later'`);
    // Older rows, hashed before the columns existed, still check out.
    expect(await integrity()).toMatchObject({ ok: true, firstProblem: null });
    await asOwner(`update audit_events set target_name = 'group "admins"' where id = ${added!.id}`);
    expect((await integrity()).firstProblem).toMatchObject({ eventId: String(added!.id), kind: 'CONTENT_CHANGED' });
    await asOwner(`update audit_events set target_name = 'group "ops"' where id = ${added!.id}`);
    expect((await integrity()).ok).toBe(true);
  });

  it('refuses the integrity check and checkpoints to users without LOGGING_READER', async () => {
    expect(errorCode(await gql(system.url, INTEGRITY, {}, player))).toBe('FORBIDDEN');
    expect(errorCode(await gql(system.url, CHECKPOINT_COUNT, {}, player))).toBe('FORBIDDEN');
    expect(errorCode(await gql(system.url, CREATE_CHECKPOINT_ID, {}, player))).toBe('FORBIDDEN');
    expect(errorCode(await gql(system.url, INTEGRITY, {}))).toBe('UNAUTHENTICATED');
  });

  describe('CSV download', () => {
    const csv = (query: string, token?: string) =>
      fetch(`${system.url}/api/audit/export.csv?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('streams the filtered rows with quoting and formula escaping', async () => {
      const reason = '=HYPERLINK("http://evil.example","click"), then +1 and "quotes"\nsecond line';
      expect(errorCode(await exportAs(player, reason))).toBe('FORBIDDEN');
      const response = await csv('actor=player&action=EXPORT_DENIED&outcome=DENIED', reader);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="?custodian-audit-[\dTZ-]+\.csv"?$/);
      const rows = parseCsv(await response.text());
      const [header, ...data] = rows;
      expect(header).toEqual([
        'id',
        'occurred_at',
        'action',
        'action_label',
        'outcome',
        'actor',
        'actor_id',
        'recording_id',
        'task_id',
        'reason',
        'detail',
        'client_address',
        'prev_hash',
        'hash',
        'withheld',
      ]);
      const expected = await system.sql<{ id: string; hash: string }>(
        `select a.id::text, a.hash from audit_events a where actor_name = 'player' and action = 'EXPORT_DENIED' and outcome = 'DENIED' order by a.id`,
      );
      expect(data.map((r) => [r[0], r[13]])).toEqual(expected.map((r) => [r.id, r.hash]));
      expect(data.every((r) => r[5] === 'player' && r[2] === 'EXPORT_DENIED')).toBe(true);
      expect(data.at(-1)![9]).toBe(`'${reason}`);
    });

    it('applies the time range and the recording filter', async () => {
      const all = await system.sql<{ id: string; occurred_at: Date }>('select a.id::text, a.occurred_at from audit_events a order by a.id');
      const middle = all[Math.floor(all.length / 2)]!;
      const from = new Date(middle.occurred_at).toISOString();
      const later = parseCsv(await (await csv(`from=${encodeURIComponent(from)}`, reader)).text()).slice(1);
      const expected = await system.sql<{ id: string }>('select a.id::text from audit_events a where a.occurred_at >= $1 order by a.id', [middle.occurred_at]);
      expect(later.map((r) => r[0])).toEqual(expected.map((r) => r.id));
      expect(later.length).toBeLessThan(all.length);
      const byRecording = parseCsv(await (await csv(`recordingId=${recordingId}&action=EXPORT_REQUESTED`, reader)).text()).slice(1);
      expect(byRecording.length).toBe(
        Number(
          (await system.sql<{ n: string }>(`select count(*) as n from audit_events where recording_id = $1 and action = 'EXPORT_REQUESTED'`, [recordingId]))[0]!
            .n,
        ),
      );
      expect(byRecording.every((r) => r[7] === recordingId)).toBe(true);
    });

    it('refuses non-LOGGING_READERs, anonymous callers and malformed filters', async () => {
      expect((await csv('', player)).status).toBe(403);
      expect((await csv('')).status).toBe(401);
      const bad = await csv('action=NOT_AN_ACTION', reader);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as RouteError).error.message).toContain('Unknown action: NOT_AN_ACTION');
      expect((await csv('from=yesterday', reader)).status).toBe(400);
    });
  });
});

/** A strict RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
