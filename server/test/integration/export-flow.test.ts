import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { probeMedia } from '../../src/media/probe.js';
import { graphql } from '../gql/index.js';
import type { ExportFlow_TaskUpdatedSubscription } from '../gql/graphql.js';
import { createUser, gqlOk, signIn, subscribe, wsClient } from '../support/graphql-client.js';
import { mediaTools, writeFixtures } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';

const run = promisify(execFile);

const RECORDINGS = graphql(`query ExportFlow_Recordings { recordings(first: 10) { edges { node { id userName durationSeconds hasAudio } } } }`);
const TASK_UPDATED = graphql(`subscription ExportFlow_TaskUpdated { taskUpdated { id status progress } }`);
const EXPORT_TASKS = graphql(`mutation ExportFlow_ExportTasks($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { ...TaskFields } } }`);
const EXPORT_IDS = graphql(`mutation ExportFlow_ExportIds($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const TASK = graphql(`query ExportFlow_Task($id: ID!) { exportTask(id: $id) { ...TaskFields } }`);
const COMPLETED_TASKS = graphql(`
  query ExportFlow_CompletedTasks { exportTasks(filter: { status: COMPLETED }) { totalCount edges { node { id fileName outputSizeBytes outputSha256 } } } }
`);

describe('export flow: exportRecordings → worker → taskUpdated → download', () => {
  let system: System;
  let exporter: string;
  let sources: Map<string, { id: string; durationSeconds: number; hasAudio: boolean }>;

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 1 });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(dir, [
      {
        name: 'with-audio.webm',
        width: 1280,
        height: 720,
        durationSeconds: 6,
        withAudio: true,
        metadata: {
          userName: 'jdoe',
          serverName: 'fin-app-01',
          clientName: 'LAPTOP-1',
          clientIp: '10.0.0.5',
          applications: ['Excel'],
          protocol: 'RDP',
          startedAt: '2026-11-20T09:00:00Z',
        },
      },
      {
        name: 'silent.mkv',
        width: 642,
        height: 362,
        durationSeconds: 5,
        withAudio: false,
        metadata: {
          userName: 'asmith',
          serverName: 'db-prod-01',
          clientName: 'WS-2',
          clientIp: '10.0.0.6',
          applications: ['SSMS'],
          protocol: 'RDP',
          startedAt: '2026-11-21T10:00:00Z',
        },
      },
    ]);
    const imported = await system.cli(['import', dir]);
    expect(imported.output).toContain('2 imported, 0 already in the catalog, 0 skipped');
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    exporter = await createUser(system.url, admin, 'investigator1', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    const list = await gqlOk(system.url, RECORDINGS, {}, exporter);
    sources = new Map(list.recordings.edges.map((e) => [e.node.userName, e.node] as const));
  });

  afterAll(() => system?.stop());

  it('converts two recordings to MP4, reporting IN_PROGRESS then COMPLETED live, with audit rows', async () => {
    const ws = wsClient(system.url, { token: exporter });
    const events: ExportFlow_TaskUpdatedSubscription['taskUpdated'][] = [];
    const done = new Promise<void>((resolve, reject) => {
      subscribe(
        ws,
        TASK_UPDATED,
        {},
        {
          next: ({ data }) => {
            events.push(data!.taskUpdated);
            const completed = new Set(events.filter((e) => e.status === 'COMPLETED').map((e) => e.id));
            if (completed.size === 2) resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    // Let the subscription reach the server before exporting.
    await new Promise((r) => setTimeout(r, 300));

    const reason = 'Fraud investigation FI-2026-114: payments approved outside policy';
    const result = await gqlOk(
      system.url,
      EXPORT_TASKS,
      {
        input: { recordingIds: [sources.get('jdoe')!.id, sources.get('asmith')!.id], reason: `  ${reason}  ` },
      },
      exporter,
    );
    const tasks = result.exportRecordings.tasks;
    expect(tasks).toHaveLength(2);
    // The answer reads the tasks after they are queued: a task service may have claimed one already.
    for (const task of tasks) expect(['PENDING', 'IN_PROGRESS']).toContain(task.status);
    expect(tasks[0].reason).toBe(reason);
    expect(tasks[0].requestedBy.username).toBe('investigator1');

    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`not completed; events: ${JSON.stringify(events)}`)), 90_000))]);
    await ws.dispose();

    for (const task of tasks) {
      const mine = events.filter((e) => e.id === task.id).map((e) => e.status);
      expect(mine).toContain('IN_PROGRESS');
      expect(mine.at(-1)).toBe('COMPLETED');
      expect(mine.indexOf('IN_PROGRESS')).toBeLessThan(mine.indexOf('COMPLETED'));
    }

    const { ffprobePath } = await mediaTools();
    for (const task of tasks) {
      const done = (await gqlOk(system.url, TASK, { id: task.id }, exporter)).exportTask;
      expect(done.status).toBe('COMPLETED');
      expect(done.progress).toBe(1);
      expect(done.downloadUrl).toBe(`/exports/${task.id}/file`);
      const file = path.join(system.dataDir, 'exports', `${task.id}.mp4`);
      const info = await probeMedia(ffprobePath, file);
      expect(info.videoCodec).toBe('h264');
      expect(Math.abs(info.durationSeconds - done.recording.durationSeconds)).toBeLessThanOrEqual(0.2);
      expect(info.hasAudio).toBe(done.recording.hasAudio);
      expect(info.width! % 2).toBe(0);
      expect(info.height! % 2).toBe(0);
      const sha = createHash('sha256')
        .update(await fsp.readFile(file))
        .digest('hex');
      expect(done.outputSha256).toBe(sha);
      // yuv420p, so every player can show it
      const { stdout } = await run(ffprobePath, ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=pix_fmt', '-of', 'csv=p=0', file]);
      expect(stdout.trim()).toBe('yuv420p');
    }
    expect(sources.get('jdoe')!.hasAudio).toBe(true);
    expect(sources.get('asmith')!.hasAudio).toBe(false);

    const audit = await system.sql<{ action: string; task_id: string; actor_name: string; reason: string }>(
      'select action, task_id, actor_name, reason from audit_events where task_id is not null order by id',
    );
    for (const task of tasks) {
      const actions = audit.filter((a) => a.task_id === task.id).map((a) => a.action);
      expect(actions).toEqual(['EXPORT_REQUESTED', 'EXPORT_COMPLETED']);
    }
    // Every row tied to a task is about these exports, by their requester, with the reason.
    expect(audit.every((a) => a.actor_name === 'investigator1' && a.reason === reason)).toBe(true);
    // Sign-ins, user creation and the worker's authorization are audited too, without a task.
    const others = await system.sql<{ action: string }>('select distinct action from audit_events where task_id is null');
    expect(others.map((a) => a.action)).toContain('TASK_SERVICE_AUTHORIZED');
    // No temporary file is left beside the exports.
    expect((await fsp.readdir(path.join(system.dataDir, 'exports'))).sort()).toEqual(tasks.map((t) => `${t.id}.mp4`).sort());
  });

  it('serves the MP4 with a meaningful name and Range support, and audits the download', async () => {
    const page = await gqlOk(system.url, COMPLETED_TASKS, {}, exporter);
    const task = page.exportTasks.edges[0].node;
    const whole = await fetch(`${system.url}/exports/${task.id}/file`, { headers: { authorization: `Bearer ${exporter}` } });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(whole.headers.get('content-disposition')).toContain(task.fileName);
    const body = Buffer.from(await whole.arrayBuffer());
    expect(body.length).toBe(task.outputSizeBytes);
    expect(createHash('sha256').update(body).digest('hex')).toBe(task.outputSha256);

    const part = await fetch(`${system.url}/exports/${task.id}/file`, { headers: { authorization: `Bearer ${exporter}`, range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(body.subarray(100, 200));

    const downloads = await system.sql('select actor_name from audit_events where action = $1 and task_id = $2', ['EXPORT_DOWNLOADED', task.id]);
    // The whole-file request counts; the seek inside the file does not.
    expect(downloads).toEqual([{ actor_name: 'investigator1' }]);

    const anonymous = await fetch(`${system.url}/exports/${task.id}/file`);
    expect(anonymous.status).toBe(401);
  });

  it('returns the same tasks for the same idempotency key, and creates nothing new', async () => {
    const input = { recordingIds: [sources.get('asmith')!.id], reason: 'Regulator request REG-77, item 4', idempotencyKey: 'case-77-item-4' };
    const first = await gqlOk(system.url, EXPORT_IDS, { input }, exporter);
    const again = await gqlOk(system.url, EXPORT_IDS, { input }, exporter);
    expect(again.exportRecordings.tasks).toEqual(first.exportRecordings.tasks);
    const [{ count }] = await system.sql<{ count: string }>('select count(*) from export_requests where idempotency_key = $1', ['case-77-item-4']);
    expect(Number(count)).toBe(1);
  });
});
