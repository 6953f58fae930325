import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/access/role.js';
import type { User } from '../../src/auth/user.entity.js';
import { Channel } from '../../src/db/notifications.js';
import * as lifecycle from '../../src/exports/export-task-lifecycle.js';
import { TRANSITIONS, type Claim, type Transition } from '../../src/exports/export-task-lifecycle.js';
import { ExportTaskStatus } from '../../src/exports/export-task-status.js';
import { ExportTask } from '../../src/exports/export-task.entity.js';
import type { Recording } from '../../src/recordings/recording.entity.js';
import type { TaskService } from '../../src/taskservices/task-service.entity.js';
import { createRecording, createTaskService, createUser } from '../support/builders.js';
import { requestTasks } from '../support/export-tasks.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { listenTo } from '../support/notifications.js';

const { PENDING, IN_PROGRESS, COMPLETED, FAILED, CANCELLED, EXPIRED } = ExportTaskStatus;
const ALL_STATUSES = [PENDING, IN_PROGRESS, COMPLETED, FAILED, CANCELLED, EXPIRED];
const LIMITS = { heartbeatTimeoutSeconds: 60, maxAttempts: 3 };
const OUTPUT = {
  outputPath: 'x.mp4',
  sha256: 'a'.repeat(64),
  sizeBytes: 1234,
  durationSeconds: 60,
  ffmpegVersion: '5.1',
  ffmpegArgs: ['-i', 'x'],
  completedAt: new Date(),
};

interface TaskRow {
  id: string;
  status: ExportTaskStatus;
  attempts: number;
  progress: number;
  error: string | null;
  task_service_id: string | null;
  updated_at: Date;
}

describe('the export task lifecycle', () => {
  let t: TestDatabase;
  let requester: User;
  let recording: Recording;
  let service: TaskService;

  beforeAll(async () => {
    t = await createTestDatabase();
    requester = await createUser(t.em, 'investigator', [Role.LOGGING_READER, Role.PRIVILEGED_PLAYER]);
    recording = await createRecording(t.em);
    service = await createTaskService(t.em, { authorized: true });
  });
  afterAll(() => t?.close());

  const inTransaction = <T>(work: (tx: EntityManager) => Promise<T>) => t.em.fork().transactional(work);
  const row = async (id: string) => (await t.sql<TaskRow>('select * from export_tasks where id = $1', [id]))[0]!;
  const auditOf = (taskId: string) =>
    t.sql<{ action: string; outcome: string; actor_name: string | null; detail: string | null }>(
      'select action, outcome, actor_name, detail from audit_events where task_id = $1 order by id',
      [taskId],
    );

  const requestTask = async () => (await requestTasks(t.em, requester, [recording]))[0]!;

  const claimOf = async (id: string): Promise<Claim> => ({ taskId: id, taskServiceId: service.id, attempt: (await row(id)).attempts });

  /** A task brought to `status` through the lifecycle itself (expired ones are first made old). */
  async function taskIn(status: ExportTaskStatus): Promise<string> {
    const id = await requestTask();
    if (status === PENDING) return id;
    if (status === CANCELLED) {
      await cancelAsRequester(id);
      return id;
    }
    const claimed = (await inTransaction((tx) => lifecycle.claim(tx, id, service.id)))!;
    if (status === IN_PROGRESS) return id;
    if (status === FAILED) {
      await inTransaction((tx) => lifecycle.fail(tx, claimed, 'The source file is missing.'));
      return id;
    }
    await inTransaction((tx) => lifecycle.complete(tx, claimed, OUTPUT));
    if (status === EXPIRED) {
      await t.sql("update export_tasks set finished_at = now() - interval '3 days' where id = $1", [id]);
      await inTransaction((tx) => lifecycle.expire(tx, { retentionDays: 1, limit: 100 }));
    }
    return id;
  }

  async function cancelAsRequester(id: string): Promise<boolean> {
    const em = t.em.fork();
    const task = await em.findOneOrFail(ExportTask, { id }, { populate: ['recording', 'request'] });
    return em.transactional((tx) => lifecycle.cancel(tx, task, { id: requester.id, username: requester.username }, '192.0.2.10'));
  }

  /** Runs one transition on one task, as its callers do; says whether it changed the task. */
  const attempt: Record<Exclude<Transition, 'request'>, (id: string) => Promise<boolean>> = {
    claim: async (id) => (await inTransaction((tx) => lifecycle.claim(tx, id, service.id))) !== null,
    reportProgress: async (id) => inTransaction(async (tx) => lifecycle.reportProgress(tx, await claimOf(id), 0.5)),
    complete: async (id) => (await inTransaction(async (tx) => lifecycle.complete(tx, await claimOf(id), OUTPUT))) !== null,
    fail: async (id) => inTransaction(async (tx) => lifecycle.fail(tx, await claimOf(id), 'ffmpeg stopped: disk full')),
    handBack: async (id) => inTransaction(async (tx) => lifecycle.handBack(tx, await claimOf(id))),
    requeueLost: async (id) => {
      await t.sql("update export_tasks set heartbeat_at = now() - interval '1 hour' where id = $1", [id]);
      const lost = await inTransaction((tx) => lifecycle.requeueLost(tx, LIMITS));
      return [...lost.requeued, ...lost.failed].includes(id);
    },
    requeueOrphan: async (id) => (await inTransaction((tx) => lifecycle.requeueOrphans(tx, [id]))).includes(id),
    cancel: (id) => cancelAsRequester(id),
    retry: async (id) => {
      const em = t.em.fork();
      const task = await em.findOneOrFail(ExportTask, { id }, { populate: ['recording', 'request', 'requestedBy'] });
      return (await em.transactional((tx) => lifecycle.retry(tx, task, { id: requester.id, username: requester.username }, '192.0.2.10'))) !== null;
    },
    expire: async (id) => {
      await t.sql("update export_tasks set finished_at = now() - interval '3 days' where id = $1", [id]);
      return (await inTransaction((tx) => lifecycle.expire(tx, { retentionDays: 1, limit: 100 }))).some((task) => task.id === id);
    },
  };

  it("follows the product's task lifecycle", () => {
    expect(TRANSITIONS).toEqual({
      request: { from: [], to: [PENDING] },
      claim: { from: [PENDING], to: [IN_PROGRESS] },
      reportProgress: { from: [IN_PROGRESS], to: [IN_PROGRESS] },
      complete: { from: [IN_PROGRESS], to: [COMPLETED] },
      fail: { from: [IN_PROGRESS], to: [FAILED] },
      handBack: { from: [IN_PROGRESS], to: [PENDING] },
      requeueLost: { from: [IN_PROGRESS], to: [PENDING, FAILED] },
      requeueOrphan: { from: [PENDING], to: [PENDING] },
      cancel: { from: [PENDING, IN_PROGRESS], to: [CANCELLED] },
      expire: { from: [COMPLETED], to: [EXPIRED] },
      retry: { from: [FAILED], to: [FAILED] },
    });
  });

  // Every transition from every status: it changes the task exactly when its guard allows that
  // status, lands in one of its target statuses, and notifies once; otherwise nothing happens.
  for (const transition of Object.keys(attempt) as (keyof typeof attempt)[]) {
    describe(transition, () => {
      for (const from of ALL_STATUSES) {
        const allowed = (TRANSITIONS[transition].from as readonly ExportTaskStatus[]).includes(from);
        it(`${allowed ? 'moves' : 'leaves'} a ${from} task${allowed ? ` to ${TRANSITIONS[transition].to.join(' or ')}` : ' unchanged'}`, async () => {
          const id = await taskIn(from);
          const before = await row(id);
          const audited = (await auditOf(id)).length;
          const listener = await listenTo(t.url, [Channel.taskUpdated]);
          try {
            const changed = await attempt[transition](id);
            await listener.settle();
            const after = await row(id);
            const notified = listener.received.filter((n) => n.payload === id).length;
            expect(changed).toBe(allowed);
            if (allowed) {
              expect(TRANSITIONS[transition].to).toContain(after.status);
              expect(notified).toBe(1);
            } else {
              const { heartbeat_at: _h1, finished_at: _f1, ...rest } = after as TaskRow & { heartbeat_at: unknown; finished_at: unknown };
              const { heartbeat_at: _h2, finished_at: _f2, ...restBefore } = before as TaskRow & { heartbeat_at: unknown; finished_at: unknown };
              expect(rest).toEqual(restBefore);
              expect(notified).toBe(0);
              expect((await auditOf(id)).length).toBe(audited);
            }
          } finally {
            await listener.close();
          }
        });
      }
    });
  }

  it('records each transition in the audit trail as the product names it', async () => {
    const completed = await taskIn(COMPLETED);
    expect((await auditOf(completed)).map((a) => [a.action, a.outcome, a.actor_name])).toEqual([
      ['EXPORT_REQUESTED', 'SUCCESS', requester.username],
      ['EXPORT_COMPLETED', 'SUCCESS', requester.username],
    ]);
    expect((await auditOf(completed))[1]!.detail).toBe(`sha256 ${OUTPUT.sha256}, ${OUTPUT.sizeBytes} bytes, on render-01`);

    const failed = await taskIn(FAILED);
    expect((await auditOf(failed)).at(-1)).toEqual({
      action: 'EXPORT_FAILED',
      outcome: 'FAILURE',
      actor_name: requester.username,
      detail: 'The source file is missing.',
    });
    expect((await row(failed)).error).toBe('The source file is missing.');

    const cancelled = await taskIn(CANCELLED);
    expect((await auditOf(cancelled)).map((a) => a.action)).toEqual(['EXPORT_REQUESTED', 'EXPORT_CANCELLED']);

    const expired = await taskIn(EXPIRED);
    const last = (await auditOf(expired)).at(-1)!;
    expect(last).toMatchObject({ action: 'EXPORT_EXPIRED', outcome: 'SUCCESS', actor_name: null });
    expect(last.detail).toMatch(/^Deleted after the 1-day retention \(completed .*; sha256 a{64}\)\.$/);

    // Claims, progress, hand-backs and requeues change no audit trail.
    const handedBack = await taskIn(IN_PROGRESS);
    await attempt.reportProgress(handedBack);
    await attempt.handBack(handedBack);
    expect((await auditOf(handedBack)).map((a) => a.action)).toEqual(['EXPORT_REQUESTED']);
  });

  it('lets only an authorized task service claim', async () => {
    const revoked = await createTaskService(t.em, { authorized: false });
    const id = await requestTask();
    expect(await inTransaction((tx) => lifecycle.claim(tx, id, revoked.id))).toBeNull();
    expect((await row(id)).status).toBe(PENDING);
    const claimed = await inTransaction((tx) => lifecycle.claim(tx, id, service.id));
    expect(claimed).toEqual({ taskId: id, taskServiceId: service.id, attempt: 1 });
    expect((await row(id)).task_service_id).toBe(service.id);
  });

  it('refuses updates from a claim that was lost: another claim of the same task service and task cannot be overtaken', async () => {
    const id = await requestTask();
    const first = (await inTransaction((tx) => lifecycle.claim(tx, id, service.id)))!;
    await attempt.requeueLost(id);
    const second = (await inTransaction((tx) => lifecycle.claim(tx, id, service.id)))!;
    expect(second.attempt).toBe(2);
    expect(await inTransaction((tx) => lifecycle.reportProgress(tx, first, 0.9))).toBe(false);
    expect(await inTransaction((tx) => lifecycle.complete(tx, first, OUTPUT))).toBeNull();
    expect(await inTransaction((tx) => lifecycle.fail(tx, first, 'late failure'))).toBe(false);
    expect(await inTransaction((tx) => lifecycle.handBack(tx, first))).toBe(false);
    expect(await lifecycle.heldClaims(t.em.fork(), [first, second])).toEqual(new Set([id]));
    expect(await lifecycle.heldClaims(t.em.fork(), [first])).toEqual(new Set());
    const done = await inTransaction((tx) => lifecycle.complete(tx, second, OUTPUT));
    expect(done?.status).toBe(COMPLETED);
  });

  it('does not count a handed-back attempt, and fails a task whose task service is lost on its last attempt', async () => {
    const id = await requestTask();
    const claimed = (await inTransaction((tx) => lifecycle.claim(tx, id, service.id)))!;
    expect(await inTransaction((tx) => lifecycle.handBack(tx, claimed))).toBe(true);
    expect((await row(id)).attempts).toBe(0);

    for (let i = 1; i <= LIMITS.maxAttempts; i++) {
      await inTransaction((tx) => lifecycle.claim(tx, id, service.id));
      await attempt.requeueLost(id);
    }
    const failed = await row(id);
    expect(failed.status).toBe(FAILED);
    expect(failed.error).toBe(
      `The task service on render-01 stopped responding on attempt ${LIMITS.maxAttempts} of ${LIMITS.maxAttempts}; the export was not retried again.`,
    );
    expect((await auditOf(id)).at(-1)).toMatchObject({
      action: 'EXPORT_FAILED',
      outcome: 'FAILURE',
      detail: `The task service on render-01 stopped responding on attempt 3 of 3.`,
    });
  });

  it('renews the heartbeat of held claims only, and says which are still held', async () => {
    const id = await requestTask();
    const claimed = (await inTransaction((tx) => lifecycle.claim(tx, id, service.id)))!;
    await t.sql("update export_tasks set heartbeat_at = now() - interval '1 hour' where id = $1", [id]);
    expect(await lifecycle.renewHeartbeats(t.em.fork(), [claimed])).toEqual(new Set([id]));
    const [{ age }] = await t.sql<{ age: number }>('select extract(epoch from now() - heartbeat_at) as age from export_tasks where id = $1', [id]);
    expect(Number(age)).toBeLessThan(5);
    await cancelAsRequester(id);
    expect(await lifecycle.renewHeartbeats(t.em.fork(), [claimed])).toEqual(new Set());
  });

  it("runs only inside the caller's transaction", async () => {
    const id = await requestTask();
    await expect(lifecycle.claim(t.em.fork(), id, service.id)).rejects.toThrow(/inside the caller's transaction/);
    expect((await row(id)).status).toBe(PENDING);
  });

  it('rolls back with the caller: a transition in a transaction that fails leaves no trace', async () => {
    const id = await requestTask();
    const listener = await listenTo(t.url, [Channel.taskUpdated]);
    try {
      await expect(
        inTransaction(async (tx) => {
          await lifecycle.claim(tx, id, service.id);
          throw new Error('the caller failed after the claim');
        }),
      ).rejects.toThrow('the caller failed');
      await listener.settle();
      expect((await row(id)).status).toBe(PENDING);
      expect(listener.received.filter((n) => n.payload === id)).toEqual([]);
    } finally {
      await listener.close();
    }
  });
});
