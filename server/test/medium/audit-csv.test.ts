import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/access/role.js';
import { AUDIT_ACTION_LABELS, AuditAction, AuditOutcome } from '../../src/audit/audit-action.js';
import { AuditEvent } from '../../src/audit/audit-event.entity.js';
import { linkAuditEvents } from '../../src/audit/chainer.js';
import { CheckpointLog } from '../../src/audit/checkpoint-log.js';
import { recordAuditNow } from '../../src/audit/record-audit.js';
import { auditWhere, type AuditFilter } from '../../src/export-audit/audit-filter.js';
import { csvCell, csvLine } from '../../src/export-audit/csv.js';
import { CSV_COLUMNS } from '../../src/export-audit/csv-stream.js';
import { ExportAuditService } from '../../src/export-audit/export-audit.service.js';
import { redactForReader } from '../../src/export-audit/redaction.js';
import { KeyRing } from '../../src/signing/key-ring.js';
import { Recording } from '../../src/recordings/recording.entity.js';
import { callerFor, createRecording, createUser } from '../support/builders.js';
import { requestTasks } from '../support/export-tasks.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/** The CSV as it was written from entities: rows hydrated through the ORM, cells by csvLine. */
async function csvFromEntities(em: EntityManager, roles: Role[], filter: AuditFilter): Promise<string> {
  const rows = await em.fork().find(AuditEvent, auditWhere(filter), { orderBy: { id: 'asc' } });
  const events = await redactForReader(em.fork(), roles, rows);
  return (
    csvLine(CSV_COLUMNS) +
    events
      .map((e) =>
        csvLine([
          e.id,
          e.occurredAt,
          e.action,
          AUDIT_ACTION_LABELS[e.action],
          e.outcome,
          e.actorName,
          e.actorId,
          e.recordingId,
          e.taskId,
          e.reason,
          e.detail,
          e.clientAddress,
          e.prevHash,
          e.hash,
          e.withheld ? 'yes' : '',
        ]),
      )
      .join('')
  );
}

async function text(lines: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const chunk of lines) all += chunk;
  return all;
}

describe('the audit CSV written by the database', () => {
  let t: TestDatabase;
  let service: ExportAuditService;
  let restrictedId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    const keyRing = await KeyRing.open(path.join(os.tmpdir(), `custodian-csv-keys-${process.pid}`));
    service = new ExportAuditService(t.em, keyRing, new CheckpointLog(path.join(os.tmpdir(), `custodian-csv-${process.pid}.log`)));
    const open = await createRecording(t.em);
    restrictedId = (await createRecording(t.em, { restricted: true })).id;
    const awkward = ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\t=1', ' padded ', 'a,b', 'say "hi"', 'two\r\nlines', 'nbsp\u00a0', 'plain', ''];
    for (const [i, reason] of awkward.entries()) {
      await recordAuditNow(t.em, {
        action: AuditAction.EXPORT_REQUESTED,
        outcome: AuditOutcome.SUCCESS,
        actorName: i % 2 ? 'alice' : '=bob',
        recordingId: i % 3 === 0 ? restrictedId : open.id,
        reason,
        detail: `detail ${reason}`,
        clientAddress: '192.0.2.5',
      });
    }
    // More than one batch, some of them not linked yet.
    await t.sql(
      `insert into audit_events (action, outcome, actor_name, recording_id, reason) select 'RECORDING_PLAYED', 'SUCCESS', 'alice', $1, 'batch ' || n from generate_series(1, 2500) n`,
      [restrictedId],
    );
    await linkAuditEvents(t.em);
    await recordAuditNow(t.em, { action: AuditAction.SETTINGS_CHANGED, outcome: AuditOutcome.FAILURE, detail: 'not linked yet' });
  });
  afterAll(() => t?.close());

  it('writes every cell as csvCell does', async () => {
    const unit = fc.constantFrom('a', 'Z', '0', ' ', '\t', '\r', '\n', '"', ',', '=', '+', '-', '@', "'", '\u00a0', '\u2028', '\u3000', '\ufeff', 'é', '😀');
    const values = fc.sample(fc.string({ unit, maxLength: 8 }), 2000);
    const rows = await t.sql<{ cell: string }>('select audit_csv_cell(v) as cell from unnest($1::text[]) with ordinality as x(v, n) order by n', [values]);
    expect(rows.map((row) => row.cell)).toEqual(values.map((value) => csvCell(value)));
    expect((await t.sql<{ cell: string }>('select audit_csv_cell(null) as cell'))[0]!.cell).toBe(csvCell(null));
  });

  it('is the same text the entities gave, redacted for readers without PRIVILEGED_PLAYER', async () => {
    const cases: Array<[Role[], AuditFilter]> = [
      [[Role.LOGGING_READER], {}],
      [[Role.LOGGING_READER, Role.PRIVILEGED_PLAYER], {}],
      [[Role.LOGGING_READER], { actor: 'alice', action: [AuditAction.EXPORT_REQUESTED] }],
      [[Role.LOGGING_READER, Role.PRIVILEGED_PLAYER], { recordingId: restrictedId }],
    ];
    for (const [roles, filter] of cases) {
      const caller = callerFor({ id: '00000000-0000-4000-8000-000000000001', username: 'auditor' }, roles);
      const streamed = await text(service.csv(caller, filter));
      expect(streamed, JSON.stringify({ roles, filter })).toBe(await csvFromEntities(t.em, roles, filter));
    }
    const redacted = await text(service.csv(callerFor({ id: '00000000-0000-4000-8000-000000000001', username: 'auditor' }, [Role.LOGGING_READER]), {}));
    expect(redacted).not.toContain(restrictedId);
    expect(redacted).toContain(",'=bob,");
    expect(redacted.split('\r\n').filter((line) => line.endsWith(',yes')).length).toBeGreaterThan(2500);
  });

  it('withholds rows that name a restricted recording other than by their recording: by its task, in their detail, or by an id of the other kind', async () => {
    const requester = await createUser(t.em, 'requester', [Role.LOGGING_READER, Role.PRIVILEGED_PLAYER]);
    const restricted = await t.em.fork().findOneOrFail(Recording, restrictedId);
    const [taskId] = await requestTasks(t.em, requester, [restricted]);
    const open = await createRecording(t.em);
    const refusals = [
      // A refused download by nobody signed in: the task is known, its recording was not looked up.
      { taskId, detail: 'Sign in to download an export.' },
      // A refusal naming several recordings, and one repeating the text asked for.
      { detail: `Nothing to export (recordings ${open.id}, ${restrictedId.toUpperCase()})` },
      { detail: `Not found (requested id: ${taskId}/..)` },
      // Ids asked for as the other kind, recorded as asked: playing a task's id, downloading a recording's.
      { recordingId: taskId, detail: 'Playing recordings needs the PLAYER or PRIVILEGED_PLAYER role.' },
      { taskId: restrictedId, detail: 'Sign in to download an export.' },
    ];
    for (const refusal of refusals)
      await recordAuditNow(t.em, { action: AuditAction.ACCESS_DENIED, outcome: AuditOutcome.DENIED, actorName: 'mallory', ...refusal });
    await recordAuditNow(t.em, {
      action: AuditAction.ACCESS_DENIED,
      outcome: AuditOutcome.DENIED,
      actorName: 'mallory',
      detail: `Not found (requested id: ${open.id})`,
    });
    await linkAuditEvents(t.em);

    const reader = callerFor({ id: '00000000-0000-4000-8000-000000000001', username: 'auditor' }, [Role.LOGGING_READER]);
    const csv = await text(service.csv(reader, { actor: 'mallory' }));
    expect(csv).not.toContain(restrictedId);
    expect(csv).not.toContain(taskId);
    const lines = csv.trim().split('\r\n').slice(1);
    expect(lines.map((line) => line.endsWith(',yes'))).toEqual([true, true, true, true, true, false]);
    expect(lines[5]).toContain(open.id);
    // The list says the same as the CSV.
    expect(csv).toBe(await csvFromEntities(t.em, [Role.LOGGING_READER], { actor: 'mallory' }));
  });

  it('finds nothing by the id of a restricted recording without PRIVILEGED_PLAYER', async () => {
    const caller = callerFor({ id: '00000000-0000-4000-8000-000000000001', username: 'auditor' }, [Role.LOGGING_READER]);
    expect(await text(service.csv(caller, { recordingId: restrictedId }))).toBe(csvLine(CSV_COLUMNS));
  });
});
