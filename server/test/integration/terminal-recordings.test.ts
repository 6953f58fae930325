import { execFile } from 'node:child_process';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { RenderOptionsInput } from '../gql/graphql.js';
import { createUser, errorCode, gql, gqlOk, signIn } from '../support/graphql-client.js';
import { mediaTools } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { uploadFile } from '../support/upload.js';
import { waitUntil } from '../support/wait.js';

const run = promisify(execFile);
const ESC = '\u001b';
const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus/asciicast');
const corpusPresent = await fsp.stat(CORPUS).then(
  () => true,
  () => false,
);
if (!corpusPresent) console.warn(`Skipping the asciicast compatibility test: ${CORPUS} is absent (it holds recordings written by other projects).`);

const RECORDINGS = graphql(`
  query TerminalRecordings_Recordings {
    recordings(first: 50) {
      edges {
        node {
          id kind format durationSeconds startedAt applications userName serverName protocol width height hasAudio
          terminal { asciicastVersion cols rows maxCols maxRows title command termType env theme { fg bg palette } outputEvents inputEvents resizes markers exitStatus }
        }
      }
    }
  }
`);
const EXPORT = graphql(`mutation TerminalRecordings_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const EXPORT_WITH_OPTIONS = graphql(`
  mutation TerminalRecordings_ExportWithOptions($input: ExportRecordingsInput!) {
    exportRecordings(input: $input) { tasks { id recording { id } renderOptions { frameRate idleTimeLimitSeconds fontSize } } }
  }
`);
const TASKS = graphql(`query TerminalRecordings_Tasks { exportTasks(first: 100) { edges { node { id status error outputDurationSeconds outputSha256 } } } }`);
const CREATE_API_TOKEN = graphql(`mutation TerminalRecordings_CreateApiToken($name: String!) { createApiToken(name: $name) { secret } }`);
const REASON = 'Incident INC-5521: root shell activity on db-prod-01 outside the change window';

const line = (value: unknown) => JSON.stringify(value);

/** A v2 session: prompt, coloured ls, a 20 s pause, a resize to 100x30, and exit at 25 s. */
const V2_SESSION = [
  line({
    version: 2,
    width: 80,
    height: 24,
    timestamp: 1_763_980_000,
    title: 'db-prod-01',
    command: '/usr/bin/bash -l',
    env: { TERM: 'xterm-256color', SHELL: '/bin/bash' },
    theme: { fg: '#eeeeee', bg: '#1c1c1c', palette: '#000000:#cd0000:#00cd00:#cdcd00:#0000ee:#cd00cd:#00cdcd:#e5e5e5' },
  }),
  line([0.4, 'o', `${ESC}[1;32mroot@db-prod-01${ESC}[0m:${ESC}[1;34m~${ESC}[0m# `]),
  line([1.1, 'i', 'l']),
  line([1.2, 'o', 'ls\r\n']),
  line([1.5, 'o', `${ESC}[34mbackups${ESC}[0m  ${ESC}[32mrestore.sh${ESC}[0m  pg_hba.conf\r\n# `]),
  line([21.5, 'r', '100x30']),
  line([22.0, 'o', 'exit\r\n']),
  line([25.0, 'o', 'logout\r\n']),
].join('\n');

const V1_SESSION = JSON.stringify(
  {
    version: 1,
    width: 60,
    height: 20,
    duration: 3.5,
    command: 'top',
    title: 'legacy',
    env: { TERM: 'xterm' },
    stdout: [
      [0.5, 'top - 10:00:01 up 3 days\r\n'],
      [1.5, `${ESC}[7m  PID USER ${ESC}[0m\r\n`],
      [1.5, '    1 root\r\n'],
    ],
  },
  null,
  2,
);

const V3_SESSION = [
  line({ version: 3, term: { cols: 90, rows: 25, type: 'xterm-kitty' }, timestamp: 1_763_990_000, command: 'vim /etc/nginx/nginx.conf' }),
  '# recorded by the bastion',
  line([0.2, 'o', `${ESC}[?1049h${ESC}[H${ESC}[2Jworker_processes auto;\r\n~\r\n~`]),
  line([1.0, 'o', `${ESC}[25;1H-- INSERT --`]),
  line([0.5, 'm', 'edit']),
  line([1.3, 'o', `${ESC}[?1049l`]),
  line([0.0, 'x', '0']),
].join('\n');

/** What ffprobe -show_streams -show_format -of json prints, as far as these tests read it. */
interface FfprobeOutput {
  streams: { codec_type: string; codec_name: string; pix_fmt?: string; width: number; height: number; nb_frames?: string }[];
  format: { duration: string; tags: Record<string, string> };
}

describe('terminal recordings', () => {
  let system: System;
  let admin: string;
  let exporter: string;
  let importDir: string;
  const byTitle = new Map<string | null, ResultOf<typeof RECORDINGS>['recordings']['edges'][number]['node']>();
  /** The imported terminal recording with this title (or command). */
  const titled = (title: string) => {
    const node = byTitle.get(title);
    if (!node?.terminal) throw new Error(`no terminal recording titled ${title}`);
    return { ...node, terminal: node.terminal };
  };
  const taskCount = async () => Number((await system.sql<{ n: string }>('select count(*) as n from export_tasks'))[0]!.n);

  const exportAndWait = async (ids: string[], renderOptions?: RenderOptionsInput) => {
    const { exportRecordings } = await gqlOk(system.url, EXPORT_WITH_OPTIONS, { input: { recordingIds: ids, reason: REASON, renderOptions } }, exporter);
    const tasks = exportRecordings.tasks;
    const wanted = new Set(tasks.map((t) => t.id));
    const finished = await waitUntil(
      'the exports to finish',
      async () => {
        const page = await gqlOk(system.url, TASKS, {}, exporter);
        const mine = page.exportTasks.edges.map((e) => e.node).filter((t) => wanted.has(t.id));
        return mine.every((t) => t.status === 'COMPLETED' || t.status === 'FAILED') ? mine : undefined;
      },
      180_000,
      500,
    );
    return { tasks, finished };
  };

  const probe = async (taskId: string) => {
    const { ffprobePath } = await mediaTools();
    const file = path.join(system.dataDir, 'exports', `${taskId}.mp4`);
    const { stdout } = await run(ffprobePath, ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file]);
    const info = JSON.parse(stdout) as FfprobeOutput;
    const video = info.streams.find((s) => s.codec_type === 'video');
    if (!video) throw new Error(`${file} has no video stream`);
    return { video, streams: info.streams, format: info.format };
  };

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 1 });
    importDir = path.join(system.dataDir, 'import-terminal');
    await fsp.mkdir(importDir, { recursive: true });
    await fsp.writeFile(path.join(importDir, 'db-prod-01.cast'), V2_SESSION);
    await fsp.writeFile(path.join(importDir, 'legacy-top.cast.gz'), gzipSync(V1_SESSION));
    await fsp.writeFile(path.join(importDir, 'nginx-edit.cast'), V3_SESSION);
    await fsp.writeFile(
      path.join(importDir, 'nginx-edit.cast.json'),
      line({ userName: 'mallory', serverName: 'web-02', clientName: 'LAPTOP-9', clientIp: '10.1.2.3', protocol: 'SSH' }),
    );
    await fsp.writeFile(
      path.join(importDir, 'broken.cast'),
      [line({ version: 2, width: 80, height: 24 }), line([0.1, 'o', 'fine']), '[0.2, "o", "cut off'].join('\n'),
    );
    admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    exporter = await createUser(system.url, admin, 'investigator', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
  });

  afterAll(() => system?.stop());

  it('imports asciicast v1, v2 (gzip too) and v3 with the import command, refusing a broken file by line', async () => {
    const result = await system.cli(['import', importDir]);
    expect(result.code).toBe(1); // one file was refused
    expect(result.output).toMatch(/skipped .*broken\.cast.*line 3: not valid JSON/);
    expect(
      Number((await system.sql<{ n: string }>("select count(*) as n from recordings where source_location like '%broken%' or format <> 'asciicast'"))[0]!.n),
    ).toBe(0);

    const { recordings } = await gqlOk(system.url, RECORDINGS, {}, exporter);
    // Every recording here is a terminal one.
    for (const { node } of recordings.edges) byTitle.set(node.terminal!.title ?? node.terminal!.command, node);
    expect(byTitle.size).toBe(3);

    const v2 = titled('db-prod-01');
    expect(v2).toMatchObject({
      kind: 'TERMINAL',
      format: 'asciicast',
      durationSeconds: 25,
      width: null,
      height: null,
      hasAudio: false,
      applications: ['bash'],
    });
    expect(new Date(v2.startedAt).getTime()).toBe(1_763_980_000_000);
    expect(v2.terminal).toMatchObject({
      asciicastVersion: 2,
      cols: 80,
      rows: 24,
      maxCols: 100,
      maxRows: 30,
      command: '/usr/bin/bash -l',
      termType: 'xterm-256color',
      outputEvents: 5,
      inputEvents: 1,
      resizes: 1,
    });
    expect(v2.terminal.env).toEqual(['TERM=xterm-256color', 'SHELL=/bin/bash']);
    expect(v2.terminal.theme).toMatchObject({ fg: '#eeeeee', bg: '#1c1c1c' });
    expect(v2.terminal.theme?.palette).toHaveLength(8);

    const v1 = titled('legacy');
    expect(v1).toMatchObject({ durationSeconds: 3.5, applications: ['top'] });
    expect(v1.terminal).toMatchObject({ asciicastVersion: 1, cols: 60, rows: 20, termType: 'xterm' });

    const v3 = titled('vim /etc/nginx/nginx.conf');
    expect(v3).toMatchObject({ userName: 'mallory', serverName: 'web-02', protocol: 'SSH', applications: ['vim'], durationSeconds: 3 });
    expect(v3.terminal).toMatchObject({ asciicastVersion: 3, cols: 90, rows: 25, termType: 'xterm-kitty', markers: 1, exitStatus: 0 });
  });

  it('accepts terminal recordings through the upload endpoint and refuses a broken one with its line', async () => {
    const token = (await gqlOk(system.url, CREATE_API_TOKEN, { name: 'agent' }, admin)).createApiToken.secret;
    const file = path.join(importDir, 'uploaded.cast');
    await fsp.writeFile(file, [line({ version: 2, width: 40, height: 10, title: 'uploaded' }), line([0.5, 'o', 'uploaded by an agent\r\n'])].join('\n'));
    const ok = await uploadFile(system.url, file, { token, filename: 'agent-session.cast', metadata: { userName: 'agent-user', protocol: 'SSH' } });
    expect(ok.status).toBe(201);
    const rows = await system.sql<{ kind: string; source_location: string; user_name: string }>(
      'select kind, source_location, user_name from recordings where id = $1',
      [ok.body.recording.id],
    );
    expect(rows[0]).toMatchObject({ kind: 'TERMINAL', user_name: 'agent-user' });
    expect(rows[0]!.source_location).toMatch(/\.cast$/);

    const bad = await uploadFile(system.url, path.join(importDir, 'broken.cast'), { token, filename: 'broken.cast' });
    expect(bad.status).toBe(422);
    expect(bad.body.message ?? JSON.stringify(bad.body)).toMatch(/line 3/);
  });

  it('exports a terminal recording to an H.264 MP4 that lasts as long as the recording, real time kept by default', async () => {
    const recording = titled('db-prod-01');
    const { tasks, finished } = await exportAndWait([recording.id]);
    expect(finished[0]).toMatchObject({ status: 'COMPLETED', error: null });
    expect(tasks[0]!.renderOptions).toEqual({ frameRate: 30, idleTimeLimitSeconds: null, fontSize: 16 });

    const { video, streams, format } = await probe(tasks[0]!.id);
    expect(streams).toHaveLength(1);
    expect(video).toMatchObject({ codec_name: 'h264', pix_fmt: 'yuv420p' });
    expect(video.width % 2).toBe(0);
    expect(video.height % 2).toBe(0);
    // The canvas fits the largest terminal of the session (100x30 after the resize).
    expect(video.width).toBeGreaterThanOrEqual(100 * 9);
    expect(Math.abs(Number(format.duration) - recording.durationSeconds)).toBeLessThanOrEqual(0.2);
    expect(format.tags.comment).toContain(tasks[0]!.id);

    const audit = await system.sql<{ action: string; detail: string | null }>('select action, detail from audit_events where task_id = $1 order by id', [
      tasks[0]!.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['EXPORT_REQUESTED', 'EXPORT_COMPLETED']);
    expect(audit[0]!.detail).toMatch(/real time kept/);
  });

  it('shortens long pauses when an idle time limit is chosen, and says so on the task and in the audit trail', async () => {
    const recording = titled('db-prod-01');
    const { tasks, finished } = await exportAndWait([recording.id], { idleTimeLimitSeconds: 1, frameRate: 10, fontSize: 12 });
    expect(finished[0]!.status).toBe('COMPLETED');
    expect(tasks[0]!.renderOptions).toEqual({ frameRate: 10, idleTimeLimitSeconds: 1, fontSize: 12 });
    // 25 s with a 20 s pause (1.5 → 21.5) and a 3 s one (22 → 25), each shortened to 1 s: 4 s of video.
    const { format, video } = await probe(tasks[0]!.id);
    expect(Math.abs(Number(format.duration) - 4)).toBeLessThanOrEqual(0.2);
    expect(Number(video.nb_frames)).toBeLessThanOrEqual(40);
    const [requested] = await system.sql<{ detail: string }>("select detail from audit_events where task_id = $1 and action = 'EXPORT_REQUESTED'", [
      tasks[0]!.id,
    ]);
    expect(requested!.detail).toMatch(/pauses over 1 s shortened to 1 s/);
  });

  it('refuses terminal options out of range, creating nothing', async () => {
    const recording = titled('legacy');
    const before = await taskCount();
    for (const [options, field] of [
      [{ frameRate: 0 }, 'renderOptions.frameRate'],
      [{ frameRate: 61 }, 'renderOptions.frameRate'],
      [{ fontSize: 7 }, 'renderOptions.fontSize'],
      [{ idleTimeLimitSeconds: 0 }, 'renderOptions.idleTimeLimitSeconds'],
    ] as const) {
      const result = await gql(system.url, EXPORT, { input: { recordingIds: [recording.id], reason: REASON, renderOptions: options } }, exporter);
      expect(errorCode(result), JSON.stringify(options)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!.field).toBe(field);
    }
    expect(await taskCount()).toBe(before);
  });

  describe.skipIf(!corpusPresent)('recordings written by other projects (../shared/corpus/asciicast)', () => {
    it('imports and exports every one of them to a valid MP4', async () => {
      const files = (await fsp.readdir(CORPUS)).filter((f) => /\.cast(\.gz)?$/.test(f));
      expect(files.length).toBeGreaterThan(0);
      const result = await system.cli(['import', CORPUS]);
      expect(result.output).not.toMatch(/^skipped /m);
      expect(result.code).toBe(0);
      const ids = new Map<string, { id: string; durationSeconds: number }>();
      for (const file of files) {
        const sha = (await run('sha256sum', [path.join(CORPUS, file)])).stdout.split(' ')[0]!;
        const [row] = await system.sql<{ id: string; duration_seconds: number }>('select id, duration_seconds from recordings where source_sha256 = $1', [sha]);
        expect(row, file).toBeDefined();
        ids.set(file, { id: row!.id, durationSeconds: row!.duration_seconds });
      }
      // Byte-identical corpus files are one recording.
      const unique = [...new Map([...ids.values()].map((r) => [r.id, r])).values()];
      const { tasks, finished } = await exportAndWait(unique.map((r) => r.id));
      const failures = finished.filter((t) => t.status !== 'COMPLETED');
      expect(failures, JSON.stringify(failures)).toEqual([]);
      for (const task of tasks) {
        const recording = unique.find((r) => r.id === task.recording.id)!;
        const { video, format } = await probe(task.id);
        expect(video.codec_name).toBe('h264');
        expect((video.width % 2) + (video.height % 2)).toBe(0);
        // A recording whose events all happen at 0 s still gets one frame.
        expect(Math.abs(Number(format.duration) - Math.max(recording.durationSeconds, 1 / 30))).toBeLessThanOrEqual(0.2);
      }
    });
  });
});
