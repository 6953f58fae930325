import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/access/caller.js';
import { Role } from '../../src/access/role.js';
import type { User } from '../../src/auth/user.entity.js';
import { AppError } from '../../src/common/errors.js';
import { claim, fail } from '../../src/exports/export-task-lifecycle.js';
import { ExportTask, TASK_RELATIONS } from '../../src/exports/export-task.entity.js';
import { EXPORTS_DISABLED_MESSAGE, ExportsService } from '../../src/exports/exports.service.js';
import { TaskEventHub } from '../../src/exports/task-event-hub.js';
import type { Recording } from '../../src/recordings/recording.entity.js';
import { SettingsService } from '../../src/settings/settings.service.js';
import type { TaskService } from '../../src/taskservices/task-service.entity.js';
import { ANONYMOUS, callerFor, createRecording, createTaskService, createUser } from '../support/builders.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { inTransaction, REQUEST_REASON, requestTasks } from '../support/export-tasks.js';

const { PLAYER, PRIVILEGED_PLAYER, LOGGING_READER, ADMINISTRATOR } = Role;
const CORRUPT = 'The recording file is corrupt: ffmpeg could not read its video stream.';

async function refusalOf(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, message: error.message };
  }
  throw new Error('expected the call to be refused');
}

describe('retryExportTask', () => {
  let t: TestDatabase;
  let worker: TaskService;
  let requester: User;
  let colleague: User;
  let callers: Record<'requester' | 'colleague' | 'reader' | 'player' | 'administrator', Caller>;
  let recording: Recording;
  let secret: Recording;
  /** Task ids handed to the queue, in order. */
  const sent: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    worker = await createTaskService(t.em, { authorized: true, hostName: 'render-07' });
    requester = await createUser(t.em, 'investigator', [LOGGING_READER, PRIVILEGED_PLAYER]);
    colleague = await createUser(t.em, 'investigator-2', [LOGGING_READER, PRIVILEGED_PLAYER]);
    const reader = await createUser(t.em, 'auditor', [LOGGING_READER]);
    const player = await createUser(t.em, 'player', [PLAYER]);
    const administrator = await createUser(t.em, 'admin', [ADMINISTRATOR]);
    callers = {
      requester: callerFor(requester, [LOGGING_READER, PRIVILEGED_PLAYER]),
      colleague: callerFor(colleague, [LOGGING_READER, PRIVILEGED_PLAYER], '192.0.2.11'),
      reader: callerFor(reader, [LOGGING_READER]),
      player: callerFor(player, [PLAYER]),
      administrator: callerFor(administrator, [ADMINISTRATOR]),
    };
    recording = await createRecording(t.em);
    secret = await createRecording(t.em, { restricted: true });
  });
  afterAll(() => t?.close());

  const service = () =>
    new ExportsService(
      t.em.fork(),
      {
        send: async (_name, payloads) => {
          for (const payload of payloads) if ('taskId' in payload) sent.push(payload.taskId);
        },
      },
      new TaskEventHub(),
    );

  /** A task of its own request that a task service claimed and failed, as a corrupt source fails. */
  async function failedTask(of: Recording = recording): Promise<string> {
    const [id] = await requestTasks(t.em, requester, [of]);
    await inTransaction(t.em, async (tx) => {
      const claimed = await claim(tx, id!, worker.id);
      await fail(tx, claimed!, CORRUPT);
    });
    return id!;
  }

  const rowOf = async (id: string) =>
    (
      await t.sql<{
        status: string;
        error: string | null;
        request_id: string;
        recording_id: string;
        requested_by_id: string;
        retry_of_id: string | null;
        retried_as_id: string | null;
      }>('select status, error, request_id, recording_id, requested_by_id, retry_of_id, retried_as_id from export_tasks where id = $1', [id])
    )[0]!;
  const retryAudit = (taskIds: string[]) =>
    t.sql<{
      outcome: string;
      actor_name: string | null;
      task_id: string | null;
      recording_id: string | null;
      reason: string | null;
      detail: string;
      client_address: string;
    }>(
      "select outcome, actor_name, task_id, recording_id, reason, detail, client_address from audit_events where action = 'EXPORT_RETRIED' and task_id = any($1::uuid[]) order by id",
      [taskIds],
    );
  const taskCount = async () => (await t.sql<{ n: number }>('select count(*)::int as n from export_tasks'))[0]!.n;

  it('queues a new task of the same request for the same recording, names both ways, and audits the retry in the name of who retried', async () => {
    const failedId = await failedTask();
    const before = sent.length;

    const retried = await service().retryExportTask(callers.colleague, failedId);

    expect(retried.status).toBe('PENDING');
    expect(retried.reason).toBe(REQUEST_REASON);
    expect(retried.retryOfTaskId).toBe(failedId);
    const failed = await rowOf(failedId);
    expect(failed).toMatchObject({ status: 'FAILED', error: CORRUPT, retried_as_id: retried.id, retry_of_id: null });
    // The retry belongs to the request: its requester alone downloads the file, whoever retried.
    expect(await rowOf(retried.id)).toEqual({
      status: 'PENDING',
      error: null,
      request_id: failed.request_id,
      recording_id: recording.id,
      requested_by_id: requester.id,
      retry_of_id: failedId,
      retried_as_id: null,
    });
    expect(await retryAudit([failedId, retried.id])).toEqual([
      {
        outcome: 'SUCCESS',
        actor_name: colleague.username,
        task_id: retried.id,
        recording_id: recording.id,
        reason: REQUEST_REASON,
        detail: `Retry of the failed export task ${failedId}: ${CORRUPT}`,
        client_address: '192.0.2.11',
      },
    ]);
    expect(sent.slice(before)).toEqual([retried.id]);
    expect(await service().requestTaskCount(callers.requester.viewer!, failed.request_id)).toBe(2);
  });

  it('retries a task once: a second retry is BAD_USER_INPUT and creates nothing', async () => {
    const failedId = await failedTask();
    const retried = await service().retryExportTask(callers.requester, failedId);
    const count = await taskCount();

    expect(await refusalOf(service().retryExportTask(callers.requester, failedId))).toEqual({
      code: 'BAD_USER_INPUT',
      message: `This task was already retried as export task ${retried.id}.`,
    });
    expect(await taskCount()).toBe(count);
    expect(await retryAudit([failedId, retried.id])).toHaveLength(1);
  });

  it('lets two retries of the same task at once make one new task', async () => {
    const failedId = await failedTask();
    const count = await taskCount();
    const outcomes = await Promise.allSettled([service().retryExportTask(callers.requester, failedId), service().retryExportTask(callers.colleague, failedId)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as AppError).code).toBe('BAD_USER_INPUT');
    expect(await taskCount()).toBe(count + 1);
  });

  it('refuses a task that is not FAILED with BAD_USER_INPUT', async () => {
    const [pendingId] = await requestTasks(t.em, requester, [recording]);
    const count = await taskCount();
    expect(await refusalOf(service().retryExportTask(callers.requester, pendingId!))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Only a FAILED task can be retried; this one is PENDING.',
    });
    expect(await taskCount()).toBe(count);
  });

  describe('refusals: nothing is created and one EXPORT_RETRIED row is written with the outcome DENIED', () => {
    // `names`: the row names the recording and reason when the caller may see the task.
    const cases: { who: string; caller: () => Caller; code: string; message: string; names: boolean; exportsEnabled?: false }[] = [
      { who: 'anonymous', caller: () => ANONYMOUS, code: 'UNAUTHENTICATED', message: 'Sign in to retry export tasks.', names: false },
      {
        who: 'a LOGGING_READER without PRIVILEGED_PLAYER',
        caller: () => callers.reader,
        code: 'FORBIDDEN',
        message: 'Retrying export tasks needs both the LOGGING_READER and PRIVILEGED_PLAYER roles.',
        names: true,
      },
      {
        who: 'a PLAYER',
        caller: () => callers.player,
        code: 'FORBIDDEN',
        message: 'Retrying export tasks needs both the LOGGING_READER and PRIVILEGED_PLAYER roles.',
        names: false,
      },
      {
        who: 'an exporter while exports are switched off',
        caller: () => callers.colleague,
        code: 'EXPORTS_DISABLED',
        message: EXPORTS_DISABLED_MESSAGE,
        names: true,
        exportsEnabled: false,
      },
    ];

    it.each(cases)('$who: $code', async ({ caller: callerOf, code, message, names, exportsEnabled }) => {
      const caller = callerOf();
      const failedId = await failedTask();
      const count = await taskCount();
      const settings = new SettingsService(t.em.fork());
      if (exportsEnabled === false) await settings.update(callers.administrator, { exportsEnabled: false });
      try {
        expect(await refusalOf(service().retryExportTask(caller, failedId))).toEqual({ code, message });
      } finally {
        if (exportsEnabled === false) await settings.update(callers.administrator, { exportsEnabled: true });
      }
      expect(await taskCount()).toBe(count);
      expect((await rowOf(failedId)).retried_as_id).toBeNull();
      expect(await retryAudit([failedId])).toEqual([
        {
          outcome: 'DENIED',
          actor_name: caller.viewer?.user.username ?? null,
          task_id: failedId,
          recording_id: names ? recording.id : null,
          reason: names ? REQUEST_REASON : null,
          detail: message,
          client_address: caller.clientAddress,
        },
      ]);
    });
  });

  it('answers NOT_FOUND for a task that does not exist, and audits the refusal', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await refusalOf(service().retryExportTask(callers.requester, missing))).toEqual({
      code: 'NOT_FOUND',
      message: `There is no export task ${missing}.`,
    });
    expect(await retryAudit([missing])).toMatchObject([{ outcome: 'DENIED', actor_name: requester.username }]);
  });

  it("counts a request's tasks among those the viewer may see", async () => {
    const [open] = await requestTasks(t.em, requester, [recording, secret]);
    const requestId = (await rowOf(open!)).request_id;
    expect(await service().requestTaskCount(callers.requester.viewer!, requestId)).toBe(2);
    expect(await service().requestTaskCount(callers.reader.viewer!, requestId)).toBe(1);
  });

  describe('queuePosition', () => {
    const load = (id: string) => t.em.fork().findOneOrFail(ExportTask, { id }, { populate: TASK_RELATIONS });
    const positionsOf = async (ids: string[], as: Caller) => {
      const s = service();
      return Promise.all(ids.map(async (id) => s.queuePosition(as.viewer!, await load(id))));
    };

    it('counts the PENDING tasks queued before, among those the viewer may see, and changes as tasks are taken', async () => {
      // Earlier tests left PENDING tasks: claim them away so the queue starts empty.
      const waiting = await t.sql<{ id: string }>("select id from export_tasks where status = 'PENDING'");
      for (const { id } of waiting) await inTransaction(t.em, (tx) => claim(tx, id, worker.id));

      const [first, hidden, third] = [
        (await requestTasks(t.em, requester, [recording]))[0]!,
        (await requestTasks(t.em, requester, [secret]))[0]!,
        (await requestTasks(t.em, requester, [recording]))[0]!,
      ];
      expect(await positionsOf([first, hidden, third], callers.requester)).toEqual([1, 2, 3]);
      // Without PRIVILEGED_PLAYER the restricted task does not exist, not even as a place in the queue.
      expect(await positionsOf([first, third], callers.reader)).toEqual([1, 2]);

      await inTransaction(t.em, (tx) => claim(tx, first, worker.id));
      expect(await positionsOf([first, hidden, third], callers.requester)).toEqual([null, 1, 2]);
    });
  });
});
