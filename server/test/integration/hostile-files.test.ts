import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, gqlOk, signIn } from '../support/graphql-client.js';
import { writeFixtures } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { filesBelow, upload, uploadFile } from '../support/upload.js';
import { waitUntil } from '../support/wait.js';

const RECORDINGS = graphql(`query HostileFiles_Recordings { recordings(first: 100) { edges { node { id userName kind format sourceLocation } } } }`);
const EXPORT = graphql(`mutation HostileFiles_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const TASK = graphql(`query HostileFiles_Task($id: ID!) { exportTask(id: $id) { id status error downloadUrl } }`);
const TASK_SERVICES = graphql(`query HostileFiles_TaskServices { taskServices { name online } }`);

const REASON = 'Case 2026-301: checking what hostile files can reach';
const MB = 1024 * 1024;
const TERMINAL_HEADER = JSON.stringify({ version: 2, width: 80, height: 24, title: 'ops shell' });

/** What the probe sent: a gzip of about 1.2 MB whose second line is one event of 1.2 GB. */
async function writeBigLineCast(file: string): Promise<void> {
  async function* text(): AsyncGenerator<Buffer> {
    yield Buffer.from(`${TERMINAL_HEADER}\n[0.5, "o", "`);
    const block = Buffer.alloc(4 * MB, 0x41);
    for (let i = 0; i < 300; i++) yield block;
    yield Buffer.from('"]\n');
  }
  await pipeline(Readable.from(text()), createGzip({ level: 9 }), createWriteStream(file));
}

/** Every file response must keep the browser from guessing its type or running it as a page. */
function expectFileHeaders(response: Response, contentType: string): void {
  expect(response.headers.get('content-type')).toBe(contentType);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
}

describe('hostile files: no file reaches local files or stops a process', () => {
  let system: System;
  let admin: string;
  let investigator: string;
  let hostileDir: string;
  let bigLineCast: string;
  const recordings = new Map<string, { id: string; kind: string; format: string; sourceLocation: string }>();
  let victimExport: { id: string; downloadUrl: string };

  const recordingsDir = () => path.join(system.dataDir, 'recordings');
  const stored = async () => (await filesBelow(recordingsDir())).filter((f) => !f.startsWith('.incoming'));
  const rowCount = async () => Number((await system.sql<{ n: string }>('select count(*) as n from recordings'))[0]!.n);
  const bearer = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });
  const media = (id: string, headers: Record<string, string> = {}) =>
    fetch(`${system.url}/api/recordings/${id}/media`, { headers: bearer(investigator, headers) });
  const exportAndSettle = async (recordingId: string) => {
    const { exportRecordings } = await gqlOk(system.url, EXPORT, { input: { recordingIds: [recordingId], reason: REASON } }, investigator);
    const id = exportRecordings.tasks[0]!.id;
    return waitUntil(
      `export task ${id} to settle`,
      async () => {
        const task = (await gqlOk(system.url, TASK, { id }, investigator)).exportTask;
        return task.status === 'COMPLETED' || task.status === 'FAILED' ? task : undefined;
      },
      120_000,
      300,
    );
  };
  /** Both processes still run, the API answers and the task service is online. */
  const expectBothUp = async () => {
    expect(system.api.child.exitCode).toBeNull();
    expect(system.workers[0]!.child.exitCode).toBeNull();
    const { taskServices } = await gqlOk(system.url, TASK_SERVICES, {}, admin);
    expect(taskServices.find((s) => s.name === 'test-worker-1')?.online).toBe(true);
  };

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 1 });
    const importDir = path.join(system.dataDir, 'import');
    await writeFixtures(importDir, [
      { name: 'victim.mkv', width: 320, height: 240, durationSeconds: 1, withAudio: false, metadata: { userName: 'victim', restricted: true } },
      { name: 'decoy.webm', width: 320, height: 240, durationSeconds: 1, withAudio: false, metadata: { userName: 'decoy' } },
      { name: 'legacy.mkv', width: 320, height: 240, durationSeconds: 1, withAudio: false, metadata: { userName: 'legacy' } },
    ]);
    await fsp.writeFile(path.join(importDir, 'shell.cast'), `${TERMINAL_HEADER}\n[0.5, "o", "$ id\\r\\n"]\n[1.0, "o", "uid=0(root)\\r\\n"]\n`);
    await fsp.writeFile(path.join(importDir, 'shell.cast.json'), JSON.stringify({ userName: 'shell' }));
    const imported = await system.cli(['import', importDir]);
    expect(imported.code, imported.output).toBe(0);

    admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    investigator = await createUser(system.url, admin, 'investigator', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    for (const { node } of (await gqlOk(system.url, RECORDINGS, {}, investigator)).recordings.edges) recordings.set(node.userName, node);

    hostileDir = path.join(system.dataDir, 'hostile');
    await fsp.mkdir(hostileDir);
    bigLineCast = path.join(hostileDir, 'session.cast.gz');
    await writeBigLineCast(bigLineCast);
  });

  afterAll(() => system?.stop());

  it('exports the restricted recording the attacker is after, a file response with nosniff and a sandbox', async () => {
    const task = await exportAndSettle(recordings.get('victim')!.id);
    expect(task.status).toBe('COMPLETED');
    victimExport = { id: task.id, downloadUrl: task.downloadUrl! };

    const download = await fetch(`${system.url}${victimExport.downloadUrl}`, { headers: bearer(investigator) });
    expect(download.status).toBe(200);
    expectFileHeaders(download, 'video/mp4');
    await download.arrayBuffer();
    const bundle = await fetch(`${system.url}/exports/evidence-bundle?tasks=${task.id}`, { headers: bearer(investigator) });
    expect(bundle.status).toBe(200);
    expectFileHeaders(bundle, 'application/zip');
    await bundle.arrayBuffer();
  });

  describe('playlists and scripts that name other files', () => {
    const playlists: Record<string, string> = {};

    beforeAll(async () => {
      const victimFile = path.join(recordingsDir(), recordings.get('victim')!.sourceLocation);
      const exportFile = path.join(system.dataDir, 'exports', `${victimExport.id}.mp4`);
      const texts: Record<string, string> = {
        'passwd.m3u8': '#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n',
        'victim.m3u8': `#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:1,\n${victimFile}\n#EXTINF:1,\nfile://${exportFile}\n#EXT-X-ENDLIST\n`,
        'victim.ffconcat': `ffconcat version 1.0\nfile ${path.basename(victimFile)}\n`,
        'stream.sdp': 'v=0\no=- 0 0 IN IP4 127.0.0.1\ns=x\nc=IN IP4 127.0.0.1\nt=0 0\nm=video 5004 RTP/AVP 96\na=rtpmap:96 H264/90000\n',
      };
      for (const [name, text] of Object.entries(texts)) {
        playlists[name] = path.join(hostileDir, 'playlists', name);
        await fsp.mkdir(path.dirname(playlists[name]), { recursive: true });
        await fsp.writeFile(playlists[name], text);
      }
    });

    const REASONS: Record<string, RegExp> = {
      'passwd.m3u8': /The source file is refused: it is an HLS playlist \(\.m3u8\), which makes ffmpeg read other files/,
      'victim.m3u8': /The source file is refused: it is an HLS playlist \(\.m3u8\), which makes ffmpeg read other files/,
      'victim.ffconcat': /The source file is refused: it is an ffconcat script/,
      'stream.sdp': /The source file is refused: it is an SDP session description/,
    };

    it('are refused by the import command, one line each with the reason, and nothing is stored', async () => {
      const [rowsBefore, filesBefore] = [await rowCount(), await stored()];
      const result = await system.cli(['import', path.join(hostileDir, 'playlists')]);
      expect(result.code).toBe(1);
      const lines = result.output.split('\n').filter((line) => /^(imported|already|skipped) /.test(line));
      expect(lines).toHaveLength(4);
      for (const [name, reason] of Object.entries(REASONS)) {
        const line = lines.find((l) => l.includes(`${name}:`));
        expect(line, name).toMatch(/^skipped /);
        expect(line, name).toMatch(reason);
      }
      expect(await rowCount()).toBe(rowsBefore);
      expect(await stored()).toEqual(filesBefore);
    });

    it('are refused at upload whatever they are called, and nothing is stored', async () => {
      const [rowsBefore, filesBefore] = [await rowCount(), await stored()];
      for (const [name, reason] of Object.entries(REASONS)) {
        for (const filename of [name, 'session.mp4']) {
          const result = await uploadFile(system.url, playlists[name]!, { token: admin, filename });
          expect(result.status, `${name} as ${filename}`).toBe(422);
          expect(result.body.error.code).toBe('UNSUPPORTED_MEDIA');
          expect(result.body.error.message).toMatch(new RegExp(`^${filename.replace('.', '\\.')} was not imported: `));
          expect(result.body.error.message).toMatch(reason);
          expect(result.body.error.message).not.toContain('\n');
        }
      }
      expect(await rowCount()).toBe(rowsBefore);
      expect(await stored()).toEqual(filesBefore);
      expect(await filesBelow(path.join(recordingsDir(), '.incoming'))).toEqual([]);
    });

    it('cannot make an export read the file they name, even when one is already stored as a recording', async () => {
      // A playlist where a cataloged recording should be (stored by an older version, or changed on disk).
      const decoy = recordings.get('decoy')!;
      await fsp.copyFile(playlists['victim.m3u8']!, path.join(recordingsDir(), decoy.sourceLocation));
      const task = await exportAndSettle(decoy.id);
      expect(task.status).toBe('FAILED');
      expect(task.error).toMatch(/^The source file is refused: it is an HLS playlist/);
      const exportsNow = await fsp.readdir(path.join(system.dataDir, 'exports'));
      expect(exportsNow.filter((f) => f.startsWith(task.id))).toEqual([]);
      await expectBothUp();
    });
  });

  describe('a file named evidence.html', () => {
    const HTML = '<!doctype html><html><body><script>fetch("/graphql")</script>Evidence</body></html>\n';

    it('is refused when it is a web page', async () => {
      const result = await upload(system.url, Buffer.from(HTML), { token: admin, filename: 'evidence.html' });
      expect(result.status).toBe(422);
      expect(result.body.error.code).toBe('UNSUPPORTED_MEDIA');
    });

    it('is stored and served as what ffprobe found when it is a recording, never as text/html', async () => {
      const webm = path.join(system.dataDir, 'import', 'decoy.webm');
      const bytes = Buffer.concat([await fsp.readFile(webm), Buffer.from(HTML)]);
      const result = await upload(system.url, bytes, { token: admin, filename: 'evidence.html' });
      expect(result.status).toBe(201);
      const [row] = await system.sql<{ format: string; source_location: string }>('select format, source_location from recordings where id = $1', [
        result.body.recording.id,
      ]);
      expect(row).toMatchObject({ format: 'webm', source_location: expect.stringMatching(/^[0-9a-f]{2}\/[0-9a-f]{64}\.webm$/) });

      for (const range of [undefined, 'bytes=0-', 'bytes=10-99']) {
        const response = await media(result.body.recording.id, range ? { range } : {});
        expect(response.status).toBe(range ? 206 : 200);
        expectFileHeaders(response, 'video/webm');
        await response.arrayBuffer();
      }
    });

    it('is sent as opaque bytes when an older catalog entry stored it as html', async () => {
      // What an older version stored for it: the sender's extension, and a format taken from it.
      const legacy = recordings.get('legacy')!;
      const asHtml = legacy.sourceLocation.replace(/\.mkv$/, '.html');
      await fsp.writeFile(path.join(recordingsDir(), asHtml), HTML);
      await system.sql("update recordings set format = 'html', source_location = $2 where id = $1", [legacy.id, asHtml]);
      const response = await media(legacy.id);
      expect(response.status).toBe(200);
      expectFileHeaders(response, 'application/octet-stream');
      expect(await response.text()).toBe(HTML);
    });
  });

  describe('a recording whose timestamps claim years', () => {
    it('is refused at upload with the days it claims, and nothing is stored', async () => {
      const decades = path.join(hostileDir, 'decades.cast');
      await fsp.writeFile(decades, `${TERMINAL_HEADER}\n[0.5, "o", "$ id\\r\\n"]\n[1000000000, "o", "later"]\n`);
      const [rowsBefore, filesBefore] = [await rowCount(), await stored()];
      const result = await uploadFile(system.url, decades, { token: admin });
      expect(result.status).toBe(422);
      expect(result.body.error).toMatchObject({ code: 'UNSUPPORTED_MEDIA' });
      expect(result.body.error.message).toBe(
        'decades.cast was not imported: The source file is refused: it lasts 11,574 days by its own timestamps, and a recording may last at most 366 days.',
      );
      expect(await rowCount()).toBe(rowsBefore);
      expect(await stored()).toEqual(filesBefore);
    });
  });

  describe('a .cast.gz of 1.2 MB holding one line of 1.2 GB', () => {
    it('is that small', async () => {
      expect((await fsp.stat(bigLineCast)).size).toBeLessThan(2 * MB);
    });

    it('is refused by the import command with its line number, and the command ends normally', async () => {
      const rowsBefore = await rowCount();
      const result = await system.cli(['import', bigLineCast]);
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/^skipped +\S+session\.cast\.gz: line 2: the line is longer than 2 MiB/m);
      expect(result.output).toContain('0 imported, 0 already in the catalog, 1 skipped');
      expect(await rowCount()).toBe(rowsBefore);
    });

    it('is refused at upload with its line number, and the API and the worker stay up', async () => {
      const [rowsBefore, filesBefore] = [await rowCount(), await stored()];
      const result = await uploadFile(system.url, bigLineCast, { token: admin });
      expect(result.status).toBe(422);
      expect(result.body.error).toMatchObject({ code: 'UNSUPPORTED_MEDIA' });
      expect(result.body.error.message).toMatch(/^session\.cast\.gz was not imported: line 2: the line is longer than 2 MiB/);
      expect(await rowCount()).toBe(rowsBefore);
      expect(await stored()).toEqual(filesBefore);
      await expectBothUp();
    });

    it('stored in place of a cataloged terminal recording, fails its export and cuts its playback short, and both processes stay up', async () => {
      const shell = recordings.get('shell')!;
      const before = await media(shell.id);
      expect(before.status).toBe(200);
      expectFileHeaders(before, 'application/x-asciicast');
      expect((await before.text()).split('\n')[0]).toContain('"width":80');

      await fsp.copyFile(bigLineCast, path.join(recordingsDir(), shell.sourceLocation));
      const task = await exportAndSettle(shell.id);
      expect(task.status).toBe('FAILED');
      expect(task.error).toMatch(/line 2: the line is longer than 2 MiB/);

      // The header still reads, so the answer starts; the long line then ends it early.
      const after = await media(shell.id);
      expect(after.status).toBe(200);
      expectFileHeaders(after, 'application/x-asciicast');
      const body = await after.text().catch(() => '');
      expect(body.length).toBeLessThan(3 * MB);
      await expectBothUp();

      // The worker still takes export tasks.
      expect((await exportAndSettle(recordings.get('victim')!.id)).status).toBe('COMPLETED');
    });
  });
});
