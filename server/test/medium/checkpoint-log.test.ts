import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditAction, AuditOutcome } from '../../src/audit/audit-action.js';
import { AuditCheckpoint } from '../../src/audit/audit-checkpoint.entity.js';
import { type CheckpointLogEntry, logEntryOf } from '../../src/audit/checkpoint-log-entry.js';
import { CheckpointLog } from '../../src/audit/checkpoint-log.js';
import { writeCheckpoint } from '../../src/audit/checkpoints.js';
import { checkAuditIntegrity } from '../../src/audit/integrity.js';
import { recordAuditNow } from '../../src/audit/record-audit.js';
import { KeyRing } from '../../src/signing/key-ring.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/** A log whose append reaches the file and is synced, after which the transaction fails: a commit lost after the log was written. */
class CommitLostAfterAppend extends CheckpointLog {
  override async append(entries: CheckpointLogEntry[]): Promise<void> {
    await super.append(entries);
    throw new Error('connection lost before the commit');
  }
}

describe('the checkpoint log', () => {
  let t: TestDatabase;
  let root: string;
  let keyRing: KeyRing;
  const logged: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    root = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-checkpoint-log-'));
    keyRing = await KeyRing.open(path.join(root, 'keys'));
  });
  afterAll(async () => {
    await t?.close();
    if (root) await fsp.rm(root, { recursive: true, force: true });
  });

  let events = 0;
  const addEvents = async (count: number) => {
    for (let i = 0; i < count; i++)
      await recordAuditNow(t.em, { action: AuditAction.SETTINGS_CHANGED, outcome: AuditOutcome.SUCCESS, actorName: 'admin', detail: `change ${++events}` });
  };
  const write = (log: CheckpointLog) => writeCheckpoint(t.em, keyRing, log, (line) => logged.push(line));
  const numbers = async () => (await t.sql<{ number: string }>('select number from audit_checkpoints order by number')).map((r) => Number(r.number));
  const linesOf = async (log: CheckpointLog) => {
    const read = await log.read();
    if (!read.readable) throw new Error(read.reason);
    return read.lines;
  };

  describe('the file', () => {
    const entry = (number: number): CheckpointLogEntry =>
      logEntryOf({
        number,
        createdAt: new Date('2026-12-02T10:00:00.000Z'),
        headEventId: String(number * 10),
        headHash: 'a'.repeat(64),
        eventCount: String(number * 10),
        keyId: '0123456789abcdef',
        algorithm: 'Ed25519',
        signature: 'c2lnbmF0dXJl',
      });

    it('appends one canonical JSON line per checkpoint, creating its folder', async () => {
      const log = new CheckpointLog(path.join(root, 'file', 'audit', 'checkpoints.log'));
      await log.append([entry(1), entry(2)]);
      await log.append([entry(3)]);
      const text = await fsp.readFile(log.file, 'utf8');
      expect(text.split('\n')).toHaveLength(4);
      expect(JSON.parse(text.split('\n')[0]!)).toEqual(entry(1));
      expect(await linesOf(log)).toEqual([1, 2, 3].map((n) => ({ line: n, entry: entry(n) })));
      expect(await log.last()).toEqual({ readable: true, entry: entry(3) });
    });

    it('starts on a line of its own after a torn line, which reads as not a checkpoint', async () => {
      const log = new CheckpointLog(path.join(root, 'torn.log'));
      await log.append([entry(1)]);
      await fsp.appendFile(log.file, '{"number":2,"createdAt":"2026-');
      await log.append([entry(2)]);
      const lines = await linesOf(log);
      expect(lines.map((l) => ('entry' in l ? l.entry.number : l.error))).toEqual([1, 'it is not JSON', 2]);
      expect(await log.last()).toMatchObject({ readable: true, entry: { number: 2 } });
    });

    it('finds the newest checkpoint from the end of a long log, past a bad last line', async () => {
      const log = new CheckpointLog(path.join(root, 'long.log'));
      await log.append(Array.from({ length: 400 }, (_, i) => entry(i + 1)));
      await fsp.appendFile(log.file, 'garbage\n');
      expect((await fsp.stat(log.file)).size).toBeGreaterThan(64 * 1024);
      expect(await log.last()).toEqual({ readable: true, entry: entry(400) });
    });

    it('refuses a line whose signed text does not state its fields', async () => {
      const log = new CheckpointLog(path.join(root, 'forged.log'));
      await fsp.writeFile(log.file, `${JSON.stringify({ ...entry(1), headHash: 'b'.repeat(64) })}\n`);
      expect(await linesOf(log)).toEqual([{ line: 1, error: 'its signedText does not state its own fields' }]);
    });

    it('tells an absent log (empty) from one it cannot read', async () => {
      expect(await new CheckpointLog(path.join(root, 'absent.log')).read()).toEqual({ readable: true, lines: [] });
      expect(await new CheckpointLog(root).read()).toEqual({ readable: false, reason: 'EISDIR' });
      expect(await new CheckpointLog(root).last()).toMatchObject({ readable: false });
    });
  });

  describe('written with every checkpoint', () => {
    let log: CheckpointLog;
    beforeAll(() => {
      log = new CheckpointLog(path.join(root, 'written', 'checkpoints.log'));
    });

    it('holds each checkpoint as the database does, numbered 1, 2, 3', async () => {
      for (let i = 0; i < 3; i++) {
        await addEvents(2);
        expect(await write(log)).not.toBeNull();
      }
      // The head has not moved: no checkpoint, no line.
      expect(await write(log)).toBeNull();
      expect(await numbers()).toEqual([1, 2, 3]);
      const rows = await t.em.fork().find(AuditCheckpoint, {}, { orderBy: { number: 'asc' } });
      expect((await linesOf(log)).map((l) => ('entry' in l ? l.entry : l))).toEqual(rows.map(logEntryOf));
      expect(await checkAuditIntegrity(t.em, keyRing, log)).toMatchObject({
        ok: true,
        checkpoints: { total: 3, valid: 3, log: { compared: true, entries: 3 } },
      });
    });

    it('writes no row when the log cannot be appended to, and the next checkpoint takes the number', async () => {
      await addEvents(1);
      await expect(write(new CheckpointLog(root))).rejects.toThrow(/EISDIR/);
      expect(await numbers()).toEqual([1, 2, 3]);
      expect((await write(log))?.number).toBe(4);
      expect(await numbers()).toEqual([1, 2, 3, 4]);
    });

    it('reports a checkpoint whose commit was lost after its line, then writes its row again from the log', async () => {
      await addEvents(1);
      await expect(write(new CommitLostAfterAppend(log.file))).rejects.toThrow(/connection lost/);
      expect(await numbers()).toEqual([1, 2, 3, 4]);
      const report = await checkAuditIntegrity(t.em, keyRing, log);
      expect(report.ok).toBe(false);
      expect(report.checkpoints.problems).toEqual([expect.objectContaining({ number: 5, kind: 'NOT_IN_DATABASE', checkpointId: null })]);

      // The next checkpoint mends it first; the head has not moved, so it adds nothing itself.
      expect(await write(log)).toBeNull();
      expect(logged.at(-1)).toMatch(/checkpoint 5 was in the checkpoint log but not in the database/);
      expect(await numbers()).toEqual([1, 2, 3, 4, 5]);
      expect(await checkAuditIntegrity(t.em, keyRing, log)).toMatchObject({ ok: true, checkpoints: { total: 5, valid: 5, problemCount: 0 } });
      await addEvents(1);
      expect((await write(log))?.number).toBe(6);
    });

    it('copies the database’s checkpoints into a new log before its first line', async () => {
      const fresh = new CheckpointLog(path.join(root, 'fresh', 'checkpoints.log'));
      expect((await checkAuditIntegrity(t.em, keyRing, fresh)).checkpoints.problems.map((p) => p.kind)).toEqual(Array(6).fill('NOT_IN_LOG'));
      await addEvents(1);
      expect((await write(fresh))?.number).toBe(7);
      expect((await linesOf(fresh)).map((l) => ('entry' in l ? l.entry.number : l.error))).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(logged).toContain(`copied 6 audit checkpoint(s) into the new checkpoint log ${fresh.file}`);
      expect((await checkAuditIntegrity(t.em, keyRing, fresh)).ok).toBe(true);
    });
  });
});
