import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, gqlOk, signIn } from '../support/graphql-client.js';
import { writeFixtures, type FixtureSpec } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { chunkedBody, filesBelow, upload, uploadFile } from '../support/upload.js';

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await fsp.readFile(file))
    .digest('hex');
const stored = (sha: string, ext: string) => path.join(sha.slice(0, 2), `${sha}.${ext}`);

const FINANCE_META = {
  userName: 'jdoe',
  serverName: 'fin-app-01',
  clientName: 'LAPTOP-7',
  clientIp: '10.0.0.5',
  applications: [' Excel ', 'Outlook', ''],
  protocol: 'RDP',
  startedAt: '2026-11-20T09:14:03+01:00',
  restricted: true,
};
const RECORDING = graphql(`query Import_Recording($id: ID!) { recording(id: $id) { ...RecordingFields endedAt sourceLocation } }`);
const RECORDINGS = graphql(`
  query Import_Recordings($filter: RecordingFilter) { recordings(filter: $filter) { totalCount edges { node { ...RecordingFields sourceLocation } } } }
`);

// The time the recorder last wrote the file that has no startedAt in its sidecar.
const SSH_MTIME = new Date('2026-02-01T10:00:10.000Z');

describe('catalog import: the import command and the upload endpoint', () => {
  let system: System;
  let admin: string;
  let viewer: string;
  let recordingsDir: string;
  let importDir: string;
  let files: Record<string, string>;
  const rowCount = async () => Number((await system.sql<{ n: string }>('select count(*) as n from recordings'))[0]!.n);
  const recording = async (id: string) => (await gqlOk(system.url, RECORDING, { id }, viewer)).recording;

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 0, env: { CUSTODIAN_MAX_UPLOAD_MB: '1' } });
    recordingsDir = path.join(system.dataDir, 'recordings');
    importDir = path.join(system.dataDir, 'import');
    const specs: FixtureSpec[] = [
      { name: 'import/top/finance.webm', width: 320, height: 240, durationSeconds: 1.5, withAudio: true, metadata: FINANCE_META },
      {
        name: 'import/nested/deeper/ssh.mkv',
        width: 320,
        height: 240,
        durationSeconds: 2,
        withAudio: false,
        metadata: { userName: '  root  ', protocol: 'SSH' },
      },
      { name: 'import/plain.mp4', width: 320, height: 240, durationSeconds: 1, withAudio: true, metadata: {} },
      { name: 'import/bad/bad-json.mp4', width: 320, height: 240, durationSeconds: 1, withAudio: false, metadata: {} },
      {
        name: 'import/bad/yesterday.mp4',
        width: 320,
        height: 240,
        durationSeconds: 1,
        withAudio: false,
        metadata: { userName: 'someone', startedAt: 'yesterday' },
      },
      { name: 'upload/agent.mp4', width: 320, height: 240, durationSeconds: 1, withAudio: true, metadata: {} },
      { name: 'upload/browser.webm', width: 320, height: 240, durationSeconds: 1, withAudio: false, metadata: {} },
    ];
    const written = await writeFixtures(system.dataDir, specs);
    files = Object.fromEntries(written.map((file) => [path.relative(system.dataDir, file), file]));

    // No sidecar for plain.mp4, and a byte-identical copy of it elsewhere in the tree.
    await fsp.rm(`${files['import/plain.mp4']}.json`);
    files['import/zz-copy/plain-copy.mp4'] = path.join(importDir, 'zz-copy', 'plain-copy.mp4');
    await fsp.mkdir(path.dirname(files['import/zz-copy/plain-copy.mp4']!));
    await fsp.copyFile(files['import/plain.mp4']!, files['import/zz-copy/plain-copy.mp4']!);
    // A text file posing as a recording, with a sidecar that is fine.
    files['import/bad/not-media.mp4'] = path.join(importDir, 'bad', 'not-media.mp4');
    await fsp.writeFile(files['import/bad/not-media.mp4']!, 'This is a meeting note, not a recording.\n'.repeat(50));
    await fsp.writeFile(`${files['import/bad/not-media.mp4']}.json`, JSON.stringify({ userName: 'notes' }));
    // A sidecar that is not JSON beside a real recording.
    await fsp.writeFile(`${files['import/bad/bad-json.mp4']}.json`, '{ "userName": "broken", ');
    // The recorder's last write, which tells when the session ended.
    await fsp.utimes(files['import/nested/deeper/ssh.mkv']!, SSH_MTIME, SSH_MTIME);

    admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    viewer = await createUser(system.url, admin, 'investigator', ['PRIVILEGED_PLAYER']);
  });

  afterAll(() => system?.stop());

  describe('import command', () => {
    const IMPORTED = ['import/top/finance.webm', 'import/nested/deeper/ssh.mkv', 'import/plain.mp4'];
    const SKIPPED = ['import/bad/not-media.mp4', 'import/bad/bad-json.mp4', 'import/bad/yesterday.mp4'];
    const ids: Record<string, string> = {};
    let firstListing: string[];

    /** The per-file lines, by the file's path below the data folder. */
    const fileLines = (output: string) => {
      const lines = output.split('\n').filter((line) => /^(imported|already|skipped) /.test(line));
      const byFile = new Map<string, string[]>();
      for (const line of lines) {
        const file = Object.entries(files).find(([, full]) => line.split(/ +/)[1]!.replace(/:$/, '') === full)?.[0] ?? `unknown: ${line}`;
        byFile.set(file, [...(byFile.get(file) ?? []), line]);
      }
      return { lines, byFile };
    };

    it('imports a folder recursively, one line per file, and skips what is not importable with the reason', async () => {
      const result = await system.cli(['import', importDir]);
      const { lines, byFile } = fileLines(result.output);
      expect(lines, result.output).toHaveLength(7);
      expect([...byFile.keys()].sort()).toEqual(
        Object.keys(files)
          .filter((f) => f.startsWith('import/'))
          .sort(),
      );
      for (const file of byFile.keys()) expect(byFile.get(file), file).toHaveLength(1);

      for (const file of IMPORTED) {
        const line = byFile.get(file)![0]!;
        const match = line.match(/^imported +(\S+) → ([0-9a-f-]{36})$/);
        expect(match, line).not.toBeNull();
        ids[file] = match![2]!;
      }
      // The copy has the same bytes as plain.mp4, met earlier in the same run.
      expect(byFile.get('import/zz-copy/plain-copy.mp4')![0]).toBe(`already   ${files['import/zz-copy/plain-copy.mp4']} = ${ids['import/plain.mp4']}`);

      expect(byFile.get('import/bad/not-media.mp4')![0]).toMatch(/^skipped +\S+not-media\.mp4: .*(corrupt|not a recording|does not recognise)/i);
      expect(byFile.get('import/bad/bad-json.mp4')![0]).toMatch(/^skipped +\S+bad-json\.mp4: its sidecar bad-json\.mp4\.json is not valid JSON/);
      expect(byFile.get('import/bad/yesterday.mp4')![0]).toContain(
        'yesterday.mp4: its sidecar yesterday.mp4.json is invalid: startedAt is not a date: "yesterday"',
      );

      expect(result.output).toContain('3 imported, 1 already in the catalog, 3 skipped');
      expect(result.code).toBe(1);
    });

    it('stores only what was imported: three rows, three content-addressed files', async () => {
      expect(await rowCount()).toBe(3);
      const expected: string[] = [];
      for (const [file, ext] of [
        ['import/top/finance.webm', 'webm'],
        ['import/nested/deeper/ssh.mkv', 'mkv'],
        ['import/plain.mp4', 'mp4'],
      ] as const) {
        const sha = await sha256(files[file]!);
        expected.push(stored(sha, ext));
        const copy = path.join(recordingsDir, stored(sha, ext));
        expect(await fsp.readFile(copy)).toEqual(await fsp.readFile(files[file]!));
        const rec = await recording(ids[file]!);
        expect(rec.sourceSha256).toBe(sha);
        expect(rec.sourceLocation).toBe(stored(sha, ext));
        expect(rec.sizeBytes).toBe((await fsp.stat(files[file]!)).size);
      }
      firstListing = await filesBelow(recordingsDir);
      expect(firstListing).toEqual(expected.sort());
      // Nothing of the skipped files, under any name.
      for (const file of SKIPPED) {
        const sha = await sha256(files[file]!);
        expect(await system.sql('select id from recordings where source_sha256 = $1', [sha]), file).toEqual([]);
        expect(
          firstListing.some((f) => f.includes(sha)),
          file,
        ).toBe(false);
      }
      expect(await system.sql('select user_name from recordings where user_name in ($1, $2, $3)', ['notes', 'broken', 'someone'])).toEqual([]);
      // The sources themselves are left where they were.
      for (const file of Object.values(files)) await expect(fsp.stat(file)).resolves.toBeTruthy();
    });

    it("keeps the sidecar metadata, trimmed, and the file's properties as ffprobe reads them", async () => {
      const finance = await recording(ids['import/top/finance.webm']!);
      expect(finance).toMatchObject({
        userName: 'jdoe',
        serverName: 'fin-app-01',
        clientName: 'LAPTOP-7',
        clientIp: '10.0.0.5',
        applications: ['Excel', 'Outlook'],
        protocol: 'RDP',
        startedAt: '2026-11-20T08:14:03.000Z',
        restricted: true,
        format: 'webm',
        width: 320,
        height: 240,
        hasAudio: true,
      });
      expect(Math.abs(finance.durationSeconds - 1.5)).toBeLessThanOrEqual(0.2);
      expect(Date.parse(finance.endedAt) - Date.parse(finance.startedAt)).toBeCloseTo(finance.durationSeconds * 1000, -1);

      // Only some metadata: the rest is 'unknown'.
      const ssh = await recording(ids['import/nested/deeper/ssh.mkv']!);
      expect(ssh).toMatchObject({
        userName: 'root',
        serverName: 'unknown',
        clientName: 'unknown',
        clientIp: 'unknown',
        applications: [],
        protocol: 'SSH',
        restricted: false,
        format: 'mkv',
        width: 320,
        height: 240,
        hasAudio: false,
      });
      expect(Math.abs(ssh.durationSeconds - 2)).toBeLessThanOrEqual(0.2);

      // No sidecar at all.
      const plain = await recording(ids['import/plain.mp4']!);
      expect(plain).toMatchObject({
        userName: 'unknown',
        serverName: 'unknown',
        applications: [],
        protocol: 'unknown',
        restricted: false,
        format: 'mp4',
        width: 320,
        height: 240,
        hasAudio: true,
      });
      expect(Math.abs(plain.durationSeconds - 1)).toBeLessThanOrEqual(0.2);
    });

    it("takes the end of a recording without startedAt from the source file's modification time", async () => {
      const ssh = await recording(ids['import/nested/deeper/ssh.mkv']!);
      // The source file's time counts, not that of the copy in the recordings folder, whose
      // modification time is the moment of import.
      expect(ssh.endedAt).toBe(SSH_MTIME.toISOString());
      expect(Date.parse(ssh.startedAt)).toBeCloseTo(SSH_MTIME.getTime() - ssh.durationSeconds * 1000, -1);
    });

    it('imports the same folder again as "already" for each file, creating nothing', async () => {
      const result = await system.cli(['import', importDir]);
      const { lines, byFile } = fileLines(result.output);
      expect(lines, result.output).toHaveLength(7);
      for (const file of IMPORTED) expect(byFile.get(file)).toEqual([`already   ${files[file]} = ${ids[file]}`]);
      expect(byFile.get('import/zz-copy/plain-copy.mp4')).toEqual([`already   ${files['import/zz-copy/plain-copy.mp4']} = ${ids['import/plain.mp4']}`]);
      for (const file of SKIPPED) expect(byFile.get(file)![0]).toMatch(/^skipped /);
      expect(result.output).toContain('0 imported, 4 already in the catalog, 3 skipped');
      expect(result.code).toBe(1);
      expect(await rowCount()).toBe(3);
      expect(await filesBelow(recordingsDir)).toEqual(firstListing);
    });

    it('imports a single file once its sidecar is fixed, exiting 0', async () => {
      const file = files['import/bad/yesterday.mp4']!;
      await fsp.writeFile(`${file}.json`, JSON.stringify({ userName: 'someone', startedAt: '2026-11-19T18:00:00Z', applications: ['bash'] }));
      const result = await system.cli(['import', file]);
      const { lines } = fileLines(result.output);
      expect(lines).toHaveLength(1);
      const id = lines[0]!.match(/^imported +\S+ → ([0-9a-f-]{36})$/)?.[1];
      expect(id, result.output).toBeDefined();
      expect(result.output).toContain('1 imported, 0 already in the catalog, 0 skipped');
      expect(result.code).toBe(0);
      expect(await recording(id!)).toMatchObject({
        userName: 'someone',
        startedAt: '2026-11-19T18:00:00.000Z',
        applications: ['bash'],
        format: 'mp4',
        hasAudio: false,
      });
      expect(await rowCount()).toBe(4);
    });

    it('reports a path that does not exist, exiting 1', async () => {
      const missing = path.join(system.dataDir, 'no-such-folder');
      const result = await system.cli(['import', missing]);
      expect(result.output).toContain(`skipped   ${missing}: no such file or folder`);
      expect(result.output).toContain('0 imported, 0 already in the catalog, 1 skipped');
      expect(result.code).toBe(1);
      expect(await rowCount()).toBe(4);
    });
  });

  describe('upload endpoint', () => {
    const incomingDir = () => path.join(recordingsDir, '.incoming');
    const AGENT_META = {
      userName: 'agent-user',
      serverName: 'srv-upload',
      clientName: 'AGENT-PC',
      clientIp: '10.1.1.1',
      applications: ['psql'],
      protocol: 'SSH',
      startedAt: '2026-11-20T09:14:03Z',
    };
    let uploadedId: string;

    /** Runs `action` and checks that it left the catalog and the recordings folder as they were. */
    const leavesNothing = async (action: () => Promise<void>) => {
      const rows = await rowCount();
      const listing = (await filesBelow(recordingsDir)).filter((f) => !f.startsWith('.incoming'));
      await action();
      expect(await rowCount()).toBe(rows);
      expect((await filesBelow(recordingsDir)).filter((f) => !f.startsWith('.incoming'))).toEqual(listing);
      expect(await filesBelow(incomingDir())).toEqual([]);
    };

    it('answers 401 without a valid token and 403 without ADMINISTRATOR', async () => {
      const body = await fsp.readFile(files['upload/agent.mp4']!);
      const player = await createUser(system.url, admin, 'uploader-wannabe', ['PLAYER', 'PRIVILEGED_PLAYER', 'LOGGING_READER']);
      await leavesNothing(async () => {
        const none = await upload(system.url, body, { filename: 'agent.mp4', metadata: AGENT_META });
        expect(none.status).toBe(401);
        expect(none.body.error.code).toBe('UNAUTHENTICATED');
        const wrong = await upload(system.url, body, { filename: 'agent.mp4', metadata: AGENT_META, token: 'not-a-real-token' });
        expect(wrong.status).toBe(401);
        const forbidden = await upload(system.url, body, { filename: 'agent.mp4', metadata: AGENT_META, token: player });
        expect(forbidden.status).toBe(403);
        expect(forbidden.body.error.code).toBe('FORBIDDEN');
      });
    });

    it("catalogs an administrator's upload with the header metadata: 201", async () => {
      const file = files['upload/agent.mp4']!;
      const sha = await sha256(file);
      const result = await uploadFile(system.url, file, { token: admin, filename: 'session-42.mp4', metadata: AGENT_META });
      expect(result.status, JSON.stringify(result.body)).toBe(201);
      expect(result.body).toEqual({ status: 'imported', recording: { id: expect.any(String), sourceSha256: sha } });
      uploadedId = result.body.recording.id;

      const found = await gqlOk(system.url, RECORDINGS, { filter: { userName: 'agent-user' } }, viewer);
      expect(found.recordings.totalCount).toBe(1);
      const rec = found.recordings.edges[0].node;
      expect(rec).toMatchObject({
        ...AGENT_META,
        id: uploadedId,
        startedAt: '2026-11-20T09:14:03.000Z',
        restricted: false,
        format: 'mp4',
        width: 320,
        height: 240,
        hasAudio: true,
        sourceSha256: sha,
        sourceLocation: stored(sha, 'mp4'),
      });
      expect(Math.abs(rec.durationSeconds - 1)).toBeLessThanOrEqual(0.2);
      expect(rec.sizeBytes).toBe((await fsp.stat(file)).size);
      expect(await fsp.readFile(path.join(recordingsDir, stored(sha, 'mp4')))).toEqual(await fsp.readFile(file));
      expect(await filesBelow(incomingDir())).toEqual([]);
    });

    it("names the stored file after the uploaded name's extension and reads the container", async () => {
      const file = files['upload/browser.webm']!;
      const sha = await sha256(file);
      // Streamed, as an agent sending a large file would.
      const bytes = await fsp.readFile(file);
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(bytes.subarray(0, 1000));
          c.enqueue(bytes.subarray(1000));
          c.close();
        },
      });
      const result = await upload(system.url, stream, { token: admin, filename: 'browser-capture.webm', metadata: { userName: 'browser-user' } });
      expect(result.status, JSON.stringify(result.body)).toBe(201);
      const rec = await recording(result.body.recording.id);
      expect(rec).toMatchObject({ userName: 'browser-user', format: 'webm', hasAudio: false, sourceSha256: sha, sourceLocation: stored(sha, 'webm') });
    });

    it('answers 200 duplicate for the same bytes, keeping the first metadata', async () => {
      const file = files['upload/agent.mp4']!;
      await leavesNothing(async () => {
        const again = await uploadFile(system.url, file, { token: admin, filename: 'other-name.mkv', metadata: { userName: 'someone-else' } });
        expect(again.status, JSON.stringify(again.body)).toBe(200);
        expect(again.body).toEqual({ status: 'duplicate', recording: { id: uploadedId, sourceSha256: await sha256(file) } });
      });
      expect((await recording(uploadedId)).userName).toBe('agent-user');
      // Bytes that were imported from a folder are duplicates for the endpoint too.
      const imported = await uploadFile(system.url, files['import/plain.mp4']!, { token: admin });
      expect(imported.status).toBe(200);
      expect(imported.body.status).toBe('duplicate');
    });

    it('refuses a declared body over the size limit with 413, leaving no file behind', async () => {
      await leavesNothing(async () => {
        const result = await upload(system.url, Buffer.alloc(2 * 1024 * 1024, 7), { token: admin, filename: 'huge.mp4' });
        expect(result.status).toBe(413);
        expect(result.body.error.code).toBe('TOO_LARGE');
      });
    });

    it('refuses a body that is not media with 422 and the reason', async () => {
      await leavesNothing(async () => {
        const result = await upload(system.url, Buffer.from('Dear diary, today nothing was recorded.\n'.repeat(100)), {
          token: admin,
          filename: 'diary.mp4',
          metadata: AGENT_META,
        });
        expect(result.status).toBe(422);
        expect(result.body.error.code).toBe('UNSUPPORTED_MEDIA');
        expect(result.body.error.message).toMatch(/^diary\.mp4 was not imported: .*(corrupt|not a recording|does not recognise)/i);
        // The reason is for the agent; where the server keeps its files is not.
        expect(result.body.error.message).not.toContain(system.dataDir);
      });
    });

    it('refuses invalid X-Recording-Metadata with 400 before storing anything', async () => {
      const body = await fsp.readFile(files['upload/agent.mp4']!);
      await leavesNothing(async () => {
        for (const [metadata, reason] of [
          ['{"userName": ', /not valid JSON/],
          ['{"startedAt": "yesterday"}', /startedAt is not a date/],
          ['["jdoe"]', /not a JSON object/],
          ['{"applications": "Excel"}', /applications/],
          ['{"restricted": "yes"}', /restricted/],
          [JSON.stringify({ userName: 'x'.repeat(501) }), /userName/],
        ] as const) {
          const result = await upload(system.url, body, { token: admin, filename: 'agent.mp4', metadata });
          expect(result.status, metadata).toBe(400);
          expect(result.body.error.code).toBe('BAD_USER_INPUT');
          expect(result.body.error.message).toMatch(reason);
        }
      });
    });

    it('refuses an upload without a file name or without a body with 400', async () => {
      await leavesNothing(async () => {
        const unnamed = await upload(system.url, await fsp.readFile(files['upload/browser.webm']!), { token: admin, filename: null });
        expect(unnamed.status).toBe(400);
        const empty = await upload(system.url, Buffer.alloc(0), { token: admin, filename: 'empty.mp4' });
        expect(empty.status).toBe(400);
        expect(empty.body.error.code).toBe('BAD_USER_INPUT');
      });
    });

    // Last: when the server leaves the connection unusable, nothing after this is affected.
    it('refuses a streamed body over the size limit with 413, leaving no file behind and the connection usable', async () => {
      let allTaken!: () => void;
      const taken = new Promise<void>((resolve) => (allTaken = resolve));
      await leavesNothing(async () => {
        const result = await upload(system.url, chunkedBody(2 * 1024 * 1024, 64 * 1024, allTaken), {
          token: admin,
          filename: 'huge.mp4',
          metadata: { userName: 'huge' },
        });
        expect(result.status).toBe(413);
        expect(result.body.error.code).toBe('TOO_LARGE');
      });
      // Once the client has sent the whole body, it reuses the kept-alive connection.
      await Promise.race([taken, new Promise((r) => setTimeout(r, 5000))]);
      await new Promise((r) => setTimeout(r, 300));
      const next = await fetch(`${system.url}/healthz`, { signal: AbortSignal.timeout(3000) }).then(
        (response) => response.status,
        (error: Error & { cause?: { code?: string } }) => `failed: ${error.cause?.code ?? error.name}`,
      );
      // The rest of the refused body is read and thrown away: the client sees the refusal, not a
      // reset connection, and a request sent next on the kept-alive connection is answered.
      expect(next).toBe(200);
    });
  });
});
