import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeInstruction } from '../../src/guacamole/encode-instruction.js';
import { writeTerminalSession } from '../../src/terminal/synthetic/index.js';
import { graphql } from '../gql/index.js';
import { writeFixtures } from '../support/fixtures.js';
import { createUser, gqlOk, signIn } from '../support/graphql-client.js';
import { freePort } from '../support/ports.js';
import { type S3Server, startS3Server } from '../support/s3-server.js';
import { ADMIN, type RunningProcess, run as runProcess, startSystem, type System } from '../support/system.js';
import { filesBelow, upload, uploadFile } from '../support/upload.js';
import { waitUntil } from '../support/wait.js';

const run = promisify(execFile);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const RECORDINGS = graphql(`query ObjectStorage_Recordings { recordings(first: 20) { edges { node { id userName sourceSha256 format } } } }`);
const EXPORT = graphql(`mutation ObjectStorage_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const TASK = graphql(`query ObjectStorage_Task($id: ID!) { exportTask(id: $id) { id status progress error outputSha256 outputSizeBytes fileName } }`);
const MANIFEST = graphql(`query ObjectStorage_Manifest($id: ID!) { exportTask(id: $id) { manifest { content } } }`);

const PREFIX = 'site-a';
const REASON = 'Case OS-1: payments approved outside policy';

/*
 * The API and the task service share no folder: the API's data folder is its own, the worker
 * gets another, and recordings and exports live in a bucket on a real S3 API server (s3rver)
 * started here. The task service holds no signing key either: the API signs the manifests of
 * its exports (signing requests).
 */
describe('object storage: recordings and exports in an S3 bucket, no shared folder', () => {
  let s3: S3Server;
  let system: System;
  let worker: RunningProcess;
  let workerDir: string;
  let investigator: string;
  let player: string;
  let fixtures: string;
  const recordingIds = new Map<string, string>();
  const tasks = new Map<string, { id: string; outputSha256: string; outputSizeBytes: number; fileName: string }>();
  const bearer = (token: string, extra: Record<string, string> = {}) => ({ headers: { authorization: `Bearer ${token}`, ...extra } });

  const exportOf = async (recording: string): Promise<string> => {
    const result = await gqlOk(system.url, EXPORT, { input: { recordingIds: [recordingIds.get(recording)!], reason: REASON } }, investigator);
    return result.exportRecordings.tasks[0]!.id;
  };
  const finished = (id: string, timeoutMs = 90_000) =>
    waitUntil(
      `export task ${id} to finish`,
      async () => {
        const { exportTask } = await gqlOk(system.url, TASK, { id }, investigator);
        return exportTask && ['COMPLETED', 'FAILED'].includes(exportTask.status) ? exportTask : undefined;
      },
      timeoutMs,
    );

  beforeAll(async () => {
    s3 = await startS3Server();
    system = await startSystem(inject('pgServerUrl'), {
      workers: 0,
      env: { ...s3.env(PREFIX), EXPORT_RETENTION_DAYS: '1', CUSTODIAN_RETENTION_INTERVAL_SECONDS: '1' },
    });
    workerDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-remote-worker-'));
    worker = await system.startWorker({
      WORKER_NAME: 'remote-worker',
      CUSTODIAN_DATA_DIR: workerDir,
    });

    fixtures = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-s3-fixtures-'));
    const [imported, uploaded, long, segmented] = await writeFixtures(fixtures, [
      { name: 'imported.webm', width: 640, height: 360, durationSeconds: 4, withAudio: true, metadata: { userName: 'imported' } },
      { name: 'uploaded.mkv', width: 642, height: 362, durationSeconds: 4, withAudio: false, metadata: { userName: 'uploaded' } },
      // Long enough that its conversion is still running when the bucket is stopped under it.
      { name: 'long.mkv', width: 1280, height: 720, durationSeconds: 60, withAudio: false, metadata: { userName: 'long' } },
      // A keyframe every 5 s: room for segments of 5 s.
      { name: 'segmented.mkv', width: 320, height: 240, durationSeconds: 12, withAudio: false, metadata: { userName: 'segmented' } },
    ]);
    const cast = path.join(fixtures, 'shell.cast');
    await writeTerminalSession(cast, { seed: 7, durationSeconds: 4, version: 2, gzip: false, user: 'ops', host: 'db-1' });

    const cli = await system.cli(['import', imported!]);
    expect(cli.output).toContain('1 imported');
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    const agent = admin;
    for (const [file, userName] of [
      [uploaded!, 'uploaded'],
      [long!, 'long'],
      [segmented!, 'segmented'],
      [cast, 'terminal'],
    ] as const) {
      const result = await uploadFile(system.url, file, { token: agent, metadata: { userName } });
      expect(result.status, JSON.stringify(result.body)).toBe(201);
    }
    investigator = await createUser(system.url, admin, 'investigator1', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    player = await createUser(system.url, admin, 'player1', ['PLAYER']);
    const list = await gqlOk(system.url, RECORDINGS, {}, investigator);
    for (const edge of list.recordings.edges) recordingIds.set(edge.node.userName, edge.node.id);
  });

  afterAll(async () => {
    await system?.stop();
    await s3?.remove();
    await fsp.rm(workerDir, { recursive: true, force: true });
    await fsp.rm(fixtures, { recursive: true, force: true });
  });

  it('stores imported and uploaded recordings in the bucket, content-addressed, and none in the data folder', async () => {
    const rows = await system.sql<{ source_location: string; source_sha256: string }>('select source_location, source_sha256 from recordings');
    expect(rows).toHaveLength(5);
    const keys = await s3.keys();
    for (const row of rows) {
      const key = `${PREFIX}/recordings/${row.source_location}`;
      expect(keys).toContain(key);
      expect(sha256(await s3.bytes(key))).toBe(row.source_sha256);
    }
    expect(await filesBelow(path.join(system.dataDir, 'recordings'))).toEqual([]);
    expect(await filesBelow(path.join(system.dataDir, 'exports'))).toEqual([]);
  });

  it('exports video and terminal recordings by a worker with a folder of its own, each MP4 hashed and only then under its final key', async () => {
    for (const name of ['imported', 'uploaded', 'terminal']) {
      const id = await exportOf(name);
      const done = await finished(id);
      expect(done.status, done.error ?? '').toBe('COMPLETED');
      const bytes = await s3.bytes(`${PREFIX}/exports/${id}.mp4`);
      expect(bytes.length).toBe(done.outputSizeBytes);
      expect(sha256(bytes)).toBe(done.outputSha256);
      tasks.set(name, { id, outputSha256: done.outputSha256!, outputSizeBytes: done.outputSizeBytes!, fileName: done.fileName });
    }
    expect((await s3.keys()).filter((key) => key.includes('.partial'))).toEqual([]);
    // Its log says each completed, and not that it stopped one as if it had been taken from it.
    for (const { id } of tasks.values()) {
      expect(worker.output()).toContain(`export task ${id}: completed`);
      expect(worker.output()).not.toContain(`export task ${id}: stopping`);
    }
    // The worker's own folder holds its identity, no recording, export or signing key.
    expect((await filesBelow(workerDir)).filter((file) => !file.startsWith('task-services/'))).toEqual([]);
    // The API signed each manifest, with the key it publishes.
    const { keys } = (await (await fetch(`${system.url}/.well-known/custodian-signing-keys.json`)).json()) as { keys: { keyId: string }[] };
    const signers = await system.sql<{ key_id: string }>('select distinct key_id from export_manifests');
    expect(signers.map((row) => row.key_id)).toEqual(keys.map((key) => key.keyId));
    expect(await system.sql('select id from signing_requests')).toEqual([]);
    expect(await filesBelow(path.join(system.dataDir, 'exports'))).toEqual([]);
  });

  it('streams a download from the bucket with Range, audited once, and never hands out a bucket address', async () => {
    const task = tasks.get('uploaded')!;
    const url = `${system.url}/exports/${task.id}/file`;
    const whole = await fetch(url, bearer(investigator));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-disposition')).toContain(task.fileName);
    expect(whole.headers.get('x-content-sha256')).toBe(task.outputSha256);
    expect(whole.headers.get('location')).toBeNull();
    const body = Buffer.from(await whole.arrayBuffer());
    expect(sha256(body)).toBe(task.outputSha256);

    const part = await fetch(url, bearer(investigator, { range: 'bytes=100-199' }));
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${body.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(body.subarray(100, 200));
    const tail = await fetch(url, bearer(investigator, { range: 'bytes=-50' }));
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(body.subarray(body.length - 50));
    const beyond = await fetch(url, bearer(investigator, { range: `bytes=${body.length + 10}-` }));
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${body.length}`);

    const downloads = await system.sql('select actor_name from audit_events where action = $1 and task_id = $2', ['EXPORT_DOWNLOADED', task.id]);
    expect(downloads).toEqual([{ actor_name: 'investigator1' }]);
    // Someone who may not see the export learns nothing of it, wherever it is stored.
    const refused = await fetch(url, bearer(player));
    expect(refused.status).toBe(404);
  });

  it('hands a download that starts a bucket address signed for CUSTODIAN_S3_DOWNLOAD_URL_SECONDS, audited with its expiry, when that is set', async () => {
    // A second API process on the same database and bucket, with the setting.
    const port = await freePort();
    const signing = runProcess('api.js', { ...system.env, PORT: String(port), CUSTODIAN_S3_DOWNLOAD_URL_SECONDS: '3' });
    try {
      await signing.waitFor(/API listening on port \d+/);
      const task = tasks.get('uploaded')!;
      const url = `http://127.0.0.1:${port}/exports/${task.id}/file`;
      const [{ last }] = (await system.sql<{ last: string }>('select coalesce(max(id), 0) as last from audit_events')) as [{ last: string }];
      const auditedSince = () =>
        system.sql('select outcome, actor_name from audit_events where action = $1 and task_id = $2 and id > $3 order by id', [
          'EXPORT_DOWNLOADED',
          task.id,
          last,
        ]);

      const redirect = await fetch(url, { ...bearer(investigator), redirect: 'manual' });
      expect(redirect.status).toBe(302);
      expect(redirect.headers.get('cache-control')).toBe('no-store');
      expect(redirect.headers.get('x-content-sha256')).toBe(task.outputSha256);
      const address = new URL(redirect.headers.get('location')!);
      expect(`${address.origin}${address.pathname}`).toBe(`${s3.endpoint}/${s3.bucket}/${PREFIX}/exports/${task.id}.mp4`);
      expect(address.searchParams.get('X-Amz-Expires')).toBe('3');
      const [audited] = await system.sql<{ actor_name: string; detail: string }>(
        'select actor_name, detail from audit_events where action = $1 and task_id = $2 order by id desc limit 1',
        ['EXPORT_DOWNLOADED', task.id],
      );
      expect(audited!.actor_name).toBe('investigator1');
      const validUntil = new Date(audited!.detail.replace('bucket address valid until ', ''));
      expect(Math.abs(validUntil.getTime() - (Date.now() + 3000))).toBeLessThan(1500);

      // The browser reads it from the bucket, without the API or its credentials, whole or in ranges.
      const fromBucket = await fetch(address);
      expect(fromBucket.status).toBe(200);
      expect(fromBucket.headers.get('content-type')).toBe('video/mp4');
      expect(fromBucket.headers.get('content-disposition')).toBe(`attachment; filename="${task.fileName}"`);
      expect(fromBucket.headers.get('cache-control')).toBe('private, no-store');
      const body = Buffer.from(await fromBucket.arrayBuffer());
      expect(sha256(body)).toBe(task.outputSha256);
      const part = await fetch(address, { headers: { range: 'bytes=100-199' } });
      expect(part.status).toBe(206);
      expect(Buffer.from(await part.arrayBuffer())).toEqual(body.subarray(100, 200));
      // It names one object: signed for another key, it opens nothing.
      const other = new URL(address);
      other.pathname = other.pathname.replace(task.id, tasks.get('terminal')!.id);
      expect((await fetch(other)).status).toBe(403);

      // Later ranges and a HEAD are answered by the API, as without the setting, and not audited.
      const later = await fetch(url, { ...bearer(investigator, { range: 'bytes=100-199' }), redirect: 'manual' });
      expect(later.status).toBe(206);
      expect(Buffer.from(await later.arrayBuffer())).toEqual(body.subarray(100, 200));
      const head = await fetch(url, { ...bearer(investigator), method: 'HEAD', redirect: 'manual' });
      expect(head.status).toBe(200);
      expect(head.headers.get('location')).toBeNull();
      // Refused as ever: no address for someone who may not download.
      const refused = await fetch(url, { ...bearer(player), redirect: 'manual' });
      expect(refused.status).toBe(404);
      expect(refused.headers.get('location')).toBeNull();
      expect(await auditedSince()).toEqual([
        { outcome: 'SUCCESS', actor_name: 'investigator1' },
        { outcome: 'DENIED', actor_name: 'player1' },
      ]);

      // Once expired, the bucket refuses it.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, validUntil.getTime() - Date.now()) + 1100));
      const expired = await fetch(address);
      expect(expired.status).toBe(403);
      expect(await expired.text()).toContain('Request has expired');
    } finally {
      signing.child.kill('SIGTERM');
      await signing.exited;
    }
  });

  it('streams an evidence bundle whose MP4s are the stored objects', async () => {
    const ids = [tasks.get('imported')!.id, tasks.get('terminal')!.id];
    const response = await fetch(`${system.url}/exports/evidence-bundle?tasks=${ids.join(',')}`, bearer(investigator));
    expect(response.status).toBe(200);
    const into = path.join(fixtures, 'bundle');
    await fsp.writeFile(`${into}.zip`, Buffer.from(await response.arrayBuffer()));
    await run('unzip', ['-q', '-o', `${into}.zip`, '-d', into]);
    for (const name of ['imported', 'terminal']) {
      const task = tasks.get(name)!;
      const folder = task.fileName.replace(/\.mp4$/, '');
      expect(sha256(await fsp.readFile(path.join(into, folder, task.fileName)))).toBe(task.outputSha256);
      const verified = await system.cli(['verify', path.join(into, folder, task.fileName), path.join(into, folder, 'manifest.json')]);
      expect(verified.code, verified.output).toBe(0);
    }
  });

  it('plays video from the bucket with Range and terminal recordings as asciicast, audited as playbacks', async () => {
    const [video] = await system.sql<{ id: string; source_location: string }>("select id, source_location from recordings where user_name = 'uploaded'");
    const source = await s3.bytes(`${PREFIX}/recordings/${video!.source_location}`);
    const start = await fetch(`${system.url}/api/recordings/${video!.id}/media`, bearer(player, { range: 'bytes=0-99' }));
    expect(start.status).toBe(206);
    expect(start.headers.get('content-type')).toBe('video/x-matroska');
    expect(Buffer.from(await start.arrayBuffer())).toEqual(source.subarray(0, 100));
    const chunk = await fetch(`${system.url}/api/recordings/${video!.id}/media`, bearer(player, { range: 'bytes=1000-1999' }));
    expect(chunk.status).toBe(206);
    expect(chunk.headers.get('content-range')).toBe(`bytes 1000-1999/${source.length}`);
    expect(Buffer.from(await chunk.arrayBuffer())).toEqual(source.subarray(1000, 2000));

    const terminal = await fetch(`${system.url}/api/recordings/${recordingIds.get('terminal')}/media`, bearer(player));
    expect(terminal.status).toBe(200);
    const lines = (await terminal.text()).trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ version: 2 });
    expect(lines.length).toBeGreaterThan(10);

    const played = await system.sql<{ recording_id: string }>(
      "select recording_id from audit_events where action = 'RECORDING_PLAYED' and outcome = 'SUCCESS'",
    );
    expect(played.map((row) => row.recording_id).sort()).toEqual([video!.id, recordingIds.get('terminal')].sort());
  });

  it('answers STORAGE_UNAVAILABLE while the bucket is unreachable, audited, and keeps running', async () => {
    await s3.stop();
    try {
      const task = tasks.get('imported')!;
      const download = await fetch(`${system.url}/exports/${task.id}/file`, bearer(investigator));
      expect(download.status).toBe(503);
      expect((await download.json()).error.code).toBe('STORAGE_UNAVAILABLE');
      const play = await fetch(`${system.url}/api/recordings/${recordingIds.get('uploaded')}/media`, bearer(player));
      expect(play.status).toBe(503);
      const refusals = await system.sql<{ action: string; actor_name: string }>(
        "select action, actor_name from audit_events where outcome = 'FAILURE' and detail like '%cannot be reached in storage%' order by id",
      );
      expect(refusals).toEqual([
        { action: 'EXPORT_DOWNLOADED', actor_name: 'investigator1' },
        { action: 'RECORDING_PLAYED', actor_name: 'player1' },
      ]);
      expect((await fetch(`${system.url}/healthz`)).status).toBe(200);
    } finally {
      await s3.start();
    }
  });

  it('fails an export whose bucket goes away while it converts, leaving no object under its key', async () => {
    const id = await exportOf('long');
    // Converting: the source was copied from the bucket; the bucket now goes before the upload.
    await waitUntil(
      'the long export to make progress',
      async () => {
        const { exportTask } = await gqlOk(system.url, TASK, { id }, investigator);
        return exportTask!.status === 'IN_PROGRESS' && exportTask!.progress > 0 ? true : undefined;
      },
      60_000,
      50,
    );
    await s3.stop();
    let done: Awaited<ReturnType<typeof finished>>;
    try {
      done = await finished(id);
    } finally {
      await s3.start();
    }
    expect(done.status).toBe('FAILED');
    expect(done.error).toMatch(/storage failed: .*could not be reached/);
    expect((await s3.keys()).filter((key) => key.includes(id))).toEqual([]);
    expect(worker.child.exitCode).toBeNull();
  });

  it('deletes the object of an expired export', async () => {
    const task = tasks.get('imported')!;
    await system.sql("update export_tasks set finished_at = now() - interval '2 days' where id = $1", [task.id]);
    await waitUntil('the export to expire', async () => {
      const [row] = await system.sql<{ status: string }>('select status from export_tasks where id = $1', [task.id]);
      return row!.status === 'EXPIRED' ? true : undefined;
    });
    await waitUntil('its object to go', async () => ((await s3.keys()).includes(`${PREFIX}/exports/${task.id}.mp4`) ? undefined : true));
    const expired = await fetch(`${system.url}/exports/${task.id}/file`, bearer(investigator));
    expect(expired.status).toBe(410);

    // What is left: the recordings and the exports that were not expired, nothing temporary.
    const keys = await s3.keys();
    expect(keys.filter((key) => key.startsWith(`${PREFIX}/exports/`)).sort()).toEqual(
      [tasks.get('uploaded')!.id, tasks.get('terminal')!.id].map((id) => `${PREFIX}/exports/${id}.mp4`).sort(),
    );
    expect(keys.filter((key) => !key.startsWith(`${PREFIX}/recordings/`) && !key.startsWith(`${PREFIX}/exports/`))).toEqual([]);
    expect(keys.filter((key) => key.includes('.partial'))).toEqual([]);
    // Every export went straight to its final key; no multipart upload was left unfinished.
    expect(await s3.pendingUploads()).toEqual([]);
  });

  it('exports a recording in segments, and again, which its task service copies from the bucket once for all of them', async () => {
    // Segments of about 5 s: the 12 s recording is split at its keyframes. Alone, this task service takes the task and every segment.
    worker.child.kill('SIGTERM');
    await worker.exited;
    const segmenting = await system.startWorker({
      WORKER_NAME: 'segmenting-worker',
      CUSTODIAN_DATA_DIR: workerDir,
      CUSTODIAN_EXPORT_SEGMENT_SECONDS: '5',
    });
    try {
      const [row] = await system.sql<{ source_location: string }>("select source_location from recordings where user_name = 'segmented'");
      const sourceKey = `${PREFIX}/recordings/${row!.source_location}`;
      const readsBefore = s3.reads().length;
      const id = await exportOf('segmented');
      const done = await finished(id);
      expect(done.status, done.error ?? '').toBe('COMPLETED');
      const { exportTask } = await gqlOk(system.url, MANIFEST, { id }, investigator);
      const segments = JSON.parse(exportTask!.manifest!.content).conversion.segments as unknown[];
      expect(segments.length).toBeGreaterThanOrEqual(2);
      // The split and every segment read the same copy, and a second export of the recording reads
      // the copy kept after the first: one read of the recording from the bucket in all.
      const again = await finished(await exportOf('segmented'));
      expect(again.status, again.error ?? '').toBe('COMPLETED');
      expect(
        s3
          .reads()
          .slice(readsBefore)
          .filter((key) => key === sourceKey),
      ).toEqual([sourceKey]);
      // The copy is kept for the next task, in the work folder, not in the task service's data folder.
      expect((await filesBelow(workerDir)).filter((file) => !file.startsWith('task-services/'))).toEqual([]);
    } finally {
      segmenting.child.kill('SIGTERM');
      await segmenting.exited;
    }
  });
  it("streams an upload into the bucket as it arrives, read there: nothing on the API's disk, and a refused or repeated upload leaves nothing", async () => {
    // An MP4 with its index at the end, as ffmpeg writes it: read from the bucket front to back.
    const [file] = await writeFixtures(path.join(fixtures, 'slow'), [
      { name: 'slow.mp4', width: 352, height: 288, durationSeconds: 3, withAudio: false, metadata: {} },
    ]);
    const bytes = await fsp.readFile(file!);
    const agent = await signIn(system.url, ADMIN.username, ADMIN.password);
    const keysBefore = await s3.keys();
    const filesBefore = await filesBelow(system.dataDir);

    // Half of it, a pause, the rest: while the API holds half a body, it has written no file.
    let sendRest!: () => void;
    const rest = new Promise<void>((resolve) => {
      sendRest = resolve;
    });
    const half = Math.floor(bytes.length / 2);
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(bytes.subarray(0, half));
        await rest;
        controller.enqueue(bytes.subarray(half));
        controller.close();
      },
    });
    const answer = upload(system.url, body, { filename: 'slow.mp4', token: agent, metadata: { userName: 'slow' } });
    for (let check = 0; check < 10; check++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await filesBelow(system.dataDir)).toEqual(filesBefore);
    }
    sendRest();
    const result = await answer;
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    const [row] = await system.sql<{ source_location: string; format: string; duration_seconds: number; width: number; size_bytes: string }>(
      "select source_location, format, duration_seconds, width, size_bytes from recordings where user_name = 'slow'",
    );
    expect(row).toMatchObject({ source_location: `${sha256(bytes).slice(0, 2)}/${sha256(bytes)}.mp4`, format: 'mp4', width: 352 });
    expect(Number(row!.size_bytes)).toBe(bytes.length);
    expect(Number(row!.duration_seconds)).toBeCloseTo(3, 1);
    const key = `${PREFIX}/recordings/${row!.source_location}`;
    expect((await s3.keys()).sort()).toEqual([...keysBefore, key].sort());
    expect(sha256(await s3.bytes(key))).toBe(sha256(bytes));

    // A Guacamole recording, gzip, read from the bucket too.
    const guac = gzipSync(
      [
        encodeInstruction('size', 0, 320, 240),
        encodeInstruction('sync', 1000),
        encodeInstruction('rect', 0, 0, 0, 10, 10),
        encodeInstruction('cfill', 14, 0, 255, 0, 0, 255),
        encodeInstruction('sync', 3500),
      ].join(''),
    );
    const guacUpload = await upload(system.url, guac, { filename: 'desktop.guac.gz', token: agent, metadata: { userName: 'desktop' } });
    expect(guacUpload.status, JSON.stringify(guacUpload.body)).toBe(201);
    const [desktop] = await system.sql<{ source_location: string; kind: string; width: number; duration_seconds: number }>(
      "select source_location, kind, width, duration_seconds from recordings where user_name = 'desktop'",
    );
    expect(desktop).toMatchObject({ source_location: `${sha256(guac).slice(0, 2)}/${sha256(guac)}.guac.gz`, kind: 'GUACAMOLE', width: 320 });
    expect(Number(desktop!.duration_seconds)).toBeCloseTo(2.5, 2);
    const keysAfter = [...keysBefore, key, `${PREFIX}/recordings/${desktop!.source_location}`].sort();

    // Not a recording: refused, and nothing of it is left in the bucket. The same file again: a duplicate, stored once.
    const refused = await upload(system.url, Buffer.from('not a recording\n'.repeat(1000)), { filename: 'notes.mp4', token: agent });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('UNSUPPORTED_MEDIA');
    const again = await upload(system.url, bytes, { filename: 'again.mp4', token: agent });
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('duplicate');
    expect((await s3.keys()).sort()).toEqual(keysAfter);
    expect(await s3.pendingUploads()).toEqual([]);
    expect(await filesBelow(system.dataDir)).toEqual(filesBefore);
  });
});
