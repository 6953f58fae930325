import fsp from 'node:fs/promises';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../gql/index.js';
import { createUser, errorCode, gql, gqlOk, gqlText, signIn, wsClient } from '../support/graphql-client.js';
import { writeFixtures } from '../support/fixtures.js';
import { upload } from '../support/upload.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

const RECORDING_IDS = graphql(`query HostileRequests_RecordingIds { recordings(first: 10) { edges { node { id userName } } } }`);
const RECORDING = graphql(`query HostileRequests_Recording($id: ID!) { recording(id: $id) { id restricted } }`);
const RESTRICT = graphql(`mutation HostileRequests_Restrict($id: ID!) { restrictRecording(id: $id) { id restricted } }`);
const EXPORT = graphql(`mutation HostileRequests_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const TASK_STATUS = graphql(`query HostileRequests_TaskStatus($id: ID!) { exportTask(id: $id) { status } }`);
const CANCEL = graphql(`mutation HostileRequests_Cancel($id: ID!) { cancelExportTask(id: $id) { status } }`);
const SEARCH = graphql(`query HostileRequests_Search($text: String) { recordings(filter: { text: $text }) { totalCount } }`);
const AUDIT = graphql(`
  query HostileRequests_Audit($filter: ExportAuditFilter) {
    exportAudit(filter: $filter, first: 100) { totalCount edges { node { action actor recordingId taskId reason detail withheld } } }
  }
`);

/** Each fragment spreads the next twice: 2^levels fields once expanded, from a document of a few hundred bytes. */
function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return `query Bomb { ...F0 }\n${fragments.join('\n')}\nfragment F${levels} on Query { __typename }`;
}

/** A query `levels` fields deep, through introspection. */
function deepQuery(levels: number): string {
  const inner = levels - 5; // __schema, types, fields, type, and name
  return `{ __schema { types { fields { type ${'{ ofType '.repeat(inner)}{ name }${' }'.repeat(inner)} } } } }`;
}

/** Runs one operation over a websocket and answers its first result or its errors. */
function overWebsocket(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const client = wsClient(url, { token });
  return new Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }>((resolve) => {
    client.subscribe(
      { query, variables },
      {
        next: (result) => resolve(result as never),
        error: (error) => resolve({ errors: Array.isArray(error) ? error : [{ message: String((error as Error).message ?? error) }] }),
        complete: () => {},
      },
    );
  }).finally(() => client.dispose());
}

describe('hostile requests: limits, refusals audited once, redaction, web hardening', () => {
  let system: System;
  let admin: string;
  let player: string;
  let reader: string; // LOGGING_READER without PRIVILEGED_PLAYER
  let exporter: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 1 });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(
      dir,
      ['open', 'hidden-later', 'secret'].map((name) => ({
        name: `${name}.mp4`,
        width: 160,
        height: 120,
        durationSeconds: 1,
        withAudio: false,
        metadata: { userName: name, restricted: name === 'secret' },
      })),
    );
    expect((await system.cli(['import', dir])).code).toBe(0);
    admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    player = await createUser(system.url, admin, 'player', ['PLAYER']);
    reader = await createUser(system.url, admin, 'reader', ['LOGGING_READER']);
    exporter = await createUser(system.url, admin, 'exporter', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    for (const { node } of (await gqlOk(system.url, RECORDING_IDS, {}, exporter)).recordings.edges) ids[node.userName] = node.id;
  });

  afterAll(() => system?.stop());

  const rowsBy = async (actor: string | null, since: number) =>
    system.sql<{ action: string; outcome: string }>(
      'select action, outcome from audit_events where id > $1 and actor_name is not distinct from $2 order by id',
      [since, actor],
    );
  const lastAuditId = async () => Number((await system.sql<{ id: string | null }>('select max(id)::text as id from audit_events'))[0]!.id ?? 0);

  describe('limits, in linear time, over HTTP and websockets alike', () => {
    it('refuses a fragment bomb at once, over HTTP and over a websocket', async () => {
      const bomb = fragmentBomb(40);
      expect(bomb.length).toBeLessThan(2000);
      const started = Date.now();
      const overHttp = await gqlText(system.url, bomb, {}, player);
      expect(errorCode(overHttp)).toBe('BAD_USER_INPUT');
      expect(overHttp.errors![0]!.message).toMatch(/costs \d+ points/);
      const overWs = await overWebsocket(system.url, player, bomb);
      expect(overWs.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // Measured once per fragment, not once per spread: 2^40 spreads would never finish.
      expect(Date.now() - started).toBeLessThan(3000);
    });

    it('keeps websocket operations to the depth limit of HTTP', async () => {
      expect(errorCode(await gqlText(system.url, deepQuery(12), {}, player))).toBeUndefined();
      expect(errorCode(await gqlText(system.url, deepQuery(13), {}, player))).toBe('BAD_USER_INPUT');
      const overWs = await overWebsocket(system.url, player, deepQuery(13));
      expect(overWs.errors?.[0]).toMatchObject({ message: expect.stringMatching(/13 levels deep; at most 12/), extensions: { code: 'BAD_USER_INPUT' } });
    });

    it('closes a websocket whose message is over 1 MiB, and keeps serving', async () => {
      const socket = new WebSocket(`${system.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      const closed = new Promise<number>((resolve) => socket.once('close', resolve));
      socket.send(JSON.stringify({ type: 'connection_init', payload: { token: player, filler: 'x'.repeat(2 * 1024 * 1024) } }));
      expect(await closed).toBe(1009);
      expect((await fetch(`${system.url}/healthz`)).status).toBe(200);
    });

    it('refuses filters over 200 characters and strings over 10,000, before reading any row', async () => {
      expect(errorCode(await gql(system.url, SEARCH, { text: 'a'.repeat(200) }, player))).toBeUndefined();
      const long = await gql(system.url, SEARCH, { text: 'a'.repeat(201) }, player);
      expect(long.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      const huge = await gql(system.url, SEARCH, { text: 'a'.repeat(1_000_000) }, player);
      expect(huge.errors?.[0]?.message).toMatch(/at most 10000 are allowed/);
      const overWs = await overWebsocket(system.url, player, print(SEARCH), { text: 'a'.repeat(900_000) });
      expect(overWs.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('answers a variable of the wrong type with BAD_USER_INPUT, and never logs variable values', async () => {
      const secret = 'value-that-must-not-be-logged-7Q2';
      const result = await gqlText(system.url, 'query($first: Int) { recordings(first: $first) { totalCount } }', { first: secret }, player);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      const alsoBad = await gqlText(system.url, 'query($id: ID!) { recording(id: $id) { id } }', { id: { nested: secret } }, player);
      expect(errorCode(alsoBad)).toBe('BAD_USER_INPUT');
      expect(system.api.output()).not.toContain(secret);
    });

    it('does not let aliases multiply expensive fields, and writes nothing for what it refuses', async () => {
      const since = await lastAuditId();
      const twice = await gqlText(system.url, '{ a: auditIntegrity { ok } b: auditIntegrity { ok } }', {}, exporter);
      expect(errorCode(twice)).toBe('BAD_USER_INPUT');
      const sha = 'a'.repeat(64);
      const many = Array.from({ length: 20 }, (_, i) => `v${i}: verifyExport(sha256: "${sha}") { verified }`).join(' ');
      expect(errorCode(await gqlText(system.url, `{ ${many} }`, {}, exporter))).toBe('BAD_USER_INPUT');
      expect(await rowsBy('exporter', since)).toEqual([]);
      // One at a time is what the limits are for.
      expect(errorCode(await gqlText(system.url, '{ auditIntegrity { ok } }', {}, exporter))).toBeUndefined();
    });

    it('counts visible characters in a reason: eleven zero-width spaces are none', async () => {
      const tasks = async () => (await system.sql<{ n: number }>('select count(*)::int as n from export_tasks'))[0]!.n;
      const before = await tasks();
      const refused = await gql(system.url, EXPORT, { input: { recordingIds: [ids.open!], reason: '\u200b'.repeat(11) } }, exporter);
      expect(refused.errors?.[0], JSON.stringify(refused.errors)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
      expect(await tasks()).toBe(before);
    });
  });

  it('reads each websocket operation afresh: a recording restricted while a PLAYER socket is open disappears from it', async () => {
    const client = wsClient(system.url, { token: player });
    const read = () =>
      new Promise<{ data?: { recording: { id: string } } | null; errors?: readonly { extensions?: { code?: string } }[] }>((resolve) => {
        client.subscribe(
          { query: print(RECORDING), variables: { id: ids['hidden-later'] } },
          { next: resolve as never, error: resolve as never, complete: () => {} },
        );
      });
    try {
      expect((await read()).data?.recording.id).toBe(ids['hidden-later']);
      await gqlOk(system.url, RESTRICT, { id: ids['hidden-later']! }, exporter);
      expect((await read()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await client.dispose();
    }
  });

  describe('the audit trail', () => {
    it('writes one row per refused request, however many recordings it names, and at most 20 a minute per address', async () => {
      const since = await lastAuditId();
      const many = Array.from({ length: 100 }, () => crypto.randomUUID());
      const reason = 'r'.repeat(2000);
      for (let i = 0; i < 30; i++) {
        expect(errorCode(await gql(system.url, EXPORT, { input: { recordingIds: many, reason } }))).toBe('UNAUTHENTICATED');
      }
      const rows = await system.sql<{ action: string; detail: string; recording_id: string | null }>(
        'select action, detail, recording_id from audit_events where id > $1 and actor_name is null order by id',
        [since],
      );
      // Requests straddling a minute may get up to twice the limit; never one row per id.
      expect(rows.length).toBeGreaterThanOrEqual(20);
      expect(rows.length).toBeLessThanOrEqual(30);
      expect(new Set(rows.map((row) => row.action))).toEqual(new Set(['EXPORT_DENIED']));
      expect(rows[0]!.recording_id).toBeNull();
      expect(rows[0]!.detail).toMatch(/and 90 more\)$/);
    });

    it('audits every refusal once, wherever it is refused', async () => {
      const [task] = (await gqlOk(system.url, EXPORT, { input: { recordingIds: [ids.open!], reason: 'Case 2026-901: refusal audit' } }, exporter))
        .exportRecordings.tasks;
      await waitUntil('the export to complete', async () =>
        (await gqlOk(system.url, TASK_STATUS, { id: task!.id }, exporter)).exportTask.status === 'COMPLETED' ? true : undefined,
      );
      const as = { authorization: `Bearer ${player}` };
      const refusals: [string, () => Promise<number | string | undefined>, string][] = [
        ['download', async () => (await fetch(`${system.url}/exports/${task!.id}/file`, { headers: as })).status, 'EXPORT_DOWNLOADED'],
        ['evidence bundle', async () => (await fetch(`${system.url}/exports/evidence-bundle?tasks=${task!.id}`, { headers: as })).status, 'EXPORT_DOWNLOADED'],
        ['audit CSV', async () => (await fetch(`${system.url}/api/audit/export.csv`, { headers: as })).status, 'ACCESS_DENIED'],
        [
          'playback of a restricted recording',
          async () => (await fetch(`${system.url}/api/recordings/${ids.secret}/media`, { headers: as })).status,
          'RECORDING_PLAYED',
        ],
        ['cancel', async () => errorCode(await gql(system.url, CANCEL, { id: task!.id }, player)), 'EXPORT_CANCELLED'],
        ['export audit query', async () => errorCode(await gql(system.url, AUDIT, {}, player)), 'ACCESS_DENIED'],
        ['upload', async () => (await upload(system.url, Buffer.from('not a video'), { token: player, filename: 'x.mp4' })).status, 'RECORDING_IMPORTED'],
      ];
      for (const [what, attempt, action] of refusals) {
        const since = await lastAuditId();
        const answer = await attempt();
        expect([403, 404, 'FORBIDDEN', 'NOT_FOUND'], what).toContain(answer);
        expect(await rowsBy('player', since), what).toEqual([{ action, outcome: 'DENIED' }]);
      }
    });

    it('withholds what identifies a restricted recording from readers without PRIVILEGED_PLAYER, in the query and the CSV', async () => {
      const reason = 'Case 2026-902: the secret session';
      await gqlOk(system.url, EXPORT, { input: { recordingIds: [ids.secret!], reason } }, exporter);
      const full = await gqlOk(system.url, AUDIT, { filter: { action: ['EXPORT_REQUESTED'] } }, exporter);
      expect(full.exportAudit.edges.find((e) => e.node.recordingId === ids.secret)?.node).toMatchObject({ reason, withheld: false });

      const seen = await gqlOk(system.url, AUDIT, { filter: { action: ['EXPORT_REQUESTED'], actor: 'exporter' } }, reader);
      const redacted = seen.exportAudit.edges.map((e) => e.node).filter((node) => node.withheld);
      expect(redacted).toHaveLength(1);
      expect(redacted[0]).toEqual({
        action: 'EXPORT_REQUESTED',
        actor: 'exporter',
        recordingId: null,
        taskId: null,
        reason: null,
        detail: null,
        withheld: true,
      });
      expect(JSON.stringify(seen)).not.toContain(ids.secret);
      expect((await gqlOk(system.url, AUDIT, { filter: { recordingId: ids.secret } }, reader)).exportAudit.totalCount).toBe(0);

      const csv = await (await fetch(`${system.url}/api/audit/export.csv?action=EXPORT_REQUESTED`, { headers: { authorization: `Bearer ${reader}` } })).text();
      expect(csv).not.toContain(reason);
      expect(csv).not.toContain(ids.secret);
      expect(csv.split('\n')[0]).toContain('withheld');
      expect(csv).toMatch(/,yes(,|\r?\n|$)/m);
    });

    it('sets every row’s time in the database, whatever the application role sends', async () => {
      const since = await lastAuditId();
      await system.sql(
        "insert into audit_events (action, outcome, occurred_at, detail) values ('SETTINGS_CHANGED', 'SUCCESS', '2000-01-01T00:00:00Z', 'backdated')",
      );
      const [row] = await system.sql<{ occurred_at: Date }>("select occurred_at from audit_events where id > $1 and detail = 'backdated'", [since]);
      expect(Math.abs(row!.occurred_at.getTime() - Date.now())).toBeLessThan(60_000);
    });
  });

  describe('web hardening', () => {
    it('sends security headers, no landing page, and assets precompressed, immutable and without source maps', async () => {
      const page = await fetch(`${system.url}/`);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('strict-transport-security')).toBeNull(); // not over TLS

      const landing = await fetch(`${system.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(landing.headers.get('content-type')).not.toContain('text/html');
      expect(await landing.text()).not.toContain('<script');

      const html = await page.text();
      const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
      expect(script).toBeDefined();
      const asset = await fetch(`${system.url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(asset.headers.get('content-encoding')).toBe('br');
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect(await asset.text()).not.toContain('sourceMappingURL');
      expect((await fetch(`${system.url}${script}.map`)).headers.get('content-type')).not.toContain('json');
    });

    it('takes uploads with a bearer token only, never the session cookie', async () => {
      const response = await fetch(`${system.url}/api/recordings?filename=x.mp4`, {
        method: 'POST',
        headers: { cookie: `custodian_session=${admin}`, 'content-type': 'text/plain' },
        body: 'not a video',
      });
      expect(response.status).toBe(401);
    });

    it('makes recordings and exports private to the service user (0600, folders 0700)', async () => {
      // An export still running renames its partial file while the folders are walked: the files are checked once they are all written.
      await waitUntil('the exports of this file to end', async () => {
        const [{ unfinished }] = await system.sql<{ unfinished: number }>(
          "select count(*)::int as unfinished from export_tasks where status in ('PENDING', 'IN_PROGRESS')",
        );
        return unfinished === 0 ? true : undefined;
      });
      const modes: string[] = [];
      const walk = async (dir: string): Promise<void> => {
        for (const entry of await fsp.readdir(dir, { withFileTypes: true })) {
          const full = path.join(dir, entry.name);
          const { mode } = await fsp.stat(full);
          if ((mode & 0o077) !== 0) modes.push(`${path.relative(system.dataDir, full)} ${(mode & 0o777).toString(8)}`);
          if (entry.isDirectory()) await walk(full);
        }
      };
      for (const folder of ['recordings', 'exports']) {
        const { mode } = await fsp.stat(path.join(system.dataDir, folder));
        if ((mode & 0o077) !== 0) modes.push(`${folder} ${(mode & 0o777).toString(8)}`);
        await walk(path.join(system.dataDir, folder));
      }
      expect((await fsp.readdir(path.join(system.dataDir, 'exports'))).length).toBeGreaterThan(0);
      expect(modes, modes.join('\n')).toEqual([]);
    });
  });
});

describe('behind a TLS proxy the configuration trusts', () => {
  let system: System;
  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 0, env: { CUSTODIAN_TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => system?.stop());

  const signInThrough = (headers: Record<string, string>) =>
    fetch(`${system.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
        variables: { u: ADMIN.username, p: ADMIN.password },
      }),
    });

  it('sets Secure cookies and HSTS over TLS, and audits the real client address', async () => {
    const response = await signInThrough({ 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' });
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const [row] = await system.sql<{ client_address: string }>(
      "select client_address from audit_events where action = 'SIGN_IN_SUCCEEDED' order by id desc limit 1",
    );
    expect(row!.client_address).toBe('203.0.113.7');
  });

  it('believes nothing forwarded when no proxy is configured', async () => {
    const plain = await startSystem(inject('pgServerUrl'), { workers: 0 });
    try {
      const response = await fetch(`${plain.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.8' },
        body: JSON.stringify({
          query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
          variables: { u: ADMIN.username, p: ADMIN.password },
        }),
      });
      expect(response.headers.get('set-cookie')).not.toMatch(/; Secure/);
      const [row] = await plain.sql<{ client_address: string }>(
        "select client_address from audit_events where action = 'SIGN_IN_SUCCEEDED' order by id desc limit 1",
      );
      expect(row!.client_address).not.toBe('203.0.113.8');
    } finally {
      await plain.stop();
    }
  });
});
