import fsp from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, gqlOk, signIn } from '../support/graphql-client.js';
import { writeFixtures } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';

const VIDEO_RECORDINGS = graphql(`query Playback_VideoRecordings { recordings { edges { node { id restricted sourceLocation sizeBytes } } } }`);
const TERMINAL_RECORDINGS = graphql(`query Playback_TerminalRecordings { recordings { edges { node { id userName kind } } } }`);
const PLAYBACKS = graphql(`
  query Playback_Playbacks { exportAudit(filter: { action: [RECORDING_PLAYED] }, first: 100) { totalCount edges { node { action actionLabel actor outcome } } } }
`);

interface PlayedRow {
  actor_name: string | null;
  recording_id: string | null;
  outcome: string;
  detail: string | null;
}

describe('playing recordings through GET /api/recordings/:id/media', () => {
  let system: System;
  let player: string;
  let privileged: string;
  let reader: string;
  let open: { id: string; sourceLocation: string; sizeBytes: number };
  let secret: { id: string; sourceLocation: string };

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 0 });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(dir, [
      { name: 'open.webm', width: 320, height: 240, durationSeconds: 3, withAudio: true, metadata: { userName: 'open-user', serverName: 'srv-a' } },
      {
        name: 'secret.mp4',
        width: 320,
        height: 240,
        durationSeconds: 2,
        withAudio: false,
        metadata: { userName: 'secret-user', serverName: 'srv-b', restricted: true },
      },
    ]);
    await system.cli(['import', dir]);
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    player = await createUser(system.url, admin, 'player', ['PLAYER']);
    privileged = await createUser(system.url, admin, 'privileged', ['PRIVILEGED_PLAYER']);
    reader = await createUser(system.url, admin, 'reader', ['LOGGING_READER']);
    const all = await gqlOk(system.url, VIDEO_RECORDINGS, {}, privileged);
    open = all.recordings.edges.find((e) => !e.node.restricted)!.node;
    secret = all.recordings.edges.find((e) => e.node.restricted)!.node;
  });

  afterAll(() => system?.stop());

  const media = (id: string, headers: Record<string, string> = {}) => fetch(`${system.url}/api/recordings/${id}/media`, { headers });
  const bearer = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });
  const played = (id?: string) =>
    system.sql<PlayedRow>(
      `select actor_name, recording_id, outcome, detail from audit_events where action = 'RECORDING_PLAYED'${id ? ' and recording_id = $1' : ''} order by id`,
      id ? [id] : [],
    );

  it('serves the whole video file to a player with Accept-Ranges and its type, and audits one playback', async () => {
    const before = (await played(open.id)).length;
    const response = await media(open.id, bearer(player));
    expect(response.status).toBe(200);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-type')).toBe('video/webm');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = Buffer.from(await response.arrayBuffer());
    const source = await fsp.readFile(path.join(system.dataDir, 'recordings', open.sourceLocation));
    expect(body.equals(source)).toBe(true);
    expect(body.length).toBe(open.sizeBytes);
    const rows = await played(open.id);
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toEqual({ actor_name: 'player', recording_id: open.id, outcome: 'SUCCESS', detail: null });
  });

  it('answers Range requests with 206 and the exact bytes; only a range from byte 0 starts a new playback', async () => {
    const source = await fsp.readFile(path.join(system.dataDir, 'recordings', open.sourceLocation));
    const before = (await played(open.id)).length;

    const start = await media(open.id, bearer(player, { range: 'bytes=0-' }));
    expect(start.status).toBe(206);
    expect(start.headers.get('content-range')).toBe(`bytes 0-${source.length - 1}/${source.length}`);
    await start.arrayBuffer();
    expect((await played(open.id)).length).toBe(before + 1);

    // The chunks a player fetches while the video runs or seeks are not new playbacks.
    for (const [from, to] of [
      [100, 199],
      [1000, 4999],
      [source.length - 10, source.length - 1],
    ] as const) {
      const chunk = await media(open.id, bearer(player, { range: `bytes=${from}-${to}` }));
      expect(chunk.status).toBe(206);
      expect(chunk.headers.get('content-range')).toBe(`bytes ${from}-${to}/${source.length}`);
      expect(Buffer.from(await chunk.arrayBuffer()).equals(source.subarray(from, to + 1))).toBe(true);
    }
    const beyond = await media(open.id, bearer(player, { range: `bytes=${source.length + 10}-` }));
    expect(beyond.status).toBe(416);
    await beyond.arrayBuffer();
    expect((await played(open.id)).length).toBe(before + 1);
  });

  it('accepts the browser session cookie as well as a bearer token', async () => {
    const response = await media(open.id, { cookie: `custodian_session=${encodeURIComponent(player)}`, range: 'bytes=0-99' });
    expect(response.status).toBe(206);
    expect((await response.arrayBuffer()).byteLength).toBe(100);
  });

  it('refuses without credentials (401) and with a wrong token, and audits the refusals', async () => {
    const before = (await played(open.id)).length;
    for (const headers of [{}, bearer('not-a-real-token')]) {
      const response = await media(open.id, headers);
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe('UNAUTHENTICATED');
    }
    const rows = (await played(open.id)).slice(before);
    expect(rows).toEqual([
      { actor_name: null, recording_id: open.id, outcome: 'DENIED', detail: 'Sign in to play recordings.' },
      { actor_name: null, recording_id: open.id, outcome: 'DENIED', detail: 'Sign in to play recordings.' },
    ]);
  });

  it('refuses a user without a player role (403) and audits it', async () => {
    const response = await media(open.id, bearer(reader));
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('FORBIDDEN');
    expect((await played(open.id)).at(-1)).toMatchObject({ actor_name: 'reader', outcome: 'DENIED' });
  });

  it('hides restricted recordings from a PLAYER as NOT_FOUND, audits the refusal, and plays them for PRIVILEGED_PLAYER', async () => {
    // Even a chunk request is refused and audited: every refusal is.
    for (const headers of [bearer(player), bearer(player, { range: 'bytes=500-' })]) {
      const response = await media(secret.id, headers);
      expect(response.status).toBe(404);
      const body = await response.json();
      expect(body.error.code).toBe('NOT_FOUND');
      expect(body.error.message).not.toMatch(/restricted/i);
    }
    expect(await played(secret.id)).toEqual([
      { actor_name: 'player', recording_id: secret.id, outcome: 'DENIED', detail: `There is no recording ${secret.id}.` },
      { actor_name: 'player', recording_id: secret.id, outcome: 'DENIED', detail: `There is no recording ${secret.id}.` },
    ]);
    // The refusal for a restricted recording reads exactly like the one for an unknown id.
    const unknown = '00000000-0000-4000-8000-000000000000';
    const missing = await media(unknown, bearer(player));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toBe(`There is no recording ${unknown}.`);

    const allowed = await media(secret.id, bearer(privileged));
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('content-type')).toBe('video/mp4');
    await allowed.arrayBuffer();
    expect((await played(secret.id)).at(-1)).toEqual({ actor_name: 'privileged', recording_id: secret.id, outcome: 'SUCCESS', detail: null });
  });

  it('answers 404 for an id that is not one, and keeps it in the audit detail', async () => {
    const response = await media('not-a-uuid', bearer(player));
    expect(response.status).toBe(404);
    await response.json();
    const row = (await played()).at(-1)!;
    expect(row).toMatchObject({ actor_name: 'player', recording_id: null, outcome: 'DENIED' });
    expect(row.detail).toContain('not-a-uuid');
  });

  it('answers 410 when the source file is gone, audited as a failure', async () => {
    const file = path.join(system.dataDir, 'recordings', secret.sourceLocation);
    await fsp.rename(file, `${file}.away`);
    try {
      const response = await media(secret.id, bearer(privileged));
      expect(response.status).toBe(410);
      expect((await response.json()).error.code).toBe('GONE');
      expect((await played(secret.id)).at(-1)).toMatchObject({ actor_name: 'privileged', outcome: 'FAILURE' });
    } finally {
      await fsp.rename(`${file}.away`, file);
    }
  });

  it('shows playbacks in the audit query under the label "Play recording"', async () => {
    const auditor = await createUser(system.url, await signIn(system.url, ADMIN.username, ADMIN.password), 'auditor', ['LOGGING_READER']);
    const data = await gqlOk(system.url, PLAYBACKS, {}, auditor);
    expect(data.exportAudit.totalCount).toBe((await played()).length);
    expect(data.exportAudit.edges[0].node).toMatchObject({ action: 'RECORDING_PLAYED', actionLabel: 'Play recording' });
  });
});

describe('playing terminal recordings: any asciicast version is sent as asciicast v2', () => {
  let system: System;
  let player: string;
  const ids: Record<string, string> = {};

  const lines = (...values: unknown[]) => `${values.map((v) => JSON.stringify(v)).join('\n')}\n`;
  const V2 = lines(
    { version: 2, width: 100, height: 30, timestamp: 1700000000, title: 'deploy', env: { TERM: 'xterm-256color', SHELL: '/bin/bash' } },
    [0.5, 'o', '$ ls\r\n'],
    [1.25, 'i', 'q'],
    [2, 'r', '120x40'],
    [2.5, 'o', 'done\r\n'],
  );
  const SOURCES: Record<string, string | Buffer> = {
    'v1.cast': JSON.stringify({
      version: 1,
      width: 40,
      height: 10,
      duration: 1.5,
      command: 'top',
      env: { TERM: 'xterm' },
      stdout: [
        [0.5, 'one'],
        [1.0, 'two'],
      ],
    }),
    'v2.cast': V2,
    // v3 events carry intervals since the previous event, and an exit event that v2 cannot express.
    'v3.cast': lines({ version: 3, term: { cols: 120, rows: 40, type: 'xterm-kitty' }, idle_time_limit: 2 }, [0.5, 'o', 'a'], [0.25, 'o', 'b'], [1, 'x', '0']),
    'gz.cast.gz': gzipSync(lines({ version: 2, width: 20, height: 5 }, [0.1, 'o', 'zipped'])),
    'secret.cast': lines({ version: 2, width: 80, height: 24 }, [0.1, 'o', 'root password: hunter2']),
  };
  const EXPECTED: Record<string, unknown[]> = {
    'v1.cast': [{ version: 2, width: 40, height: 10, command: 'top', env: { TERM: 'xterm' } }, [0.5, 'o', 'one'], [1.5, 'o', 'two']],
    'v2.cast': [
      { version: 2, width: 100, height: 30, timestamp: 1700000000, title: 'deploy', env: { TERM: 'xterm-256color', SHELL: '/bin/bash' } },
      [0.5, 'o', '$ ls\r\n'],
      [1.25, 'i', 'q'],
      [2, 'r', '120x40'],
      [2.5, 'o', 'done\r\n'],
    ],
    'v3.cast': [{ version: 2, width: 120, height: 40, idle_time_limit: 2, env: { TERM: 'xterm-kitty' } }, [0.5, 'o', 'a'], [0.75, 'o', 'b']],
    'gz.cast.gz': [{ version: 2, width: 20, height: 5, env: {} }, [0.1, 'o', 'zipped']],
  };

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 0 });
    const dir = path.join(system.dataDir, 'incoming-casts');
    await fsp.mkdir(dir, { recursive: true });
    for (const [name, content] of Object.entries(SOURCES)) {
      await fsp.writeFile(path.join(dir, name), content);
      await fsp.writeFile(
        path.join(dir, `${name}.json`),
        JSON.stringify({ userName: name, serverName: 'ssh-01', protocol: 'SSH', restricted: name === 'secret.cast' }),
      );
    }
    const imported = await system.cli(['import', dir]);
    expect(imported.code, imported.output).toBe(0);
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    player = await createUser(system.url, admin, 'player', ['PLAYER']);
    const privileged = await createUser(system.url, admin, 'privileged', ['PRIVILEGED_PLAYER']);
    const all = await gqlOk(system.url, TERMINAL_RECORDINGS, {}, privileged);
    for (const { node } of all.recordings.edges) {
      expect(node.kind).toBe('TERMINAL');
      ids[node.userName] = node.id;
    }
    expect(Object.keys(ids).sort()).toEqual(Object.keys(SOURCES).sort());
  });

  afterAll(() => system?.stop());

  const media = (id: string, headers: Record<string, string> = {}) =>
    fetch(`${system.url}/api/recordings/${id}/media`, { headers: { authorization: `Bearer ${player}`, ...headers } });
  const playedCount = async (id: string) =>
    Number((await system.sql<{ count: string }>(`select count(*) from audit_events where action = 'RECORDING_PLAYED' and recording_id = $1`, [id]))[0]!.count);

  for (const name of Object.keys(EXPECTED)) {
    it(`sends ${name} as asciicast v2 NDJSON, one JSON value a line`, async () => {
      const response = await media(ids[name]!);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/x-asciicast');
      expect(response.headers.get('accept-ranges')).toBe('none');
      const text = await response.text();
      expect(text.endsWith('\n')).toBe(true);
      expect(
        text
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line)),
      ).toEqual(EXPECTED[name]);
    });
  }

  it('audits every request for a terminal recording as one playback, Range or not', async () => {
    const id = ids['v2.cast']!;
    const before = await playedCount(id);
    for (const headers of [{}, { range: 'bytes=100-' }] as Record<string, string>[]) {
      const response = await media(id, headers);
      expect(response.status).toBe(200);
      await response.text();
    }
    expect(await playedCount(id)).toBe(before + 2);
  });

  it('hides a restricted terminal recording from a PLAYER (404) and audits the refusal', async () => {
    const response = await media(ids['secret.cast']!);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('hunter2');
    const rows = await system.sql('select actor_name, outcome from audit_events where action = $1 and recording_id = $2', [
      'RECORDING_PLAYED',
      ids['secret.cast'],
    ]);
    expect(rows).toEqual([{ actor_name: 'player', outcome: 'DENIED' }]);
  });

  it('answers 422 with the reason when the stored file is no longer asciicast, audited as a failure', async () => {
    const id = ids['gz.cast.gz']!;
    const [{ source_location }] = await system.sql<{ source_location: string }>('select source_location from recordings where id = $1', [id]);
    const file = path.join(system.dataDir, 'recordings', source_location);
    const original = await fsp.readFile(file);
    expect(gunzipSync(original).toString()).toContain('zipped');
    await fsp.writeFile(file, gzipSync('this is not a recording\n'));
    try {
      const response = await media(id);
      expect(response.status).toBe(422);
      const body = await response.json();
      expect(body.error.code).toBe('UNREADABLE');
      expect(body.error.message).toMatch(/cannot be read: line 1/);
      const rows = await system.sql<{ outcome: string }>('select outcome from audit_events where action = $1 and recording_id = $2 order by id', [
        'RECORDING_PLAYED',
        id,
      ]);
      expect(rows.slice(-2).map((r) => r.outcome)).toEqual(['SUCCESS', 'FAILURE']);
    } finally {
      await fsp.writeFile(file, original);
    }
  });
});
