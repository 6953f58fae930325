import 'reflect-metadata';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/access/role.js';
import { AuditAction, AuditOutcome } from '../../src/audit/audit-action.js';
import { linkAuditEvents } from '../../src/audit/chainer.js';
import { CheckpointLog } from '../../src/audit/checkpoint-log.js';
import { writeCheckpoint } from '../../src/audit/checkpoints.js';
import { checkAuditIntegritySince, type VerifiedCheckpoint } from '../../src/audit/integrity.js';
import { recordAuditNow } from '../../src/audit/record-audit.js';
import { ExportAuditService } from '../../src/export-audit/export-audit.service.js';
import { KeyRing } from '../../src/signing/key-ring.js';
import { callerFor } from '../support/builders.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

describe('the integrity check from the last verified checkpoint', () => {
  let t: TestDatabase;
  let root: string;
  let keyRing: KeyRing;
  let log: CheckpointLog;

  beforeAll(async () => {
    t = await createTestDatabase();
    root = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-incremental-'));
    keyRing = await KeyRing.open(path.join(root, 'keys'));
    log = new CheckpointLog(path.join(root, 'checkpoints.log'));
  });
  afterAll(async () => {
    await t?.close();
    await fsp.rm(root, { recursive: true, force: true });
  });

  const record = async (n: number, detail: string) => {
    for (let i = 0; i < n; i++) await recordAuditNow(t.em, { action: AuditAction.SETTINGS_CHANGED, outcome: AuditOutcome.SUCCESS, detail: `${detail} ${i}` });
    await linkAuditEvents(t.em);
  };
  const check = (since: VerifiedCheckpoint | null) => checkAuditIntegritySince(t.em, keyRing, log, { since });
  /** Runs `sql` with the guard of audit_events off, as someone with the owner's rights could. */
  const asOwner = (sql: string) => t.sql(`begin; alter table audit_events disable trigger user; ${sql}; alter table audit_events enable trigger user; commit;`);
  const idAt = async (position: number) => (await t.sql<{ id: string }>('select id::text from audit_events where chain_position = $1', [position]))[0]!.id;

  let verified: VerifiedCheckpoint;

  it('remembers the newest valid checkpoint of a full walk that passed', async () => {
    await record(30, 'before the checkpoint');
    const checkpoint = (await writeCheckpoint(t.em, keyRing, log))!;
    const full = await check(null);
    expect(full.report).toMatchObject({ ok: true, eventsChecked: 30, eventsInChain: 30, startedAfterCheckpoint: null });
    expect(full.verified).toEqual({ number: checkpoint.number, headEventId: checkpoint.headEventId, headHash: checkpoint.headHash, eventCount: '30' });
    verified = full.verified!;
  });

  it('hashes only the events after it next time', async () => {
    await record(10, 'after the checkpoint');
    const next = await check(verified);
    expect(next.report).toMatchObject({ ok: true, eventsChecked: 10, eventsInChain: 40, startedAfterCheckpoint: verified.number, firstProblem: null });
    expect(next.report.checkpoints).toMatchObject({ total: 1, valid: 1, problemCount: 0 });
    // No newer checkpoint: the next check starts after the same one.
    expect(next.verified).toEqual(verified);
  });

  it('finds a change after the checkpoint; a change before it takes a full walk', async () => {
    const late = await idAt(35);
    await asOwner(`update audit_events set detail = 'changed later' where id = ${late}`);
    const found = await check(verified);
    expect(found.report.firstProblem).toMatchObject({ eventId: late, kind: 'CONTENT_CHANGED' });
    expect(found.verified).toBeNull();
    await asOwner(`update audit_events set detail = 'after the checkpoint 4' where id = ${late}`);
    expect((await check(verified)).report.ok).toBe(true);

    const early = await idAt(5);
    await asOwner(`update audit_events set detail = 'changed early' where id = ${early}`);
    expect((await check(verified)).report.ok).toBe(true);
    expect((await check(null)).report.firstProblem).toMatchObject({ eventId: early, kind: 'CONTENT_CHANGED' });
    await asOwner(`update audit_events set detail = 'before the checkpoint 4' where id = ${early}`);
  });

  it('walks the whole chain when the checkpoint it would start after no longer matches its head', async () => {
    const head = await idAt(30);
    const [original] = await t.sql<{ hash: string }>('select hash from audit_events where id = $1', [head]);
    await asOwner(`update audit_events set hash = '${'a'.repeat(64)}' where id = ${head}`);
    const report = (await check(verified)).report;
    expect(report.startedAfterCheckpoint).toBeNull();
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ eventId: head, kind: 'CONTENT_CHANGED' });
    await asOwner(`update audit_events set hash = '${original!.hash}' where id = ${head}`);
  });

  it('is what auditIntegrity does, unless asked for a full walk', async () => {
    const service = new ExportAuditService(t.em, keyRing, log);
    const reader = callerFor({ id: '00000000-0000-4000-8000-000000000002', username: 'auditor' }, [Role.LOGGING_READER]);
    expect(await service.integrity(reader)).toMatchObject({ ok: true, startedAfterCheckpoint: null, eventsChecked: 40 });
    await writeCheckpoint(t.em, keyRing, log);
    await recordAuditNow(t.em, { action: AuditAction.SETTINGS_CHANGED, outcome: AuditOutcome.SUCCESS, detail: 'linked by the check itself' });
    // The first check found checkpoint 1 valid; checkpoint 2 is judged now, and the new event is linked first.
    expect(await service.integrity(reader)).toMatchObject({ ok: true, startedAfterCheckpoint: 1, eventsChecked: 11, eventsInChain: 41 });
    expect(await service.integrity(reader)).toMatchObject({ ok: true, startedAfterCheckpoint: 2, eventsChecked: 1 });
    expect(await service.integrity(reader, true)).toMatchObject({ ok: true, startedAfterCheckpoint: null, eventsChecked: 41 });
  });
});
