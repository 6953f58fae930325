import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/access/caller.js';
import { Role } from '../../src/access/role.js';
import type { User } from '../../src/auth/user.entity.js';
import { AppError } from '../../src/common/errors.js';
import { ExportTaskStatus } from '../../src/exports/export-task-status.js';
import { ExportTask, TASK_RELATIONS } from '../../src/exports/export-task.entity.js';
import type { ExportRecordingsInput } from '../../src/exports/export-task.types.js';
import { EXPORTS_DISABLED_MESSAGE, ExportsService } from '../../src/exports/exports.service.js';
import { TaskEventHub } from '../../src/exports/task-event-hub.js';
import { JobQueue } from '../../src/queue/job-queue.js';
import { JobNames } from '../../src/queue/jobs.js';
import type { Recording } from '../../src/recordings/recording.entity.js';
import { SettingsService } from '../../src/settings/settings.service.js';
import { ANONYMOUS, callerFor, createRecording, createUser } from '../support/builders.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { waitUntil } from '../support/wait.js';

const { PLAYER, PRIVILEGED_PLAYER, LOGGING_READER, ADMINISTRATOR } = Role;
const REASON = 'Case 2026-114: unauthorized payment approvals';
const FORBIDDEN_MESSAGE = 'Exporting recordings needs both the LOGGING_READER and PRIVILEGED_PLAYER roles.';

interface AuditRow {
  action: string;
  outcome: string;
  actor_id: string | null;
  actor_name: string | null;
  recording_id: string | null;
  task_id: string | null;
  reason: string | null;
  detail: string | null;
  client_address: string | null;
}

/** What a service call was refused with: code, message and the error's other details. */
async function refusalOf(call: Promise<unknown>): Promise<{ code: string; message: string; extensions: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const { code: _code, ...extensions } = error.extensions;
    return { code: error.code, message: error.message, extensions };
  }
  throw new Error('expected the call to be refused');
}

describe('ExportsService', () => {
  let t: TestDatabase;
  let queue: JobQueue;
  const hub = new TaskEventHub();
  /** Task ids the service handed to the queue, in order. */
  const sent: string[] = [];

  let exporter: User;
  let otherExporter: User;
  let operator: User; // ADMINISTRATOR + LOGGING_READER: sees unrestricted tasks and may cancel anyone's
  let callers: Record<'exporter' | 'otherExporter' | 'player' | 'reader' | 'operator' | 'administrator', Caller>;
  let open: Recording[];
  let secret: Recording;

  beforeAll(async () => {
    t = await createTestDatabase();
    queue = new JobQueue(t.url, 600);
    await queue.start();
    exporter = await createUser(t.em, 'investigator', [LOGGING_READER, PRIVILEGED_PLAYER]);
    otherExporter = await createUser(t.em, 'investigator-2', [LOGGING_READER, PRIVILEGED_PLAYER]);
    operator = await createUser(t.em, 'ops', [ADMINISTRATOR, LOGGING_READER]);
    const player = await createUser(t.em, 'player', [PLAYER]);
    const reader = await createUser(t.em, 'auditor', [LOGGING_READER]);
    const administrator = await createUser(t.em, 'admin', [ADMINISTRATOR]);
    callers = {
      exporter: callerFor(exporter, [LOGGING_READER, PRIVILEGED_PLAYER]),
      otherExporter: callerFor(otherExporter, [LOGGING_READER, PRIVILEGED_PLAYER], '192.0.2.11'),
      player: callerFor(player, [PLAYER]),
      reader: callerFor(reader, [LOGGING_READER]),
      operator: callerFor(operator, [ADMINISTRATOR, LOGGING_READER], '192.0.2.20'),
      administrator: callerFor(administrator, [ADMINISTRATOR]),
    };
    open = [await createRecording(t.em), await createRecording(t.em), await createRecording(t.em)];
    secret = await createRecording(t.em, { restricted: true });
  });
  afterAll(async () => {
    await queue?.stop();
    await t?.close();
  });

  /** The services of one request: a fresh unit of work each, as the API builds them. */
  const service = () =>
    new ExportsService(
      t.em.fork(),
      {
        send: async (name, payloads) => {
          for (const payload of payloads) if ('taskId' in payload) sent.push(payload.taskId);
          await queue.send(name, payloads);
        },
      },
      hub,
    );
  const exportAs = (caller: Caller, input: Partial<ExportRecordingsInput>) =>
    service().exportRecordings(caller, { recordingIds: [], reason: REASON, ...input });

  const lastAuditId = async () => (await t.sql<{ id: string | null }>('select max(id)::text as id from audit_events'))[0]!.id ?? '0';
  const auditSince = (since: string) =>
    t.sql<AuditRow>(
      'select action, outcome, actor_id, actor_name, recording_id, task_id, reason, detail, client_address from audit_events where id > $1 order by id',
      [since],
    );
  /** Everything an export request may create: requests, tasks, jobs handed to the queue. */
  const created = async () => {
    const [row] = await t.sql<{ requests: number; tasks: number }>(
      'select (select count(*) from export_requests)::int as requests, (select count(*) from export_tasks)::int as tasks',
    );
    return { ...row!, jobs: sent.length };
  };
  const statusOf = async (id: string) => (await t.sql<{ status: string }>('select status from export_tasks where id = $1', [id]))[0]!.status;
  const liveJobs = (ids: string[]) => queue.liveJobsFor(JobNames.exportRecording, 'taskId', ids);
  const loadTask = (id: string) => t.em.fork().findOneOrFail(ExportTask, { id }, { populate: TASK_RELATIONS });

  describe('exportRecordings', () => {
    it('creates one PENDING task per distinct recording, audits each as EXPORT_REQUESTED, and queues a job for each', async () => {
      const since = await lastAuditId();
      const before = await created();
      const [a, b] = open.map((r) => r.id);

      const tasks = await exportAs(callers.exporter, { recordingIds: [a!, b!, a!], reason: `  ${REASON}\n` });

      expect(tasks.map((task) => [task.recording.id, task.status, task.requestedBy.id, task.reason])).toEqual([
        [a, 'PENDING', exporter.id, REASON],
        [b, 'PENDING', exporter.id, REASON],
      ]);
      const ids = tasks.map((task) => task.id);
      expect(await created()).toEqual({ requests: before.requests + 1, tasks: before.tasks + 2, jobs: before.jobs + 2 });
      expect(
        await t.sql(
          'select reason, client_address from export_requests r where exists (select 1 from export_tasks t where t.request_id = r.id and t.id = $1)',
          [ids[0]],
        ),
      ).toEqual([{ reason: REASON, client_address: '192.0.2.10' }]);
      expect(await auditSince(since)).toEqual(
        tasks.map((task) => ({
          action: 'EXPORT_REQUESTED',
          outcome: 'SUCCESS',
          actor_id: exporter.id,
          actor_name: exporter.username,
          recording_id: task.recording.id,
          task_id: task.id,
          reason: REASON,
          detail: null,
          client_address: '192.0.2.10',
        })),
      );
      expect(sent.slice(before.jobs)).toEqual(ids);
      expect(await liveJobs(ids)).toEqual(new Set(ids));
    });

    it('answers a repeated idempotency key with the tasks of the first request and creates nothing', async () => {
      const [a, b, c] = open.map((r) => r.id);
      const first = await exportAs(callers.exporter, { recordingIds: [a!, b!], idempotencyKey: 'case-2026-114' });
      const since = await lastAuditId();
      const before = await created();

      const again = await exportAs(callers.exporter, {
        recordingIds: [b!, a!, b!],
        idempotencyKey: ' case-2026-114 ',
        reason: 'Another reason, given on the retry',
      });
      expect(again.map((task) => task.id)).toEqual([first[1]!.id, first[0]!.id]);
      expect(await created()).toEqual(before);
      expect(await auditSince(since)).toEqual([]);

      const refused = await refusalOf(exportAs(callers.exporter, { recordingIds: [a!, c!], idempotencyKey: 'case-2026-114' }));
      expect(refused).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'This idempotency key was already used for a different set of recordings.',
        extensions: { field: 'idempotencyKey' },
      });
      expect(await created()).toEqual(before);

      // Keys are the requester's own: another exporter's identical key is a new request.
      const theirs = await exportAs(callers.otherExporter, { recordingIds: [a!, c!], idempotencyKey: 'case-2026-114' });
      expect(theirs.map((task) => task.recording.id)).toEqual([a, c]);
    });

    it('creates one request when the same key arrives twice at once', async () => {
      const before = await created();
      const input = { recordingIds: [open[2]!.id], idempotencyKey: `race-${randomUUID()}` };
      // Both requests must look for an earlier one before either commits, so that the second meets
      // the first only at insert time (a unique violation). A lock on export_requests holds both
      // at that look-up until both wait there.
      const lock = new pg.Client({ connectionString: t.url });
      await lock.connect();
      try {
        await lock.query('begin');
        await lock.query('lock table export_requests in access exclusive mode');
        const both = Promise.all([exportAs(callers.exporter, input), exportAs(callers.exporter, input)]);
        await waitUntil(
          'both requests to wait at the look-up',
          async () => {
            const [row] = await t.sql<{ waiting: number }>(
              "select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike '%export_requests%'",
            );
            return row!.waiting >= 2 ? true : undefined;
          },
          10_000,
          20,
        );
        await lock.query('commit');
        const [one, two] = await both;
        expect(one.map((task) => task.id)).toEqual(two.map((task) => task.id));
        expect(await created()).toEqual({ requests: before.requests + 1, tasks: before.tasks + 1, jobs: before.jobs + 1 });
      } finally {
        await lock.end();
      }
    });

    describe('refusals: nothing is created, and one EXPORT_DENIED row is written per request, naming the recordings asked for', () => {
      const cases: { who: string; caller: () => Caller; code: string; message: string; exportsEnabled?: false }[] = [
        { who: 'anonymous', caller: () => ANONYMOUS, code: 'UNAUTHENTICATED', message: 'Sign in to export recordings.' },
        { who: 'a PLAYER', caller: () => callers.player, code: 'FORBIDDEN', message: FORBIDDEN_MESSAGE },
        { who: 'a LOGGING_READER without PRIVILEGED_PLAYER', caller: () => callers.reader, code: 'FORBIDDEN', message: FORBIDDEN_MESSAGE },
        {
          who: 'an exporter while exports are switched off',
          caller: () => callers.exporter,
          code: 'EXPORTS_DISABLED',
          message: EXPORTS_DISABLED_MESSAGE,
          exportsEnabled: false,
        },
      ];

      it.each(cases)('$who: $code', async ({ caller: callerOf, code, message, exportsEnabled }) => {
        const caller = callerOf();
        const settings = new SettingsService(t.em.fork());
        if (exportsEnabled === false) expect((await settings.update(callers.administrator, { exportsEnabled: false })).exportsEnabled).toBe(false);
        try {
          const since = await lastAuditId();
          const before = await created();
          const [a, b] = open.map((r) => r.id);

          const refused = await refusalOf(exportAs(caller, { recordingIds: [a!, b!, a!, 'not-a-uuid'], reason: `  ${REASON}  ` }));

          expect(refused).toEqual({ code, message, extensions: {} });
          expect(await created()).toEqual(before);
          expect(await auditSince(since)).toEqual([
            {
              action: 'EXPORT_DENIED',
              outcome: 'DENIED',
              actor_id: caller.viewer?.user.id ?? null,
              actor_name: caller.viewer?.user.username ?? null,
              recording_id: null,
              task_id: null,
              reason: REASON,
              detail: `${message} (recordings ${a}, ${b}; requested id: not-a-uuid)`,
              client_address: caller.clientAddress,
            },
          ]);
        } finally {
          if (exportsEnabled === false) await settings.update(callers.administrator, { exportsEnabled: true });
        }
      });

      it('exports again once an administrator switches exports back on', async () => {
        const settings = new SettingsService(t.em.fork());
        await settings.update(callers.administrator, { exportsEnabled: false });
        await settings.update(callers.administrator, { exportsEnabled: true });
        const tasks = await exportAs(callers.exporter, { recordingIds: [open[0]!.id] });
        expect(tasks.map((task) => task.status)).toEqual(['PENDING']);
      });
    });

    describe('input it refuses, creating nothing', () => {
      const unknown = randomUUID();
      const cases: {
        what: string;
        input: () => Partial<ExportRecordingsInput>;
        refused: { code: string; message: string; extensions: Record<string, unknown> };
      }[] = [
        {
          what: 'a reason under 10 characters',
          input: () => ({ recordingIds: [open[0]!.id], reason: '  too short  ' }),
          refused: { code: 'BAD_USER_INPUT', message: 'The reason must have at least 10 visible characters (it has 8).', extensions: { field: 'reason' } },
        },
        {
          what: 'a reason of only spaces',
          input: () => ({ recordingIds: [open[0]!.id], reason: ' \n\t   ' }),
          refused: { code: 'BAD_USER_INPUT', message: 'A reason is required to export recordings.', extensions: { field: 'reason' } },
        },
        {
          what: 'no recordings',
          input: () => ({ recordingIds: [] }),
          refused: { code: 'BAD_USER_INPUT', message: 'Select at least one recording to export.', extensions: { field: 'recordingIds' } },
        },
        {
          what: 'more than 100 recordings',
          input: () => ({ recordingIds: Array.from({ length: 101 }, () => randomUUID()) }),
          refused: {
            code: 'BAD_USER_INPUT',
            message: 'At most 100 recordings can be exported in one request (got 101).',
            extensions: { field: 'recordingIds' },
          },
        },
        {
          what: 'an unknown recording',
          input: () => ({ recordingIds: [open[0]!.id, unknown] }),
          refused: { code: 'NOT_FOUND', message: `This recording does not exist: ${unknown}.`, extensions: { missingIds: [unknown] } },
        },
        {
          what: 'ids that are not recordings',
          input: () => ({ recordingIds: ['not-a-uuid', unknown] }),
          refused: {
            code: 'NOT_FOUND',
            message: `These recordings do not exist: not-a-uuid, ${unknown}.`,
            extensions: { missingIds: ['not-a-uuid', unknown] },
          },
        },
      ];

      it.each(cases)('$what', async ({ input, refused }) => {
        const since = await lastAuditId();
        const before = await created();
        expect(await refusalOf(exportAs(callers.exporter, input()))).toEqual(refused);
        expect(await created()).toEqual(before);
        expect((await auditSince(since)).filter((row) => row.action === 'EXPORT_REQUESTED')).toEqual([]);
      });

      it('accepts exactly 100 recordings (the limit) as far as the count goes', async () => {
        const ids = Array.from({ length: 100 }, () => randomUUID());
        // Past the count check: refused only because these recordings do not exist.
        expect((await refusalOf(exportAs(callers.exporter, { recordingIds: ids }))).code).toBe('NOT_FOUND');
      });
    });

    it('answers a caller without PRIVILEGED_PLAYER about a restricted recording exactly as about one that does not exist', async () => {
      const before = await created();
      const aboutSecret = await refusalOf(exportAs(callers.reader, { recordingIds: [secret.id] }));
      const aboutNothing = await refusalOf(exportAs(callers.reader, { recordingIds: [randomUUID()] }));
      expect(aboutSecret).toEqual({ code: 'FORBIDDEN', message: FORBIDDEN_MESSAGE, extensions: {} });
      expect(aboutSecret).toEqual(aboutNothing);
      expect(await created()).toEqual(before);

      // An exporter (who holds PRIVILEGED_PLAYER) may export it.
      const [task] = await exportAs(callers.exporter, { recordingIds: [secret.id] });
      expect(task!.recording.id).toBe(secret.id);
    });
  });

  describe('cancelExportTask', () => {
    const pendingTaskOf = async (recording: Recording) => (await exportAs(callers.exporter, { recordingIds: [recording.id] }))[0]!.id;
    const cancellations = (taskId: string) =>
      t.sql<{ actor_name: string; client_address: string; reason: string }>(
        "select actor_name, client_address, reason from audit_events where action = 'EXPORT_CANCELLED' and outcome = 'SUCCESS' and task_id = $1",
        [taskId],
      );
    const refusedCancellations = (taskId: string) =>
      t.sql<{ actor_name: string; detail: string }>(
        "select actor_name, detail from audit_events where action = 'EXPORT_CANCELLED' and outcome = 'DENIED' and task_id = $1",
        [taskId],
      );

    it('lets the requester cancel their task', async () => {
      const id = await pendingTaskOf(open[0]!);
      const task = await service().cancelExportTask(callers.exporter, id);
      expect(task.status).toBe(ExportTaskStatus.CANCELLED);
      expect(await statusOf(id)).toBe('CANCELLED');
      expect(await cancellations(id)).toEqual([{ actor_name: exporter.username, client_address: '192.0.2.10', reason: REASON }]);

      expect(await refusalOf(service().cancelExportTask(callers.exporter, id))).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'The task is already CANCELLED and can no longer be cancelled.',
        extensions: {},
      });
    });

    it("lets an ADMINISTRATOR cancel someone else's task", async () => {
      const id = await pendingTaskOf(open[1]!);
      expect((await service().cancelExportTask(callers.operator, id)).status).toBe(ExportTaskStatus.CANCELLED);
      expect(await cancellations(id)).toEqual([{ actor_name: operator.username, client_address: '192.0.2.20', reason: REASON }]);
    });

    it('refuses another exporter (FORBIDDEN), leaves the task as it was and audits the refusal', async () => {
      const id = await pendingTaskOf(open[2]!);
      expect(await refusalOf(service().cancelExportTask(callers.otherExporter, id))).toEqual({
        code: 'FORBIDDEN',
        message: 'Only the user who requested this export, or an ADMINISTRATOR, can cancel it.',
        extensions: {},
      });
      expect(await statusOf(id)).toBe('PENDING');
      expect(await cancellations(id)).toEqual([]);
      expect(await refusedCancellations(id)).toEqual([
        { actor_name: otherExporter.username, detail: 'Only the user who requested this export, or an ADMINISTRATOR, can cancel it.' },
      ]);
    });

    it('answers NOT_FOUND for a task on a restricted recording to someone without PRIVILEGED_PLAYER, as for a task that does not exist', async () => {
      const id = await pendingTaskOf(secret);
      expect(await refusalOf(service().cancelExportTask(callers.operator, id))).toEqual({
        code: 'NOT_FOUND',
        message: `There is no export task ${id}.`,
        extensions: {},
      });
      const missing = randomUUID();
      expect(await refusalOf(service().cancelExportTask(callers.operator, missing))).toEqual({
        code: 'NOT_FOUND',
        message: `There is no export task ${missing}.`,
        extensions: {},
      });
      expect(await statusOf(id)).toBe('PENDING');
      expect(await cancellations(id)).toEqual([]);
      // Both refusals are audited alike: the row does not tell the restricted task from a missing one.
      expect(await refusedCancellations(id)).toEqual([{ actor_name: operator.username, detail: `There is no export task ${id}.` }]);
      expect(await refusedCancellations(missing)).toEqual([{ actor_name: operator.username, detail: `There is no export task ${missing}.` }]);
    });
  });

  describe('taskUpdates', () => {
    let openTask: ExportTask;
    let secretTask: ExportTask;

    beforeAll(async () => {
      const [a] = await exportAs(callers.exporter, { recordingIds: [open[0]!.id] });
      const [s] = await exportAs(callers.exporter, { recordingIds: [secret.id] });
      openTask = await loadTask(a!.id);
      secretTask = await loadTask(s!.id);
    });

    /** Publishes the hidden task first: if the next event read is the visible one, the hidden one was not delivered. */
    async function nextAfterPublishing(updates: AsyncIterableIterator<ExportTask>, ...tasks: ExportTask[]): Promise<string | undefined> {
      for (const task of tasks) hub.publish(task);
      const next = await updates.next();
      return next.done ? undefined : next.value.id;
    }

    it('delivers restricted tasks only to those holding PRIVILEGED_PLAYER', async () => {
      const readerUpdates = service().taskUpdates(callers.reader, null);
      const exporterUpdates = service().taskUpdates(callers.exporter, null);
      try {
        expect(await nextAfterPublishing(readerUpdates, secretTask, openTask)).toBe(openTask.id);
        expect((await exporterUpdates.next()).value?.id).toBe(secretTask.id);
        expect((await exporterUpdates.next()).value?.id).toBe(openTask.id);
      } finally {
        await readerUpdates.return?.();
        await exporterUpdates.return?.();
      }
    });

    it('delivers only the tasks asked for', async () => {
      const updates = service().taskUpdates(callers.exporter, [openTask.id]);
      try {
        expect(await nextAfterPublishing(updates, secretTask, openTask)).toBe(openTask.id);
      } finally {
        await updates.return?.();
      }
    });

    it('follows a role change on an open subscription from the next event on', async () => {
      const caller = callerFor(exporter, [LOGGING_READER, PRIVILEGED_PLAYER]);
      const updates = service().taskUpdates(caller, null);
      try {
        expect(await nextAfterPublishing(updates, secretTask)).toBe(secretTask.id);
        caller.viewer!.roles = new Set([LOGGING_READER]);
        expect(await nextAfterPublishing(updates, secretTask, openTask)).toBe(openTask.id);
      } finally {
        await updates.return?.();
      }
    });

    it('refuses those who may not read tasks', () => {
      expect(() => service().taskUpdates(ANONYMOUS, null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
      expect(() => service().taskUpdates(callers.player, null)).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN', message: 'Reading export tasks needs the LOGGING_READER role, or the roles to export.' }),
      );
      expect(hub.subscriberCount).toBe(0);
    });
  });
});
