import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/access/role.js';
import type { User } from '../../src/auth/user.entity.js';
import * as lifecycle from '../../src/exports/export-task-lifecycle.js';
import { ExportTaskStatus } from '../../src/exports/export-task-status.js';
import { reapLostTasks, type ReaperOptions } from '../../src/exports/reaper.js';
import { JobQueue } from '../../src/queue/job-queue.js';
import { JobNames } from '../../src/queue/jobs.js';
import type { Recording } from '../../src/recordings/recording.entity.js';
import type { TaskService } from '../../src/taskservices/task-service.entity.js';
import { createRecording, createTaskService, createUser } from '../support/builders.js';
import { requestTasks } from '../support/export-tasks.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const { PENDING, IN_PROGRESS, FAILED } = ExportTaskStatus;
const HEARTBEAT_TIMEOUT_SECONDS = 30;

interface TaskRow {
  status: ExportTaskStatus;
  attempts: number;
  error: string | null;
  heartbeat_at: Date | null;
  updated_at: Date;
  finished_at: Date | null;
}

describe('the reaper, with a real queue', () => {
  let t: TestDatabase;
  let queue: JobQueue;
  let requester: User;
  let recording: Recording;
  let service: TaskService;
  const logged: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    queue = new JobQueue(t.url, 600);
    await queue.start();
    requester = await createUser(t.em, 'investigator', [Role.LOGGING_READER, Role.PRIVILEGED_PLAYER]);
    recording = await createRecording(t.em);
    service = await createTaskService(t.em, { authorized: true, hostName: 'render-07' });
  });
  afterAll(async () => {
    await queue?.stop();
    await t?.close();
  });

  const reap = (limits: { maxAttempts: number } = { maxAttempts: 3 }) =>
    reapLostTasks({
      em: t.em,
      queue,
      heartbeatTimeoutSeconds: HEARTBEAT_TIMEOUT_SECONDS,
      maxAttempts: limits.maxAttempts,
      log: (line) => logged.push(line),
    } satisfies ReaperOptions);
  const inTransaction = <T>(work: (tx: EntityManager) => Promise<T>) => t.em.fork().transactional(work);
  const row = async (id: string) =>
    (await t.sql<TaskRow>('select status, attempts, error, heartbeat_at, updated_at, finished_at from export_tasks where id = $1', [id]))[0]!;
  const carried = (ids: string[]) => queue.liveJobsFor(JobNames.exportRecording, 'taskId', ids);

  /** A PENDING task, as a request makes it; no job is queued for it (the service would do that after the commit). */
  const pendingTask = async () => (await requestTasks(t.em, requester, [recording]))[0]!;

  async function runningTask(): Promise<string> {
    const id = await pendingTask();
    expect(await inTransaction((tx) => lifecycle.claim(tx, id, service.id))).not.toBeNull();
    return id;
  }

  /** Its task service went silent: the last heartbeat is well past the timeout. */
  const silence = (id: string) => t.sql("update export_tasks set heartbeat_at = now() - interval '1 hour' where id = $1", [id]);

  it('puts a task whose task service went silent back in the queue', async () => {
    const id = await runningTask();
    await silence(id);
    expect(await carried([id])).toEqual(new Set());

    const reaped = await reap();
    expect(reaped.requeued).toEqual([id]);
    expect(reaped.failed).toEqual([]);
    const after = await row(id);
    expect(after).toMatchObject({ status: PENDING, attempts: 1, error: null, heartbeat_at: null, finished_at: null });
    expect(await carried([id])).toEqual(new Set([id]));
    expect(logged).toContain(`export task ${id}: its task service stopped responding; queued again`);

    // The requeued task can be claimed again, as its next attempt.
    expect(await inTransaction((tx) => lifecycle.claim(tx, id, service.id))).toEqual({ taskId: id, taskServiceId: service.id, attempt: 2 });
  });

  it('fails a task lost on its last attempt, with the reason and an EXPORT_FAILED audit row, and queues nothing', async () => {
    const id = await runningTask();
    await silence(id);

    const reaped = await reap({ maxAttempts: 1 });
    expect(reaped.failed).toEqual([id]);
    expect(reaped.requeued).toEqual([]);
    const after = await row(id);
    expect(after.status).toBe(FAILED);
    expect(after.error).toBe('The task service on render-07 stopped responding on attempt 1 of 1; the export was not retried again.');
    expect(after.finished_at).not.toBeNull();
    expect(await carried([id])).toEqual(new Set());
    expect(await t.sql('select action, outcome, actor_name, recording_id, reason, detail from audit_events where task_id = $1 order by id', [id])).toEqual([
      expect.objectContaining({ action: 'EXPORT_REQUESTED' }),
      {
        action: 'EXPORT_FAILED',
        outcome: 'FAILURE',
        actor_name: requester.username,
        recording_id: recording.id,
        reason: 'Case 2026-114: unauthorized payment approvals',
        detail: 'The task service on render-07 stopped responding on attempt 1 of 1.',
      },
    ]);
  });

  it('queues again a PENDING task older than a minute that no live job carries', async () => {
    const id = await pendingTask();
    await t.sql("update export_tasks set updated_at = now() - interval '61 seconds' where id = $1", [id]);
    const before = await row(id);

    const reaped = await reap();
    expect(reaped.orphans).toContain(id);
    expect(await carried([id])).toEqual(new Set([id]));
    const after = await row(id);
    expect(after.status).toBe(PENDING);
    // Marked as queued now, so the next round does not queue it again.
    expect(after.updated_at.getTime()).toBeGreaterThan(before.updated_at.getTime());
    expect((await reap()).orphans).not.toContain(id);
  });

  it('leaves alone an old PENDING task that a live job still carries', async () => {
    const id = await pendingTask();
    await queue.send(JobNames.exportRecording, [{ taskId: id }]);
    await t.sql("update export_tasks set updated_at = now() - interval '10 minutes' where id = $1", [id]);
    const before = await row(id);

    const reaped = await reap();
    expect(reaped.orphans).not.toContain(id);
    expect(await row(id)).toEqual(before);
  });

  it('leaves alone a PENDING task younger than a minute, even without a job', async () => {
    const id = await pendingTask();
    const before = await row(id);
    const reaped = await reap();
    expect(reaped.orphans).not.toContain(id);
    expect(await row(id)).toEqual(before);
    expect(await carried([id])).toEqual(new Set());
  });

  it('does not touch a running task whose heartbeat is fresh', async () => {
    const id = await runningTask();
    const before = await row(id);

    const reaped = await reap({ maxAttempts: 1 });
    expect([...reaped.requeued, ...reaped.failed, ...reaped.orphans]).not.toContain(id);
    expect(await row(id)).toEqual(before);
    expect(before.status).toBe(IN_PROGRESS);
    expect(await carried([id])).toEqual(new Set());
  });
});
