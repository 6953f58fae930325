import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, gqlOk, signIn } from '../support/graphql-client.js';
import { longRecording, writeFixtures } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

const RECORDING_IDS = graphql(`query WorkerCrash_RecordingIds { recordings { edges { node { id } } } }`);
const EXPORT = graphql(`mutation WorkerCrash_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const TASK = graphql(`query WorkerCrash_Task($id: ID!) { exportTask(id: $id) { id status progress attempts error taskServiceHost } }`);

describe('a worker that dies mid-export', () => {
  let system: System;
  let exporter: string;
  let recordingId: string;

  beforeAll(async () => {
    // A short heartbeat timeout keeps the test quick; the default is 30 s.
    system = await startSystem(inject('pgServerUrl'), {
      workers: 1,
      env: { CUSTODIAN_HEARTBEAT_TIMEOUT_SECONDS: '6', CUSTODIAN_WORKER_CONCURRENCY: '1', CUSTODIAN_SHUTDOWN_GRACE_SECONDS: '0' },
    });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(dir, [longRecording('long')]);
    await system.cli(['import', dir]);
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    exporter = await createUser(system.url, admin, 'exporter', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    recordingId = (await gqlOk(system.url, RECORDING_IDS, {}, exporter)).recordings.edges[0].node.id;
  });

  afterAll(() => system?.stop());

  it('goes back to PENDING and completes on a second worker after SIGKILL', async () => {
    const taskId = (
      await gqlOk(
        system.url,
        EXPORT,
        {
          input: { recordingIds: [recordingId], reason: 'Worker loss drill for the runbook' },
        },
        exporter,
      )
    ).exportRecordings.tasks[0].id;
    await waitUntil('the first worker to be converting', async () => {
      const task = (await gqlOk(system.url, TASK, { id: taskId }, exporter)).exportTask;
      return task.status === 'IN_PROGRESS' && task.progress > 0 ? task : undefined;
    });
    const first = system.workers[0]!;
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await system.startWorker();
    const done = await waitUntil(
      'the task to complete on the second worker',
      async () => {
        const task = (await gqlOk(system.url, TASK, { id: taskId }, exporter)).exportTask;
        return task.status === 'COMPLETED' || task.status === 'FAILED' ? task : undefined;
      },
      120_000,
      500,
    );
    expect(done.status).toBe('COMPLETED');
    expect(done.attempts).toBe(2);
    await second.waitFor(`export task ${taskId}: completed`, 10_000);
    const states = await system.sql<{ action: string }>('select action from audit_events where task_id = $1 order by id', [taskId]);
    expect(states.map((s) => s.action)).toEqual(['EXPORT_REQUESTED', 'EXPORT_COMPLETED']);
  });

  it('hands a running task back on SIGTERM, and another worker finishes it', async () => {
    const taskId = (
      await gqlOk(
        system.url,
        EXPORT,
        {
          input: { recordingIds: [recordingId], reason: 'Graceful shutdown drill for the runbook' },
        },
        exporter,
      )
    ).exportRecordings.tasks[0].id;
    const running = system.workers.at(-1)!;
    await waitUntil('the worker to be converting', async () => {
      const task = (await gqlOk(system.url, TASK, { id: taskId }, exporter)).exportTask;
      return task.status === 'IN_PROGRESS' && task.progress > 0 ? task : undefined;
    });
    const next = await system.startWorker();
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    const done = await waitUntil(
      'the task to complete on the other worker',
      async () => {
        const task = (await gqlOk(system.url, TASK, { id: taskId }, exporter)).exportTask;
        return task.status === 'COMPLETED' ? task : undefined;
      },
      120_000,
      500,
    );
    // The handed-back attempt does not count against the task.
    expect(done.attempts).toBe(1);
    await next.waitFor(`export task ${taskId}: completed`, 10_000);
  });
});
