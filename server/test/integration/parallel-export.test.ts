import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { probeMedia } from '../../src/media/probe.js';
import { graphql } from '../gql/index.js';
import { createUser, gqlOk, signIn } from '../support/graphql-client.js';
import { mediaTools, writeFixtures } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

const RECORDINGS = graphql(`query ParallelExport_Recordings { recordings(first: 10) { edges { node { id userName durationSeconds } } } }`);
const EXPORT = graphql(`mutation ParallelExport_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const TASK = graphql(`
  query ParallelExport_Task($id: ID!) {
    exportTask(id: $id) { id status progress attempts error outputSha256 outputDurationSeconds manifest { content document { conversion { segments { index startSeconds endSeconds taskServiceId sha256 } } } } }
  }
`);

const run = promisify(execFile);
const CANCEL = graphql(`mutation ParallelExport_Cancel($id: ID!) { cancelExportTask(id: $id) { id status } }`);

const SEGMENT_SECONDS = 10;

/** A process and all its descendants (a worker and the ffmpeg it runs). */
async function processTree(pid: number): Promise<number[]> {
  const { stdout } = await run('ps', ['-e', '-o', 'pid=,ppid=']);
  const parents = stdout
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child);
  return tree;
}

function signalAll(pids: readonly number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

interface SegmentRow {
  index: number;
  status: string;
  attempts: number;
  task_service_id: string | null;
  name: string | null;
}

/**
 * Long recordings exported in segments by several task services at once: here "long" is 15 s
 * (segments of 10 s), and each ffmpeg runs on one thread, as on separate small machines.
 */
describe('a long recording exported in parallel by several task services', () => {
  let system: System;
  let token: string;
  const ids = new Map<string, { id: string; durationSeconds: number }>();

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), {
      workers: 2,
      env: {
        CUSTODIAN_EXPORT_SEGMENT_SECONDS: String(SEGMENT_SECONDS),
        CUSTODIAN_FFMPEG_THREADS: '1',
        CUSTODIAN_WORKER_CONCURRENCY: '1',
        CUSTODIAN_HEARTBEAT_TIMEOUT_SECONDS: '6',
      },
    });
    const dir = path.join(system.dataDir, 'incoming');
    // 10 frames a second and a keyframe every 5 s: room for segments of 10 s.
    await writeFixtures(dir, [
      { name: 'long.mkv', width: 1280, height: 720, durationSeconds: 62, withAudio: true, metadata: { userName: 'long', startedAt: '2026-11-20T09:00:00Z' } },
      {
        name: 'second.mkv',
        width: 1280,
        height: 720,
        durationSeconds: 62,
        withAudio: false,
        metadata: { userName: 'second', startedAt: '2026-11-20T10:00:00Z' },
      },
      { name: 'short.mkv', width: 640, height: 360, durationSeconds: 8, withAudio: false, metadata: { userName: 'short', startedAt: '2026-11-20T11:00:00Z' } },
    ]);
    expect((await system.cli(['import', dir])).code).toBe(0);
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    token = await createUser(system.url, admin, 'investigator', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    for (const edge of (await gqlOk(system.url, RECORDINGS, {}, token)).recordings.edges) ids.set(edge.node.userName, edge.node);
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  const exportOne = async (userName: string, reason: string) =>
    (await gqlOk(system.url, EXPORT, { input: { recordingIds: [ids.get(userName)!.id], reason } }, token)).exportRecordings.tasks[0]!.id;
  const readTask = async (id: string) => (await gqlOk(system.url, TASK, { id }, token)).exportTask!;
  const finishedTask = (id: string, timeoutMs: number) =>
    waitUntil(
      'the export to finish',
      async () => {
        const task = await readTask(id);
        return ['COMPLETED', 'FAILED'].includes(task.status) ? task : undefined;
      },
      timeoutMs,
      250,
    );
  const segmentRows = (taskId: string) =>
    system.sql<SegmentRow>(
      `select s.index, s.status, s.attempts, s.task_service_id, ts.name from export_segments s left join task_services ts on ts.id = s.task_service_id
        where s.task_id = $1 order by s.index`,
      [taskId],
    );

  it('splits it at keyframes, encodes the segments on both task services, and joins them into one MP4 of the same length', async () => {
    const taskId = await exportOne('long', 'Case 51: the long session, exported in parallel');
    const progress: number[] = [];
    const done = await waitUntil(
      'the export to finish',
      async () => {
        const task = await readTask(taskId);
        progress.push(task.progress);
        return ['COMPLETED', 'FAILED'].includes(task.status) ? task : undefined;
      },
      120_000,
      250,
    );
    expect(done.status, done.error ?? '').toBe('COMPLETED');
    expect(done.attempts).toBe(1);

    // Progress combined over the segments: it rose through the encoding, never backwards.
    const during = progress.filter((p) => p > 0 && p < 1);
    expect(during.length).toBeGreaterThan(2);
    for (let i = 1; i < during.length; i++) expect(during[i]!).toBeGreaterThanOrEqual(during[i - 1]! - 1e-9);

    const rows = await segmentRows(taskId);
    expect(rows.length).toBe(6);
    expect(rows.every((r) => r.status === 'COMPLETED')).toBe(true);
    expect(new Set(rows.map((r) => r.name))).toEqual(new Set(['test-worker-1', 'test-worker-2']));

    // One MP4, as long as the recording, hashed as signed; the segment files are gone.
    const file = path.join(system.dataDir, 'exports', `${taskId}.mp4`);
    const { ffprobePath } = await mediaTools();
    const info = await probeMedia(ffprobePath, file);
    expect(Math.abs(info.durationSeconds - ids.get('long')!.durationSeconds)).toBeLessThan(0.2);
    expect(info.hasAudio).toBe(true);
    expect(
      createHash('sha256')
        .update(await fsp.readFile(file))
        .digest('hex'),
    ).toBe(done.outputSha256);
    expect(await fsp.readdir(path.join(system.dataDir, 'exports', 'segments', taskId)).catch(() => [])).toEqual([]);

    // The signed manifest lists the segments in order, each with its task service and hash.
    const manifest = JSON.parse(done.manifest!.content);
    expect(manifest.conversion.arguments).toEqual(expect.arrayContaining(['concat', 'copy']));
    const listed = manifest.conversion.segments as { index: number; startSeconds: number; endSeconds: number; sha256: string; taskServiceId: string }[];
    expect(listed.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(listed[0]!.startSeconds).toBe(0);
    expect(listed.at(-1)!.endSeconds).toBeCloseTo(ids.get('long')!.durationSeconds, 3);
    for (let i = 1; i < listed.length; i++) expect(listed[i]!.startSeconds).toBe(listed[i - 1]!.endSeconds);
    for (const s of listed) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(done.manifest!.document!.conversion.segments).toEqual(
      listed.map(({ index, startSeconds, endSeconds, taskServiceId, sha256 }) => ({ index, startSeconds, endSeconds, taskServiceId, sha256 })),
    );
  }, 180_000);

  it('exports a short recording whole', async () => {
    const taskId = await exportOne('short', 'Case 51: a short session, exported whole');
    const done = await finishedTask(taskId, 60_000);
    expect(done.status, done.error ?? '').toBe('COMPLETED');
    expect(await segmentRows(taskId)).toEqual([]);
    expect(JSON.parse(done.manifest!.content).conversion.segments).toBeUndefined();
  }, 90_000);

  it('stops every segment on every task service when the export is cancelled, and leaves no file', async () => {
    const taskId = await exportOne('long', 'Case 51: cancelled while segments are encoded');
    await waitUntil(
      'segments running on both task services',
      async () => {
        const [row] = await system.sql<{ services: number }>(
          `select count(distinct task_service_id)::int as services from export_segments where task_id = $1 and status = 'IN_PROGRESS'`,
          [taskId],
        );
        return row!.services === 2 ? true : undefined;
      },
      60_000,
      100,
    );
    expect((await gqlOk(system.url, CANCEL, { id: taskId }, token)).cancelExportTask.status).toBe('CANCELLED');
    const exportsDir = path.join(system.dataDir, 'exports');
    await waitUntil(
      'both task services to stop and remove the segment files',
      async () => {
        const left = await fsp.readdir(path.join(exportsDir, 'segments', taskId)).catch(() => []);
        // No ffmpeg writes into the task's segment folder any more.
        const { stdout } = await run('ps', ['-eo', 'args']);
        const encoding = stdout.split('\n').some((line) => line.includes(`segments/${taskId}/`));
        return left.length === 0 && !encoding ? true : undefined;
      },
      20_000,
      200,
    );
    expect((await fsp.readdir(exportsDir)).filter((f) => f.startsWith(taskId))).toEqual([]);
    // Both task services are free again: the next export is taken and finished.
    const next = await exportOne('short', 'Case 51: the export after the cancelled one');
    const done = await finishedTask(next, 60_000);
    expect(done.status, done.error ?? '').toBe('COMPLETED');
  }, 120_000);

  it('encodes again only the segment of a task service that died, and completes the export', async () => {
    const taskId = await exportOne('second', 'Case 52: a task service lost in the middle of a segment');
    // A segment running on the task service that did not claim the task: that task service dies
    // in the middle of it. Segments take a second or two here, so the task service is first
    // frozen with its ffmpeg (SIGSTOP) and the segment checked to be still running on it; one that
    // finished in between is let go, and the next is caught.
    const running = `select ts.name, s.index from export_segments s join export_tasks t on t.id = s.task_id join task_services ts on ts.id = s.task_service_id
      where s.task_id = $1 and s.status = 'IN_PROGRESS' and s.task_service_id <> t.task_service_id`;
    let victim: { name: string; index: number } | undefined;
    let lost: (typeof system.workers)[number] | undefined;
    const deadline = Date.now() + 60_000;
    while (!victim && Date.now() < deadline) {
      const [row] = await system.sql<{ name: string; index: number }>(running, [taskId]);
      if (!row) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      const worker = system.workers.find((w) => w.output().includes(`task service ${row.name} (`))!;
      const group = await processTree(worker.child.pid!);
      signalAll(group, 'SIGSTOP');
      const [still] = await system.sql<{ index: number }>(`${running} and s.index = $2`, [taskId, row.index]);
      if (still) {
        signalAll(group, 'SIGKILL');
        victim = row;
        lost = worker;
      } else signalAll(group, 'SIGCONT');
    }
    expect(victim, 'a segment caught running on the other task service').toBeDefined();
    await lost!.exited;

    const done = await finishedTask(taskId, 120_000);
    expect(done.status, done.error ?? '').toBe('COMPLETED');
    // The task itself was never taken back: only the lost segment was encoded again.
    expect(done.attempts).toBe(1);
    const rows = await segmentRows(taskId);
    expect(rows.find((r) => r.index === victim!.index)!.attempts).toBe(2);
    expect(rows.filter((r) => r.index !== victim!.index).every((r) => r.attempts === 1)).toBe(true);
    const { ffprobePath } = await mediaTools();
    const info = await probeMedia(ffprobePath, path.join(system.dataDir, 'exports', `${taskId}.mp4`));
    expect(Math.abs(info.durationSeconds - ids.get('second')!.durationSeconds)).toBeLessThan(0.2);
  }, 180_000);
});
