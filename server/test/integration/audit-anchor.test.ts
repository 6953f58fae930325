import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, gql, gqlOk, signIn } from '../support/graphql-client.js';
import { ADMIN, startSystem, type System } from '../support/system.js';

const INTEGRITY = graphql(`
  query AuditAnchor_Integrity {
    auditIntegrity(full: true) {
      ok
      firstProblem { eventId kind message }
      checkpoints {
        total valid problemCount
        problems { checkpointId number headEventId kind message }
        log { compared entries reason }
      }
    }
  }
`);
const CREATE_CHECKPOINT = graphql(`mutation AuditAnchor_CreateCheckpoint { createAuditCheckpoint { number headEventId } }`);

interface CheckpointRow {
  id: string;
  number: string;
  head_event_id: string;
  head_hash: string;
  event_count: string;
  signature: string;
}

/*
 * The attack this guards against: with a superuser's rights (the application's connection by
 * default), the triggers can be switched off, a row edited, every later hash recomputed, the
 * chain head moved and the checkpoints that would show it deleted. The database then vouches for
 * itself; the checkpoint log outside it does not follow.
 */
describe('the audit chain anchored outside the database', () => {
  let system: System;
  let admin: string;
  let reader: string;
  let logFile: string;

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 0 });
    logFile = path.join(system.dataDir, 'audit', 'checkpoints.log');
    admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    reader = await createUser(system.url, admin, 'anchor-reader', ['LOGGING_READER']);
    // Audited actions, each batch covered by a checkpoint of its own.
    for (let i = 1; i <= 4; i++) {
      for (let j = 1; j <= 3; j++) await createUser(system.url, admin, `anchor-user-${i}-${j}`, ['PLAYER']);
      expect((await gqlOk(system.url, CREATE_CHECKPOINT, {}, reader)).createAuditCheckpoint).not.toBeNull();
    }
  });
  afterAll(() => system?.stop());

  const integrity = async () => {
    const result = await gql(system.url, INTEGRITY, {}, reader);
    if (result.errors) throw new Error(`auditIntegrity failed: ${JSON.stringify(result.errors)}\n${system.api.output().slice(-2000)}`);
    return result.data!.auditIntegrity;
  };
  const verify = (...args: string[]) => system.cli(['audit', 'verify', ...args]);
  const checkpoints = () =>
    system.sql<CheckpointRow>(
      'select id::text, number::text, head_event_id::text, head_hash, event_count::text, signature from audit_checkpoints order by number',
    );
  /** As the database superuser the application connects as: the guards off, the statements, the guards on, in one transaction. */
  const asSuperuser = (statements: string) =>
    system.sql(`begin;
      alter table audit_events disable trigger user; alter table audit_chain_head disable trigger user; alter table audit_checkpoints disable trigger user;
      ${statements};
      alter table audit_events enable trigger user; alter table audit_chain_head enable trigger user; alter table audit_checkpoints enable trigger user;
      commit;`);

  it('says ok, and audit verify exits 0, while the chain, the checkpoints and the log are untouched', async () => {
    const rows = await checkpoints();
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.map((r) => Number(r.number))).toEqual(rows.map((_, i) => i + 1));
    const lines = (await fsp.readFile(logFile, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.number, l.headEventId, l.headHash, l.eventCount, l.signature])).toEqual(
      rows.map((r) => [Number(r.number), r.head_event_id, r.head_hash, r.event_count, r.signature]),
    );

    expect(await integrity()).toMatchObject({ ok: true, firstProblem: null, checkpoints: { problemCount: 0, log: { compared: true, entries: rows.length } } });
    const verified = await verify();
    expect(verified.code, verified.output).toBe(0);
    expect(verified.output).toMatch(/^OK: .*checkpoints judged/m);
    expect(verified.output).not.toContain('PROBLEM');
  });

  it('reports a log line whose signature does not verify', async () => {
    const original = await fsp.readFile(logFile, 'utf8');
    const lines = original.trimEnd().split('\n');
    const last = JSON.parse(lines.at(-1)!);
    // Another checkpoint's signature: well-formed, but not over this line's text.
    const forged = { ...last, signature: JSON.parse(lines[0]!).signature };
    await fsp.writeFile(logFile, `${[...lines.slice(0, -1), JSON.stringify(forged)].join('\n')}\n`);
    try {
      const report = await integrity();
      expect(report.ok).toBe(false);
      expect(report.checkpoints.problems).toEqual([
        expect.objectContaining({ number: last.number, kind: 'LOG_MISMATCH', message: expect.stringContaining('(signature)') }),
        expect.objectContaining({
          number: last.number,
          kind: 'BAD_SIGNATURE',
          message: expect.stringContaining(`Logged checkpoint ${last.number} does not carry a valid signature`),
        }),
      ]);
      const verified = await verify();
      expect(verified.code, verified.output).toBe(1);
      expect(verified.output).toContain(`PROBLEM  checkpoint ${last.number} BAD_SIGNATURE: Logged checkpoint ${last.number} does not carry a valid signature`);
    } finally {
      await fsp.writeFile(logFile, original);
    }
    expect((await integrity()).ok).toBe(true);
  });

  it('reports a gap in the checkpoint numbers', async () => {
    const original = await fsp.readFile(logFile, 'utf8');
    const [removed] = await system.sql<Record<string, unknown>>('select * from audit_checkpoints where number = 2');
    await asSuperuser('delete from audit_checkpoints where number = 2');
    await fsp.writeFile(
      logFile,
      `${original
        .split('\n')
        .filter((line) => line && JSON.parse(line).number !== 2)
        .join('\n')}\n`,
    );
    try {
      const report = await integrity();
      expect(report.ok).toBe(false);
      expect(report.checkpoints.problems).toEqual([expect.objectContaining({ number: 2, kind: 'NUMBER_MISSING' })]);
      const verified = await verify();
      expect(verified.code, verified.output).toBe(1);
      expect(verified.output).toContain('PROBLEM  checkpoint 2 NUMBER_MISSING: No checkpoint is numbered 2, in the database or in the checkpoint log');
    } finally {
      const columns = Object.keys(removed!);
      await system.sql(
        `insert into audit_checkpoints (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
        Object.values(removed!),
      );
      await fsp.writeFile(logFile, original);
    }
    expect((await integrity()).ok).toBe(true);
  });

  it('reports an edited row whose later hashes, head and checkpoints were rewritten, through the checkpoint log', async () => {
    const rows = await checkpoints();
    const [kept, ...covering] = rows.slice(-3);
    // An event after the newest checkpoint kept: the two checkpoints after it cover it.
    const [edited] = await system.sql<{ id: string; position: string }>(
      'select id::text, chain_position::text as position from audit_events where chain_position = $1 + 1',
      [kept!.event_count],
    );
    const eventId = edited!.id;
    const position = edited!.position;
    await asSuperuser(`
      update audit_events set detail = 'nothing happened here' where id = ${eventId};
      do $$
      declare
        event record;
        previous text;
      begin
        select coalesce((select hash from audit_events where chain_position = ${position} - 1), repeat('0', 64)) into previous;
        -- The linker's own hash function, link by link.
        for event in select id from audit_events where chain_position >= ${position} order by chain_position loop
          update audit_events set prev_hash = previous where id = event.id;
          update audit_events a set hash = audit_event_hash(a) where a.id = event.id returning a.hash into previous;
        end loop;
        update audit_chain_head set last_hash = previous where id = 1;
      end $$;
      delete from audit_checkpoints where event_count >= ${position}`);
    expect((await checkpoints()).map((r) => r.number)).toEqual(rows.slice(0, -2).map((r) => r.number));

    const report = await integrity();
    expect(report.ok).toBe(false);
    // The database alone vouches for itself: the chain is whole and its remaining checkpoints check out.
    expect(report.firstProblem).toBeNull();
    const problems = report.checkpoints.problems.map((p) => [p.number, p.kind, p.headEventId]);
    expect(problems).toEqual([
      ...covering.map((c) => [Number(c.number), 'NOT_IN_DATABASE', c.head_event_id]),
      ...covering.map((c) => [Number(c.number), 'HEAD_CHANGED', c.head_event_id]),
    ]);
    expect(report.checkpoints.problems.at(-1)!.message).toContain(`Audit event ${covering[1]!.head_event_id} no longer has the hash logged checkpoint`);

    // Offline, against the log and against a copy of it taken elsewhere.
    const copy = path.join(system.dataDir, 'checkpoints-copy.log');
    await fsp.copyFile(logFile, copy);
    for (const args of [[], ['--log', copy]]) {
      const verified = await verify(...args);
      expect(verified.code, verified.output).toBe(1);
      for (const c of covering) {
        expect(verified.output).toContain(`PROBLEM  checkpoint ${c.number} NOT_IN_DATABASE: Checkpoint ${c.number} (audit event ${c.head_event_id}`);
        expect(verified.output).toContain(`PROBLEM  checkpoint ${c.number} HEAD_CHANGED: Audit event ${c.head_event_id} no longer has the hash`);
      }
      expect(verified.output).toMatch(/^NOT OK: 4 problem\(s\)/m);
    }
  });
});
