import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, errorCode, gql, gqlOk, signIn } from '../support/graphql-client.js';
import { longRecording, writeFixtures } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

const RECORDINGS = graphql(`query ExportFailures_Recordings { recordings { edges { node { id userName sourceLocation } } } }`);
const EXPORT = graphql(`mutation ExportFailures_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id status } } }`);
const TASK = graphql(`query ExportFailures_Task($id: ID!) { exportTask(id: $id) { id status progress error } }`);
const CANCEL = graphql(`mutation ExportFailures_Cancel($id: ID!) { cancelExportTask(id: $id) { id status } }`);
const RETRY = graphql(`mutation ExportFailures_Retry($id: ID!) { retryExportTask(id: $id) { id status retryOfTaskId request { id } } }`);
const RETRIED = graphql(
  `query ExportFailures_Retried($id: ID!) { exportTask(id: $id) { id status canRetry retriedAsTaskId outputSha256 request { id reason } } }`,
);

describe('exports that fail or are cancelled', () => {
  let system: System;
  let exporter: string;
  let player: string;
  const ids = new Map<string, { id: string; sourceLocation: string }>();

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 1 });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(dir, [longRecording('long')]);
    await writeFixtures(dir, [
      { name: 'to-corrupt.mp4', width: 640, height: 360, durationSeconds: 4, withAudio: true, metadata: { userName: 'corrupt' } },
      { name: 'to-delete.mp4', width: 320, height: 240, durationSeconds: 2, withAudio: false, metadata: { userName: 'missing' } },
    ]);
    await system.cli(['import', dir]);
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    exporter = await createUser(system.url, admin, 'exporter', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    player = await createUser(system.url, admin, 'player', ['PLAYER']);
    const list = await gqlOk(system.url, RECORDINGS, {}, exporter);
    for (const { node } of list.recordings.edges) ids.set(node.userName, node);
  });

  afterAll(() => system?.stop());

  const exportOne = async (userName: string) =>
    (await gqlOk(system.url, EXPORT, { input: { recordingIds: [ids.get(userName)!.id], reason: 'Checking how failures are reported' } }, exporter))
      .exportRecordings.tasks[0].id;
  const settled = (taskId: string) =>
    waitUntil(`task ${taskId} to settle`, async () => {
      const task = (await gqlOk(system.url, TASK, { id: taskId }, exporter)).exportTask;
      return ['COMPLETED', 'FAILED', 'CANCELLED'].includes(task.status) ? task : undefined;
    });
  const exportsFolder = () => fsp.readdir(path.join(system.dataDir, 'exports'));

  it('fails a corrupt source with a message a person can act on, and leaves no file', async () => {
    const source = path.join(system.dataDir, 'recordings', ids.get('corrupt')!.sourceLocation);
    const bytes = await fsp.readFile(source);
    // Damage the file after import, as a failing disk or a tampering hand would.
    bytes.fill(0x5a, 0, Math.floor(bytes.length * 0.9));
    await fsp.writeFile(source, bytes);
    const taskId = await exportOne('corrupt');
    const task = await settled(taskId);
    expect(task.status).toBe('FAILED');
    expect(task.error).toMatch(/corrupt|not a recording|cannot read/i);
    expect((await exportsFolder()).filter((f) => f.startsWith(taskId))).toEqual([]);
    const audit = await system.sql<{ action: string; detail: string }>('select action, detail from audit_events where task_id = $1 order by id', [taskId]);
    expect(audit.map((a) => a.action)).toEqual(['EXPORT_REQUESTED', 'EXPORT_FAILED']);
    expect(audit[1]!.detail).toBe(task.error);
  });

  let missingTaskId: string;
  let missingSource: Buffer;
  it('fails a missing source and says so', async () => {
    const source = path.join(system.dataDir, 'recordings', ids.get('missing')!.sourceLocation);
    missingSource = await fsp.readFile(source);
    await fsp.rm(source);
    missingTaskId = await exportOne('missing');
    const task = await settled(missingTaskId);
    expect(task.status).toBe('FAILED');
    expect(task.error).toMatch(/missing/i);
  });

  it('retries a failed export as a new task of the same request, once, for exporters only', async () => {
    // The source is back (restored from a backup, say): a retry can now succeed.
    await fsp.writeFile(path.join(system.dataDir, 'recordings', ids.get('missing')!.sourceLocation), missingSource);
    const failed = (await gqlOk(system.url, RETRIED, { id: missingTaskId }, exporter)).exportTask;
    expect(failed.canRetry).toBe(true);

    // A player may not export, so may not retry: refused, audited once, nothing queued.
    const tasksBefore = await system.sql<{ n: number }>('select count(*)::int as n from export_tasks');
    expect(errorCode(await gql(system.url, RETRY, { id: missingTaskId }, player))).toBe('FORBIDDEN');
    expect(await system.sql<{ n: number }>('select count(*)::int as n from export_tasks')).toEqual(tasksBefore);
    const refusals = await system.sql<{ outcome: string }>("select outcome from audit_events where action = 'EXPORT_RETRIED' and task_id = $1", [
      missingTaskId,
    ]);
    expect(refusals.map((r) => r.outcome)).toEqual(['DENIED']);

    const retry = (await gqlOk(system.url, RETRY, { id: missingTaskId }, exporter)).retryExportTask;
    expect(retry.id).not.toBe(missingTaskId);
    expect(retry.retryOfTaskId).toBe(missingTaskId);
    expect(retry.request.id).toBe(failed.request.id);
    const done = await settled(retry.id);
    expect(done.status).toBe('COMPLETED');
    const retried = (await gqlOk(system.url, RETRIED, { id: retry.id }, exporter)).exportTask;
    expect(retried.outputSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(retried.request.reason).toBe(failed.request.reason);

    // The failed task keeps its error, links to its retry, and cannot be retried again.
    const after = (await gqlOk(system.url, RETRIED, { id: missingTaskId }, exporter)).exportTask;
    expect(after).toMatchObject({ status: 'FAILED', canRetry: false, retriedAsTaskId: retry.id });
    expect(errorCode(await gql(system.url, RETRY, { id: missingTaskId }, exporter))).toBe('BAD_USER_INPUT');
    // A task that did not fail is no retry's business either.
    expect(errorCode(await gql(system.url, RETRY, { id: retry.id }, exporter))).toBe('BAD_USER_INPUT');

    const audit = await system.sql<{ action: string; outcome: string; task_id: string }>(
      "select action, outcome, task_id::text as task_id from audit_events where task_id in ($1, $2) and outcome = 'SUCCESS' order by id",
      [missingTaskId, retry.id],
    );
    expect(audit.map((a) => `${a.action} ${a.task_id === retry.id ? 'retry' : 'failed'}`)).toEqual([
      'EXPORT_REQUESTED failed',
      'EXPORT_RETRIED retry',
      'EXPORT_COMPLETED retry',
    ]);
  });

  it('cancels a running export: ffmpeg stops and the partial file is removed', async () => {
    const taskId = await exportOne('long');
    await waitUntil('the export to make progress', async () => {
      const task = (await gqlOk(system.url, TASK, { id: taskId }, exporter)).exportTask;
      return task.status === 'IN_PROGRESS' && task.progress > 0 ? task : undefined;
    });
    const cancelled = await gqlOk(system.url, CANCEL, { id: taskId }, exporter);
    expect(cancelled.cancelExportTask.status).toBe('CANCELLED');
    await waitUntil('the partial file to be removed', async () => ((await exportsFolder()).some((f) => f.startsWith(taskId)) ? undefined : true), 15_000);
    await waitUntil('the worker to log the stop', async () => (/stopping \(cancelled/.test(system.workers[0]!.output()) ? true : undefined), 15_000);
    // It stays cancelled: the worker does not overwrite the status.
    await new Promise((r) => setTimeout(r, 1000));
    expect((await gqlOk(system.url, TASK, { id: taskId }, exporter)).exportTask.status).toBe('CANCELLED');
    const again = await gql(system.url, CANCEL, { id: taskId }, exporter);
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    const actions = await system.sql<{ action: string }>('select action from audit_events where task_id = $1 order by id', [taskId]);
    expect(actions.map((a) => a.action)).toEqual(['EXPORT_REQUESTED', 'EXPORT_CANCELLED']);
  });

  it('cancels a pending export before any worker takes it', async () => {
    await system.workers[0]!.child.kill('SIGTERM');
    await system.workers[0]!.exited;
    const taskId = await exportOne('long');
    const cancelled = await gqlOk(system.url, CANCEL, { id: taskId }, exporter);
    expect(cancelled.cancelExportTask.status).toBe('CANCELLED');
    await system.startWorker();
    await new Promise((r) => setTimeout(r, 1500));
    expect((await gqlOk(system.url, TASK, { id: taskId }, exporter)).exportTask.status).toBe('CANCELLED');
  });
});
