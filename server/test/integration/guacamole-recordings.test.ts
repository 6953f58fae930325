import { execFile } from 'node:child_process';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, gqlOk, signIn } from '../support/graphql-client.js';
import { mediaTools } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { upload, uploadFile } from '../support/upload.js';
import { waitUntil } from '../support/wait.js';

// Recordings written by a real guacd 1.6.0, read where they lie (see that folder's README.md).
const run = promisify(execFile);
const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus/guac');
const VNC = path.join(CORPUS, 'vnc-odd-1023x767-45s.guac');
const SSH = path.join(CORPUS, 'ssh-terminal-60s.guac');
const corpusPresent = await fsp.stat(CORPUS).then(
  () => true,
  () => false,
);
if (!corpusPresent) console.warn(`Skipping the Guacamole recording tests: ${CORPUS} is absent (it holds recordings written by guacd).`);

const RECORDINGS = graphql(`
  query GuacamoleRecordings_Recordings($filter: RecordingFilter) {
    recordings(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id kind format durationSeconds width height hasAudio protocol userName sourceLocation
          guacamole { protocol terminalLayout keysRecorded instructions gzip truncatedAtByte truncatedAtInstruction }
        }
      }
    }
  }
`);
const EXPORT = graphql(`
  mutation GuacamoleRecordings_Export($input: ExportRecordingsInput!) {
    exportRecordings(input: $input) { tasks { id renderOptions { frameRate idleTimeLimitSeconds fontSize } } }
  }
`);
const TASK = graphql(`
  query GuacamoleRecordings_Task($id: ID!) {
    exportTask(id: $id) { id status error outputDurationSeconds manifest { content } }
  }
`);
const CREATE_API_TOKEN = graphql(`mutation GuacamoleRecordings_CreateApiToken($name: String!) { createApiToken(name: $name) { secret } }`);
const REASON = 'Case GD-2026-017: administrator session on the jump host during the outage';

interface Probed {
  streams: { codec_type: string; codec_name: string; pix_fmt?: string; width?: number; height?: number }[];
  format: { duration: string; tags: Record<string, string> };
}

describe.skipIf(!corpusPresent)('Guacamole recordings', () => {
  let system: System;
  let admin: string;
  let exporter: string;
  let agentToken: string;
  let work: string;
  const ids = new Map<string, string>();

  const listed = async () => (await gqlOk(system.url, RECORDINGS, { filter: { kind: 'GUACAMOLE' } }, exporter)).recordings.edges.map((e) => e.node);
  const recordingCount = async () => Number((await system.sql<{ n: string }>('select count(*) as n from recordings'))[0]!.n);
  const storedFiles = async () => (await fsp.readdir(path.join(system.dataDir, 'recordings'), { recursive: true })).filter((f) => /\.\w+$/.test(f)).length;

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 1 });
    work = path.join(system.dataDir, 'guacamole-work');
    await fsp.mkdir(work, { recursive: true });
    admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    exporter = await createUser(system.url, admin, 'investigator', ['LOGGING_READER', 'PRIVILEGED_PLAYER', 'PLAYER']);
    agentToken = (await gqlOk(system.url, CREATE_API_TOKEN, { name: 'guacamole-agent' }, admin)).createApiToken.secret;
  }, 120_000);

  afterAll(() => system?.stop());

  it('imports both recordings with the import command, with their display size, duration and what their instructions say', async () => {
    const result = await system.cli(['import', VNC, SSH]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/2 imported, 0 already in the catalog, 0 skipped/);

    const rows = await listed();
    expect(rows).toHaveLength(2);
    const vnc = rows.find((r) => r.width === 1023)!;
    const ssh = rows.find((r) => r.width === 1024)!;
    ids.set('vnc', vnc.id);
    ids.set('ssh', ssh.id);
    expect(vnc).toMatchObject({ kind: 'GUACAMOLE', format: 'guacamole', height: 767, hasAudio: false });
    expect(vnc.sourceLocation).toMatch(/\.guac$/);
    expect(Math.abs(vnc.durationSeconds - 44.7)).toBeLessThanOrEqual(0.05);
    expect(vnc.guacamole).toEqual({
      protocol: null,
      terminalLayout: false,
      keysRecorded: false,
      instructions: 10002,
      gzip: false,
      truncatedAtByte: null,
      truncatedAtInstruction: null,
    });
    expect(ssh).toMatchObject({ kind: 'GUACAMOLE', height: 768 });
    expect(Math.abs(ssh.durationSeconds - 60.2)).toBeLessThanOrEqual(0.05);
    expect(ssh.guacamole).toMatchObject({ terminalLayout: true, keysRecorded: true, instructions: 7571, gzip: false, truncatedAtByte: null });

    // The catalog's kind filter finds them and only them.
    const terminal = await gqlOk(system.url, RECORDINGS, { filter: { kind: 'TERMINAL' } }, exporter);
    expect(terminal.recordings.edges.map((e) => e.node.id)).not.toContain(vnc.id);
  });

  it('accepts them through the upload endpoint, gzipped too, and knows a file it already holds', async () => {
    const again = await uploadFile(system.url, SSH, { token: agentToken, filename: 'ssh.guac' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'duplicate', recording: { id: ids.get('ssh') } });

    for (const [name, file] of [
      ['vnc', VNC],
      ['ssh', SSH],
    ] as const) {
      const gz = gzipSync(await fsp.readFile(file));
      const uploaded = await upload(system.url, gz, {
        token: agentToken,
        filename: `${name}.bin`,
        metadata: { userName: `${name}-user`, ...(name === 'vnc' && { protocol: 'VNC' }) },
      });
      expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
      expect(uploaded.body.notice).toBeUndefined();
      ids.set(`${name}.gz`, uploaded.body.recording.id);
    }
    const rows = await listed();
    const vncGz = rows.find((r) => r.id === ids.get('vnc.gz'))!;
    expect(vncGz).toMatchObject({ width: 1023, height: 767, userName: 'vnc-user', protocol: 'VNC' });
    expect(vncGz.sourceLocation).toMatch(/\.guac\.gz$/);
    expect(vncGz.guacamole).toMatchObject({ gzip: true, instructions: 10002 });
    const sshGz = rows.find((r) => r.id === ids.get('ssh.gz'))!;
    expect(sshGz.guacamole).toMatchObject({ gzip: true, keysRecorded: true, instructions: 7571 });
  });

  it('imports a recording cut off inside an instruction up to its last complete one, and says so', async () => {
    const cut = path.join(work, 'still-being-written.guac');
    await fsp.writeFile(cut, (await fsp.readFile(SSH)).subarray(0, 700_001));
    const result = await system.cli(['import', cut]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(
      /imported .*still-being-written\.guac → .*ends inside instruction 3792 \(byte offset 699980\).*up to the last complete instruction/,
    );
    const row = (await listed()).find((r) => r.guacamole?.truncatedAtByte !== null)!;
    expect(row.guacamole).toMatchObject({ instructions: 3791, truncatedAtByte: 699_980, truncatedAtInstruction: 3792 });
    // The audit trail's RECORDING_IMPORTED row says it too.
    const [audited] = await system.sql<{ detail: string }>("select detail from audit_events where action = 'RECORDING_IMPORTED' and recording_id = $1", [
      row.id,
    ]);
    expect(audited!.detail).toMatch(/ends inside instruction 3792 \(byte offset 699980\)/);

    // Through the upload endpoint, gzipped and cut inside the compressed stream as well.
    const gz = gzipSync(await fsp.readFile(SSH));
    const uploaded = await upload(system.url, gz.subarray(0, 150_000), { token: agentToken, filename: 'live.guac.gz' });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    expect(uploaded.body.notice).toMatch(/ends inside instruction \d+ \(byte offset \d+\)/);
  });

  it('refuses a file that is not a Guacamole recording with the byte offset, instruction number and reason, and keeps nothing of it', async () => {
    const before = { rows: await recordingCount(), files: await storedFiles() };
    const bad = path.join(work, 'not-really.guac');
    await fsp.writeFile(
      bad,
      Buffer.concat([Buffer.from('4.size,1.0,4.1024,3.768;4.sync,7.1000000,1.0;4.rect,1.0,1.0,'), Buffer.from([0x89]), Buffer.from('PNG garbage')]),
    );
    const result = await system.cli(['import', bad]);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/skipped .*not-really\.guac: it is not a readable Guacamole recording: .+ \(instruction 3, byte offset 60\)/);

    const uploaded = await uploadFile(system.url, bad, { token: agentToken, filename: 'x.guac' });
    expect(uploaded.status).toBe(422);
    expect(JSON.stringify(uploaded.body)).toMatch(/instruction 3, byte offset 60/);
    expect({ rows: await recordingCount(), files: await storedFiles() }).toEqual(before);
  });

  it('serves the recording to the player as plain instructions, gunzipped when stored compressed, and audits the playback', async () => {
    const source = await fsp.readFile(SSH);
    for (const id of [ids.get('ssh')!, ids.get('ssh.gz')!]) {
      const response = await fetch(`${system.url}/api/recordings/${id}/media`, { headers: { authorization: `Bearer ${exporter}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/x-guacamole-recording');
      expect(response.headers.get('content-security-policy')).toMatch(/sandbox/);
      expect(Buffer.from(await response.arrayBuffer()).equals(source)).toBe(true);
      const audited = await system.sql("select 1 from audit_events where action = 'RECORDING_PLAYED' and outcome = 'SUCCESS' and recording_id = $1", [id]);
      expect(audited).toHaveLength(1);
    }
  });

  describe('export to MP4', () => {
    const exportAndWait = async (recordingId: string) => {
      const { exportRecordings } = await gqlOk(system.url, EXPORT, { input: { recordingIds: [recordingId], reason: REASON } }, exporter);
      const task = exportRecordings.tasks[0]!;
      expect(task.renderOptions).toEqual({ frameRate: 30, idleTimeLimitSeconds: null, fontSize: null });
      const done = await waitUntil(
        'the export to finish',
        async () => {
          const { exportTask } = await gqlOk(system.url, TASK, { id: task.id }, exporter);
          return exportTask && (exportTask.status === 'COMPLETED' || exportTask.status === 'FAILED') ? exportTask : undefined;
        },
        300_000,
        500,
      );
      expect(done, done.error ?? '').toMatchObject({ status: 'COMPLETED', error: null });
      return done;
    };
    const probe = async (taskId: string): Promise<Probed & { file: string }> => {
      const { ffprobePath } = await mediaTools();
      const file = path.join(system.dataDir, 'exports', `${taskId}.mp4`);
      const { stdout } = await run(ffprobePath, ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file]);
      return { ...(JSON.parse(stdout) as Probed), file };
    };
    /** One frame at `seconds`, as 8-bit grey pixels. */
    const greyFrame = async (file: string, seconds: number, width: number, height: number) => {
      const { ffmpegPath } = await mediaTools();
      const { stdout } = await run(
        ffmpegPath,
        ['-v', 'error', '-ss', String(seconds), '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1'],
        {
          encoding: 'buffer',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      expect(stdout.length).toBe(width * height);
      return stdout;
    };
    const distinctLevels = (frame: Buffer) => new Set(frame).size;

    it('exports the VNC desktop at its native size, even, lasting as long as the recording, with a drawn frame', async () => {
      const task = await exportAndWait(ids.get('vnc')!);
      const { streams, format, file } = await probe(task.id);
      const video = streams.find((s) => s.codec_type === 'video')!;
      expect(video).toMatchObject({ codec_name: 'h264', pix_fmt: 'yuv420p', width: 1024, height: 768 });
      expect(streams.some((s) => s.codec_type === 'subtitle')).toBe(false);
      expect(Math.abs(Number(format.duration) - 44.654)).toBeLessThanOrEqual(0.2);
      expect(format.tags.comment).toContain(task.id);
      // Mid-session the desktop shows windows: far more than a blank screen's few grey levels.
      expect(distinctLevels(await greyFrame(file, 30, 1024, 768))).toBeGreaterThan(16);

      const manifest = JSON.parse(task.manifest!.content);
      expect(manifest.recording.format).toBe('guacamole');
      expect(manifest.conversion.rendering).toMatchObject({ frameRateCap: 30, idleTimeLimitSeconds: null, width: 1024, height: 768 });
      expect(manifest.conversion.rendering.renderer).toBe('custodian-guacamole');
      expect(manifest.conversion.rendering.rendererVersion).toMatch(/^\d+\.\d+\.\d+$/);
      expect(manifest.conversion.rendering.typedTextSubtitles).toBe('none');
    });

    it('exports the SSH session with the typed keys as a subtitle track, and the manifest says so', async () => {
      const task = await exportAndWait(ids.get('ssh.gz')!);
      const { streams, format, file } = await probe(task.id);
      expect(streams.find((s) => s.codec_type === 'video')).toMatchObject({ codec_name: 'h264', width: 1024, height: 768 });
      expect(streams.find((s) => s.codec_type === 'subtitle')).toMatchObject({ codec_name: 'mov_text' });
      expect(Math.abs(Number(format.duration) - 60.157)).toBeLessThanOrEqual(0.2);
      expect(distinctLevels(await greyFrame(file, 20, 1024, 768))).toBeGreaterThan(2);
      const manifest = JSON.parse(task.manifest!.content);
      expect(manifest.conversion.rendering.typedTextSubtitles).toMatch(/^mov_text, \d+ cues$/);
    });
  });
});
