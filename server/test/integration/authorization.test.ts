import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createUser, errorCode, gql, gqlOk, signIn, wsClient } from '../support/graphql-client.js';
import { writeFixtures } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';

const EXPORT = 'mutation($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }';

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
      { name: 'secret.mp4', width: 320, height: 240, durationSeconds: 2, withAudio: false, metadata: { userName: 'secret-user', serverName: 'srv-b', restricted: true } },
    ]);
    await system.cli(['import', dir]);
    admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    exporter = await createUser(system.url, admin, 'exporter', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    player = await createUser(system.url, admin, 'player', ['PLAYER']);
    reader = await createUser(system.url, admin, 'reader', ['LOGGING_READER']);
    const all = await gqlOk(system.url, '{ recordings { edges { node { id restricted } } } }', {}, exporter);
    open = all.recordings.edges.find((e: any) => !e.node.restricted).node.id;
    restricted = all.recordings.edges.find((e: any) => e.node.restricted).node.id;
  });

  afterAll(() => system?.stop());

  const taskCount = async () => Number((await system.sql<{ count: string }>('select count(*) from export_tasks'))[0]!.count);

  it('refuses export without both roles, and audits the refusal', async () => {
    for (const [token, name] of [[player, 'player'], [reader, 'reader'], [admin, ADMIN.username]] as const) {
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
    const missing = await gql(system.url, 'mutation { exportRecordings(input: { recordingIds: [] }) { tasks { id } } }', {}, exporter);
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
    const seen = await gqlOk(system.url, '{ recordings { totalCount edges { node { id } } } }', {}, player);
    expect(seen.recordings.totalCount).toBe(1);
    expect(seen.recordings.edges.map((e: any) => e.node.id)).toEqual([open]);
    expect(errorCode(await gql(system.url, 'query($id: ID!) { recording(id: $id) { id } }', { id: restricted }, player))).toBe('NOT_FOUND');
    const privileged = await gqlOk(system.url, 'query($id: ID!) { recording(id: $id) { id restricted } }', { id: restricted }, exporter);
    expect(privileged.recording.restricted).toBe(true);
  });

  it('checks roles on every query', async () => {
    expect(errorCode(await gql(system.url, '{ recordings { totalCount } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(system.url, '{ recordings { totalCount } }', {}, reader))).toBe('FORBIDDEN');
    expect(errorCode(await gql(system.url, '{ exportTasks { totalCount } }', {}, player))).toBe('FORBIDDEN');
    expect(errorCode(await gql(system.url, '{ exportAudit { totalCount } }', {}, player))).toBe('FORBIDDEN');
    expect(errorCode(await gql(system.url, 'mutation { createUser(input: { username: "x", password: "long-enough-password", roles: [PLAYER] }) { id } }', {}, exporter))).toBe('FORBIDDEN');
    const audit = await gqlOk(system.url, '{ exportAudit(filter: { action: [EXPORT_DENIED] }) { totalCount edges { node { action actionLabel actor outcome } } } }', {}, reader);
    expect(audit.exportAudit.totalCount).toBeGreaterThan(0);
  });

  it('refuses sign-in with a wrong password', async () => {
    const result = await gql(system.url, 'mutation { signIn(username: "player", password: "nope-nope-nope") { token } }');
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });

  it('answers sign-in with what the signed-in user may do, as the web app asks for it', async () => {
    const data = await gqlOk(
      system.url,
      'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { user { username roles canExport canReadAudit canAdminister disabled roleGrants { role source } } } }',
      { u: 'exporter', p: 'exporter-password-123' },
    );
    expect(data.signIn.user).toEqual({
      username: 'exporter',
      roles: ['LOGGING_READER', 'PRIVILEGED_PLAYER'],
      canExport: true,
      canReadAudit: true,
      canAdminister: false,
      disabled: false,
      roleGrants: expect.arrayContaining([{ role: 'LOGGING_READER', source: 'DIRECT' }, { role: 'PRIVILEGED_PLAYER', source: 'DIRECT' }]),
    });
  });

  it('lets integrators use API tokens, which are stored hashed', async () => {
    const created = await gqlOk(system.url, 'mutation { createApiToken(name: "SIEM") { secret apiToken { id name } } }', {}, exporter);
    const secret: string = created.createApiToken.secret;
    const me = await gqlOk(system.url, '{ me { username canExport } }', {}, secret);
    expect(me.me).toEqual({ username: 'exporter', canExport: true });
    const stored = await system.sql<{ token_hash: string }>('select token_hash from api_tokens');
    expect(stored[0]!.token_hash).not.toContain(secret.slice(3));
    await gqlOk(system.url, 'mutation($id: ID!) { revokeApiToken(id: $id) }', { id: created.createApiToken.apiToken.id }, exporter);
    expect(errorCode(await gql(system.url, '{ exportTasks { totalCount } }', {}, secret))).toBe('UNAUTHENTICATED');
  });

  it('closes websockets that do not authenticate, or that come from another origin with a cookie', async () => {
    const closeCode = (client: ReturnType<typeof wsClient>) =>
      new Promise<number>((resolve) => {
        client.on('closed', (event) => resolve((event as { code: number }).code));
        client.subscribe({ query: 'subscription { taskUpdated { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
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
      client.subscribe({ query: 'subscription { taskUpdated { id } }' }, { next: (result) => resolve(result.errors), error: resolve, complete: () => resolve(null) });
    });
    expect(JSON.stringify(error)).toContain('FORBIDDEN');
    await client.dispose();
  });

  it('limits query depth', async () => {
    const deep = `{ exportTasks { edges { node { recording { id } requestedBy { id } } } } ${'a: me { id }'} }`;
    expect((await gql(system.url, deep, {}, exporter)).errors).toBeUndefined();
    const tooDeep = '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } }';
    expect(errorCode(await gql(system.url, tooDeep, {}, exporter))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('names the recording of an audit event only to readers who may see it', async () => {
    await gqlOk(system.url, EXPORT, { input: { recordingIds: [restricted, open], reason: 'Audit visibility check, case 88' } }, exporter);
    const query = 'query($id: ID!) { exportAudit(filter: { recordingId: $id, action: [EXPORT_REQUESTED] }) { edges { node { recordingId recording { userName } } } } }';
    const asExporter = await gqlOk(system.url, query, { id: restricted }, exporter);
    expect(asExporter.exportAudit.edges[0].node).toEqual({ recordingId: restricted, recording: { userName: 'secret-user' } });
    const asReader = await gqlOk(system.url, query, { id: restricted }, reader);
    expect(asReader.exportAudit.edges[0].node).toEqual({ recordingId: restricted, recording: null });
    const openForReader = await gqlOk(system.url, query, { id: open }, reader);
    expect(openForReader.exportAudit.edges[0].node.recording).toEqual({ userName: 'open-user' });
  });
});
