import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { entities } from '../../src/app/entities.js';
import { AuditAction, AuditOutcome } from '../../src/audit/audit-action.js';
import { CheckpointLog } from '../../src/audit/checkpoint-log.js';
import { checkpointStatement } from '../../src/audit/checkpoint-statement.js';
import { writeCheckpoint } from '../../src/audit/checkpoints.js';
import { checkAuditIntegrity } from '../../src/audit/integrity.js';
import { recordAuditNow } from '../../src/audit/record-audit.js';
import { withDatabase } from '../../src/db/database.js';
import { ormConfig } from '../../src/db/orm-config.js';
import { KeyRing } from '../../src/signing/key-ring.js';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from '../support/database.js';

let root: string;
let keyRing: KeyRing;
beforeAll(async () => {
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-checkpoint-numbers-'));
  keyRing = await KeyRing.open(path.join(root, 'keys'));
});
afterAll(() => fsp.rm(root, { recursive: true, force: true }));

/** A folder where the log should be: this process cannot read it, so nothing is compared. */
const unreadableLog = () => new CheckpointLog(root);

describe('checkpoint numbers on a database made by the baseline migration', () => {
  const server = inject('pgServerUrl');
  const name = `custodian_medium_baseline_${randomBytes(5).toString('hex')}`;
  const url = withDatabase(server, name);
  let orm: MikroORM;
  let db: pg.Client;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    orm = await MikroORM.init(ormConfig(url, entities, 2));
    await orm.getMigrator().up({ to: 'Migration20261201000000' });
    db = new pg.Client({ connectionString: url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await orm?.close(true);
    await dropTestDatabase(server, name);
  });

  it('numbers the existing checkpoints 1, 2, 3 in the order they were written, whatever ids were skipped', async () => {
    for (const skipTo of [1, 2, 7]) {
      await db.query(`insert into audit_events (action, outcome, detail) values ('SETTINGS_CHANGED', 'SUCCESS', 'before the upgrade')`);
      const head = (await db.query('select last_event_id::text as id, last_hash, event_count::text as count from audit_chain_head')).rows[0];
      const facts = { createdAt: new Date(), headEventId: head.id, headHash: head.last_hash, eventCount: head.count };
      const signature = keyRing.sign(checkpointStatement(facts));
      // A rolled-back insert skips ids of the bigserial.
      await db.query(`select setval('audit_checkpoints_id_seq', $1, false)`, [skipTo]);
      await db.query(
        `insert into audit_checkpoints (created_at, head_event_id, head_hash, event_count, key_id, algorithm, signature) values ($1, $2, $3, $4, $5, $6, $7)`,
        [facts.createdAt, facts.headEventId, facts.headHash, facts.eventCount, signature.keyId, signature.algorithm, signature.signature],
      );
    }
    await orm.getMigrator().up();
    const rows = (await db.query('select id::text, number::text from audit_checkpoints order by id')).rows;
    expect(rows).toEqual([
      { id: '1', number: '1' },
      { id: '2', number: '2' },
      { id: '7', number: '3' },
    ]);
    // Signed before numbers existed, they still verify; the append-only guard is back on.
    expect(await checkAuditIntegrity(orm.em, keyRing, unreadableLog())).toMatchObject({ ok: true, checkpoints: { total: 3, valid: 3 } });
    await expect(db.query('update audit_checkpoints set number = 9 where number = 3')).rejects.toThrow(/append-only/);

    // The first checkpoint written after the upgrade copies them into a new log and follows them.
    const log = new CheckpointLog(path.join(root, 'upgraded.log'));
    await db.query(`insert into audit_events (action, outcome, detail) values ('SETTINGS_CHANGED', 'SUCCESS', 'after the upgrade')`);
    expect((await writeCheckpoint(orm.em, keyRing, log))?.number).toBe(4);
    expect(await checkAuditIntegrity(orm.em, keyRing, log)).toMatchObject({ ok: true, checkpoints: { total: 4, valid: 4, log: { entries: 4 } } });
  });
});

describe('gaps in the checkpoint numbers', () => {
  let t: TestDatabase;
  let log: CheckpointLog;
  let logText: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    log = new CheckpointLog(path.join(root, 'gaps', 'checkpoints.log'));
    for (let i = 1; i <= 4; i++) {
      await recordAuditNow(t.em, { action: AuditAction.SETTINGS_CHANGED, outcome: AuditOutcome.SUCCESS, actorName: 'admin', detail: `change ${i}` });
      await writeCheckpoint(t.em, keyRing, log);
    }
    logText = await fsp.readFile(log.file, 'utf8');
  });
  afterAll(() => t?.close());

  /** What someone who owns the tables can do: switch the guard off, change checkpoints, switch it on. */
  const asOwner = (statement: string) =>
    t.sql(`begin; alter table audit_checkpoints disable trigger user; ${statement}; alter table audit_checkpoints enable trigger user; commit`);
  const withoutLine = (line: number) =>
    fsp.writeFile(
      log.file,
      logText
        .split('\n')
        .filter((_, i) => i !== line - 1)
        .join('\n'),
    );
  const problems = async (checkpointLog = log) =>
    (await checkAuditIntegrity(t.em, keyRing, checkpointLog)).checkpoints.problems.map((p) => ({ number: p.number, kind: p.kind, message: p.message }));

  it('finds nothing while the database and the log agree', async () => {
    expect(await problems()).toEqual([]);
  });

  it('reports a checkpoint removed from the database but kept in the log', async () => {
    const [removed] = await t.sql('select * from audit_checkpoints where number = 2');
    await asOwner('delete from audit_checkpoints where number = 2');
    expect(await problems()).toEqual([{ number: 2, kind: 'NOT_IN_DATABASE', message: expect.stringContaining('removed from the database') }]);

    // Removed from the log as well: nothing holds number 2 any more.
    await withoutLine(2);
    expect(await problems()).toEqual([
      {
        number: 2,
        kind: 'NUMBER_MISSING',
        message: 'No checkpoint is numbered 2, in the database or in the checkpoint log: checkpoints were removed from both.',
      },
    ]);
    // Without a log to compare, the database's own numbers still show the gap.
    expect(await problems(unreadableLog())).toEqual([
      { number: 2, kind: 'NUMBER_MISSING', message: 'The database has no checkpoint numbered 2: checkpoints were removed.' },
    ]);

    // Put back in the database only: now the log lacks it.
    const columns = Object.keys(removed!);
    await t.sql(
      `insert into audit_checkpoints (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      columns.map((c) => removed![c]),
    );
    expect(await problems()).toEqual([{ number: 2, kind: 'NOT_IN_LOG', message: expect.stringContaining('not in the checkpoint log') }]);
    await fsp.writeFile(log.file, logText);
    expect(await problems()).toEqual([]);
  });

  it('reports renumbered checkpoints, a repeated line and a line moved out of order', async () => {
    await asOwner('update audit_checkpoints set number = number + 10 where number >= 3');
    expect((await problems()).map((p) => [p.number, p.kind])).toEqual([
      [3, 'NOT_IN_DATABASE'],
      [4, 'NOT_IN_DATABASE'],
      [5, 'NUMBER_MISSING'],
      [13, 'NOT_IN_LOG'],
      [14, 'NOT_IN_LOG'],
    ]);
    await asOwner('update audit_checkpoints set number = number - 10 where number >= 13');

    const lines = logText.trimEnd().split('\n');
    await fsp.writeFile(log.file, `${[lines[0], lines[2], lines[1], lines[2], lines[3]].join('\n')}\n`);
    expect((await problems()).map((p) => [p.number, p.kind, p.message])).toEqual([
      [2, 'LOG_LINE_INVALID', 'Line 3 of the checkpoint log holds checkpoint 2 after checkpoint 3: lines were moved.'],
      [3, 'LOG_LINE_INVALID', 'Line 4 of the checkpoint log repeats checkpoint 3.'],
    ]);
    await fsp.writeFile(log.file, logText);
    expect(await problems()).toEqual([]);
  });
});
