import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, errorCode, gql, gqlOk, gqlText, signIn, subscribe, wsClient } from '../support/graphql-client.js';
import { writeFixtures } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';

const EXPORT = graphql(`mutation Authorization_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const RECORDINGS = graphql(`query Authorization_Recordings { recordings { edges { node { id restricted } } } }`);
const RECORDING_PAGE = graphql(`query Authorization_RecordingPage { recordings { totalCount edges { node { id } } } }`);
const RECORDING = graphql(`query Authorization_Recording($id: ID!) { recording(id: $id) { id restricted } }`);
const RECORDING_COUNT = graphql(`query Authorization_RecordingCount { recordings { totalCount } }`);
const TASK_COUNT = graphql(`query Authorization_TaskCount { exportTasks { totalCount } }`);
const AUDIT_COUNT = graphql(`query Authorization_AuditCount { exportAudit { totalCount } }`);
const DENIED_EXPORTS = graphql(`
  query Authorization_DeniedExports { exportAudit(filter: { action: [EXPORT_DENIED] }) { totalCount edges { node { action actionLabel actor outcome } } } }
`);
const REQUESTED_EXPORTS = graphql(`
  query Authorization_RequestedExports($recordingId: ID!) {
    exportAudit(filter: { recordingId: $recordingId, action: [EXPORT_REQUESTED] }) { edges { node { recordingId recording { userName } } } }
  }
`);
const CREATE_USER = graphql(`mutation Authorization_CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`);
const SIGN_IN = graphql(`mutation Authorization_SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { token } }`);
const SIGN_IN_USER = graphql(`
  mutation Authorization_SignInUser($username: String!, $password: String!) {
    signIn(username: $username, password: $password) { user { username roles canExport canReadAudit canAdminister disabled roleGrants { role source } } }
  }
`);
const ME = graphql(`query Authorization_Me { me { username canExport } }`);
const CREATE_API_TOKEN = graphql(`mutation Authorization_CreateApiToken($name: String!) { createApiToken(name: $name) { secret apiToken { id name } } }`);
const REVOKE_API_TOKEN = graphql(`mutation Authorization_RevokeApiToken($id: ID!) { revokeApiToken(id: $id) }`);
const TASK_UPDATED = graphql(`subscription Authorization_TaskUpdated { taskUpdated { id } }`);
// Nested, with an alias, and within the depth limit: it must pass.
const DEEPEST_ALLOWED = graphql(`query Authorization_DeepestAllowed { exportTasks { edges { node { recording { id } requestedBy { id } } } } a: me { id } }`);

describe('authorization and input rules', () => {
  let system: System;
  let admin: string;
  let exporter: string;
  let player: string;
  let reader: string;
  let open: string;
  let restricted: string;

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 0 });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(dir, [
      { name: 'open.mp4', width: 320, height: 240, durationSeconds: 2, withAudio: false, metadata: { userName: 'open-user', serverName: 'srv-a' } },
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
    admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    exporter = await createUser(system.url, admin, 'exporter', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    player = await createUser(system.url, admin, 'player', ['PLAYER']);
    reader = await createUser(system.url, admin, 'reader', ['LOGGING_READER']);
    const all = await gqlOk(system.url, RECORDINGS, {}, exporter);
    open = all.recordings.edges.find((e) => !e.node.restricted)!.node.id;
    restricted = all.recordings.edges.find((e) => e.node.restricted)!.node.id;
  });

  afterAll(() => system?.stop());

  const taskCount = async () => Number((await system.sql<{ count: string }>('select count(*) from export_tasks'))[0]!.count);

  it('refuses export without both roles, and audits the refusal', async () => {
    for (const [token, name] of [
      [player, 'player'],
      [reader, 'reader'],
      [admin, ADMIN.username],
    ] as const) {
      const result = await gql(system.url, EXPORT, { input: { recordingIds: [open], reason: 'Looking at something important' } }, token);
      expect(errorCode(result)).toBe('FORBIDDEN');
      const denied = await system.sql('select recording_id, reason, outcome from audit_events where action = $1 and actor_name = $2', ['EXPORT_DENIED', name]);
      expect(denied).toEqual([{ recording_id: open, reason: 'Looking at something important', outcome: 'DENIED' }]);
    }
    expect(await taskCount()).toBe(0);
  });

  it('refuses an anonymous export with UNAUTHENTICATED and audits it', async () => {
    const result = await gql(system.url, EXPORT, { input: { recordingIds: [open], reason: 'No credentials given at all' } });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    const denied = await system.sql('select actor_name from audit_events where action = $1 and actor_name is null', ['EXPORT_DENIED']);
    expect(denied).toHaveLength(1);
    expect(await taskCount()).toBe(0);
  });

  it('requires a reason of 10 to 2000 characters and creates nothing otherwise', async () => {
    for (const reason of ['', '   ', 'too short', ' 123456789 ', 'x'.repeat(2001)]) {
      const result = await gql(system.url, EXPORT, { input: { recordingIds: [open], reason } }, exporter);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toMatch(/reason/i);
    }
    // Invalid against the schema (no reason at all), so sent as text.
    const missing = await gqlText(system.url, 'mutation { exportRecordings(input: { recordingIds: [] }) { tasks { id } } }', {}, exporter);
    expect(missing.errors).toBeDefined();
    expect(await taskCount()).toBe(0);
    expect(await system.sql('select * from export_requests')).toEqual([]);
  });

  it('answers NOT_FOUND for unknown ids and creates nothing, not even for the known ones', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const result = await gql(system.url, EXPORT, { input: { recordingIds: [open, unknown], reason: 'Incident INC-4411 review' } }, exporter);
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(result.errors![0]!.message).toContain(unknown);
    expect(await taskCount()).toBe(0);
  });

  it('refuses more than 100 recordings in one request', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const result = await gql(system.url, EXPORT, { input: { recordingIds: ids, reason: 'Bulk export for audit' } }, exporter);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('hides restricted recordings from users without PRIVILEGED_PLAYER', async () => {
    const seen = await gqlOk(system.url, RECORDING_PAGE, {}, player);
    expect(seen.recordings.totalCount).toBe(1);
    expect(seen.recordings.edges.map((e) => e.node.id)).toEqual([open]);
    expect(errorCode(await gql(system.url, RECORDING, { id: restricted }, player))).toBe('NOT_FOUND');
    const privileged = await gqlOk(system.url, RECORDING, { id: restricted }, exporter);
    expect(privileged.recording.restricted).toBe(true);
  });

  it('checks roles on every query', async () => {
    expect(errorCode(await gql(system.url, RECORDING_COUNT, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(system.url, RECORDING_COUNT, {}, reader))).toBe('FORBIDDEN');
    expect(errorCode(await gql(system.url, TASK_COUNT, {}, player))).toBe('FORBIDDEN');
    expect(errorCode(await gql(system.url, AUDIT_COUNT, {}, player))).toBe('FORBIDDEN');
    const user = { username: 'x', password: 'long-enough-password', roles: ['PLAYER' as const] };
    expect(errorCode(await gql(system.url, CREATE_USER, { input: user }, exporter))).toBe('FORBIDDEN');
    const audit = await gqlOk(system.url, DENIED_EXPORTS, {}, reader);
    expect(audit.exportAudit.totalCount).toBeGreaterThan(0);
  });

  it('refuses sign-in with a wrong password', async () => {
    const result = await gql(system.url, SIGN_IN, { username: 'player', password: 'nope-nope-nope' });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });

  it('answers sign-in with what the signed-in user may do, as the web app asks for it', async () => {
    const data = await gqlOk(system.url, SIGN_IN_USER, { username: 'exporter', password: 'exporter-password-123' });
    expect(data.signIn.user).toEqual({
      username: 'exporter',
      roles: ['LOGGING_READER', 'PRIVILEGED_PLAYER'],
      canExport: true,
      canReadAudit: true,
      canAdminister: false,
      disabled: false,
      roleGrants: expect.arrayContaining([
        { role: 'LOGGING_READER', source: 'DIRECT' },
        { role: 'PRIVILEGED_PLAYER', source: 'DIRECT' },
      ]),
    });
  });

  it('lets integrators use API tokens, which are stored hashed', async () => {
    const created = await gqlOk(system.url, CREATE_API_TOKEN, { name: 'SIEM' }, exporter);
    const secret = created.createApiToken.secret;
    const me = await gqlOk(system.url, ME, {}, secret);
    expect(me.me).toEqual({ username: 'exporter', canExport: true });
    const stored = await system.sql<{ token_hash: string }>('select token_hash from api_tokens');
    expect(stored[0]!.token_hash).not.toContain(secret.slice(3));
    await gqlOk(system.url, REVOKE_API_TOKEN, { id: created.createApiToken.apiToken.id }, exporter);
    expect(errorCode(await gql(system.url, TASK_COUNT, {}, secret))).toBe('UNAUTHENTICATED');
  });

  it('closes websockets that do not authenticate, or that come from another origin with a cookie', async () => {
    const closeCode = (client: ReturnType<typeof wsClient>) =>
      new Promise<number>((resolve) => {
        client.on('closed', (event) => resolve((event as { code: number }).code));
        subscribe(client, TASK_UPDATED, {}, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
    expect(await closeCode(wsClient(system.url))).toBe(4401);
    expect(await closeCode(wsClient(system.url, { token: 'cs_forged' }))).toBe(4401);
    const cookie = { cookie: `custodian_session=${exporter}`, origin: 'https://attacker.example' };
    expect(await closeCode(wsClient(system.url, undefined, cookie))).toBe(4403);
  });

  it('refuses a subscription to users who may not see tasks', async () => {
    const client = wsClient(system.url, { token: player });
    // The refusal arrives as a result with errors, then the subscription completes.
    const error = await new Promise<unknown>((resolve) => {
      subscribe(client, TASK_UPDATED, {}, { next: (result) => resolve(result.errors), error: resolve, complete: () => resolve(null) });
    });
    expect(JSON.stringify(error)).toContain('FORBIDDEN');
    await client.dispose();
  });

  it('limits query depth', async () => {
    expect((await gql(system.url, DEEPEST_ALLOWED, {}, exporter)).errors).toBeUndefined();
    // Hostile on purpose: sent as text.
    const tooDeep =
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } }';
    expect(errorCode(await gqlText(system.url, tooDeep, {}, exporter))).toBe('BAD_USER_INPUT');
  });

  it('names the recording of an audit event only to readers who may see it: for others, its rows withhold it', async () => {
    await gqlOk(system.url, EXPORT, { input: { recordingIds: [restricted, open], reason: 'Audit visibility check, case 88' } }, exporter);
    const asExporter = await gqlOk(system.url, REQUESTED_EXPORTS, { recordingId: restricted }, exporter);
    expect(asExporter.exportAudit.edges[0].node).toEqual({ recordingId: restricted, recording: { userName: 'secret-user' } });
    // Filtering by a recording the reader may not see finds nothing, as for one that does not exist.
    const asReader = await gqlOk(system.url, REQUESTED_EXPORTS, { recordingId: restricted }, reader);
    expect(asReader.exportAudit.edges).toEqual([]);
    const openForReader = await gqlOk(system.url, REQUESTED_EXPORTS, { recordingId: open }, reader);
    expect(openForReader.exportAudit.edges[0].node.recording).toEqual({ userName: 'open-user' });
  });
});
