import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from '../gql/index.js';
import { createUser, errorCode, gql, gqlOk, signIn, subscribe, wsClient } from '../support/graphql-client.js';
import { writeFixtures } from '../support/fixtures.js';
import { freePort } from '../support/ports.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

type Client = ReturnType<typeof wsClient>;

const TASK_UPDATED = graphql(`subscription AuthorizationConsole_TaskUpdated { taskUpdated { id } }`);
const SIGN_IN = graphql(`
  mutation AuthorizationConsole_SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { token } }
`);
const SIGN_OUT = graphql(`mutation AuthorizationConsole_SignOut { signOut }`);
const ME = graphql(`query AuthorizationConsole_Me { me { username } }`);
const MY_ROLES = graphql(`query AuthorizationConsole_MyRoles { me { disabled effectiveRoles roleGrants { role source } } }`);
const TASKS_AND_ME = graphql(`query AuthorizationConsole_TasksAndMe { exportTasks { totalCount } me { username } }`);
const RECORDINGS_AND_ME = graphql(`query AuthorizationConsole_RecordingsAndMe { recordings { totalCount } me { username } }`);
const TASK_COUNT = graphql(`query AuthorizationConsole_TaskCount { exportTasks { totalCount } }`);
const RECORDING_COUNT = graphql(`query AuthorizationConsole_RecordingCount { recordings { totalCount } }`);
const RECORDING_IDS = graphql(`query AuthorizationConsole_RecordingIds { recordings { edges { node { id } } } }`);
const AUDIT_COUNT = graphql(`query AuthorizationConsole_AuditCount { exportAudit { totalCount } }`);
const USERS = graphql(`query AuthorizationConsole_Users { users { id } }`);
const USER = graphql(`
  query AuthorizationConsole_User($id: ID!) {
    user(id: $id) { roles effectiveRoles canReadAudit groups { name } roleGrants { role source group { name } } }
  }
`);
const DISABLE_USER = graphql(`mutation AuthorizationConsole_DisableUser($id: ID!) { disableUser(id: $id) { id disabled } }`);
const ENABLE_USER = graphql(`mutation AuthorizationConsole_EnableUser($id: ID!) { enableUser(id: $id) { id } }`);
const RESET_PASSWORD = graphql(`
  mutation AuthorizationConsole_ResetPassword($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }
`);
const GRANT_USER_ROLE = graphql(`
  mutation AuthorizationConsole_GrantUserRole($userId: ID!, $role: Role!) { grantUserRole(userId: $userId, role: $role) { id } }
`);
const REVOKE_USER_ROLE = graphql(`
  mutation AuthorizationConsole_RevokeUserRole($userId: ID!, $role: Role!) { revokeUserRole(userId: $userId, role: $role) { id } }
`);
const GROUP_IDS = graphql(`query AuthorizationConsole_GroupIds { groups { id } }`);
const GROUP_MEMBERS = graphql(`query AuthorizationConsole_GroupMembers { groups { name members { username } } }`);
const CREATE_GROUP = graphql(`mutation AuthorizationConsole_CreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name roles } }`);
const RENAME_GROUP = graphql(`mutation AuthorizationConsole_RenameGroup($id: ID!, $name: String!) { renameGroup(id: $id, name: $name) { id } }`);
const DELETE_GROUP = graphql(`mutation AuthorizationConsole_DeleteGroup($id: ID!) { deleteGroup(id: $id) }`);
const ADD_MEMBER = graphql(`
  mutation AuthorizationConsole_AddMember($groupId: ID!, $userId: ID!) { addGroupMember(groupId: $groupId, userId: $userId) { id } }
`);
const REMOVE_MEMBER = graphql(`
  mutation AuthorizationConsole_RemoveMember($groupId: ID!, $userId: ID!) { removeGroupMember(groupId: $groupId, userId: $userId) { id } }
`);
const GRANT_GROUP_ROLE = graphql(`
  mutation AuthorizationConsole_GrantGroupRole($groupId: ID!, $role: Role!) { grantGroupRole(groupId: $groupId, role: $role) { id } }
`);
const CREATE_API_TOKEN = graphql(`
  mutation AuthorizationConsole_CreateApiToken($name: String!) {
    createApiToken(name: $name) { secret apiToken { id name createdAt lastUsedAt owner { username } } }
  }
`);
const MY_API_TOKENS = graphql(`query AuthorizationConsole_MyApiTokens { apiTokens { name lastUsedAt owner { username } } }`);
const ALL_API_TOKENS = graphql(`query AuthorizationConsole_AllApiTokens { apiTokens(allUsers: true) { id owner { username } } }`);
const REVOKE_API_TOKEN = graphql(`mutation AuthorizationConsole_RevokeApiToken($id: ID!) { revokeApiToken(id: $id) }`);
const EXPORT = graphql(`
  mutation AuthorizationConsole_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }
`);
const CANCEL = graphql(`mutation AuthorizationConsole_Cancel($id: ID!) { cancelExportTask(id: $id) { id } }`);

/** An open, acknowledged subscription, and how its socket ended. */
async function openSubscription(url: string, token: string): Promise<{ client: Client; closed: Promise<number>; ended: Promise<string> }> {
  const client = wsClient(url, { token });
  const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  const ended = new Promise<string>((resolve) => {
    subscribe(client, TASK_UPDATED, {}, { next: (r) => r.errors && resolve('errors'), error: () => resolve('error'), complete: () => resolve('complete') });
  });
  await connected;
  return { client, closed, ended };
}

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms))]);

describe('authorization console: users, tokens, groups and revocation', () => {
  let system: System;
  let admin: string;
  let secondApi: { url: string; stop: () => Promise<void> };

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 0 });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(dir, [{ name: 'open.mp4', width: 320, height: 240, durationSeconds: 1, withAudio: false, metadata: { userName: 'open-user' } }]);
    await system.cli(['import', dir]);
    admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    // A second API process on the same database: revocations must reach its sockets too.
    const port = await freePort();
    const child = spawn(process.execPath, [path.resolve(import.meta.dirname, '../../dist/api.js')], {
      env: { ...system.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    await waitUntil('the second API process', async () => (/API listening/.test(output) ? true : undefined), 60_000);
    secondApi = {
      url: `http://127.0.0.1:${port}`,
      stop: async () => {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      },
    };
  });

  afterAll(async () => {
    await secondApi?.stop();
    await system?.stop();
  });

  const userId = async (username: string) => (await system.sql<{ id: string }>('select id from users where username = $1', [username]))[0]!.id;
  const auditOf = (action: string) =>
    system.sql<{ actor_name: string; detail: string; outcome: string }>('select actor_name, detail, outcome from audit_events where action = $1 order by id', [
      action,
    ]);

  it('creates users (audited) and refuses user management to non-administrators, changing nothing', async () => {
    const player = await createUser(system.url, admin, 'console-player', ['PLAYER']);
    expect(await auditOf('USER_CREATED')).toContainEqual({ actor_name: 'admin', detail: 'User console-player with roles PLAYER', outcome: 'SUCCESS' });
    expect(await auditOf('ROLE_GRANTED')).toContainEqual({ actor_name: 'admin', detail: 'Role PLAYER to user console-player', outcome: 'SUCCESS' });
    const id = await userId('console-player');
    const refused = async <R, V>(document: TypedDocumentNode<R, V>, variables: NoInfer<V>) =>
      expect(errorCode(await gql(system.url, document, variables, player)), print(document)).toBe('FORBIDDEN');
    await refused(DISABLE_USER, { id });
    await refused(RESET_PASSWORD, { id, password: 'another-password-1' });
    await refused(GRANT_USER_ROLE, { userId: id, role: 'ADMINISTRATOR' });
    await refused(CREATE_GROUP, { input: { name: 'g', roles: ['ADMINISTRATOR'] } });
    await refused(USERS, {});
    await refused(GROUP_IDS, {});
    await refused(ALL_API_TOKENS, {});
    expect(await system.sql('select roles, disabled from users where id = $1', [id])).toEqual([{ roles: ['PLAYER'], disabled: false }]);
    expect(await system.sql('select * from groups')).toEqual([]);
    // Another user's status and roles are not visible to non-administrators.
    expect(errorCode(await gql(system.url, MY_ROLES, {}, player))).toBeUndefined();
  });

  it('disables a user: sessions and tokens refused at once over HTTP and on open sockets of every API process', async () => {
    const session = await createUser(system.url, admin, 'to-disable', ['LOGGING_READER']);
    const token = (await gqlOk(system.url, CREATE_API_TOKEN, { name: 'siem' }, session)).createApiToken.secret;
    const onFirst = await openSubscription(system.url, session);
    const onSecond = await openSubscription(secondApi.url, token);
    const id = await userId('to-disable');

    const disabled = await gqlOk(system.url, DISABLE_USER, { id }, admin);
    expect(disabled.disableUser.disabled).toBe(true);
    expect(errorCode(await gql(system.url, TASKS_AND_ME, {}, session))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(secondApi.url, TASK_COUNT, {}, token))).toBe('UNAUTHENTICATED');
    expect(await within(onFirst.closed, 5000, 'closing the session socket')).toBe(4401);
    expect(await within(onSecond.closed, 5000, 'closing the token socket on the second API process')).toBe(4401);
    expect(errorCode(await gql(system.url, SIGN_IN, { username: 'to-disable', password: 'to-disable-password-123' }))).toBe('UNAUTHENTICATED');

    // Re-enabled: the token works again, the ended session does not come back.
    await gqlOk(system.url, ENABLE_USER, { id }, admin);
    expect((await gqlOk(system.url, TASK_COUNT, {}, token)).exportTasks.totalCount).toBe(0);
    expect(errorCode(await gql(system.url, TASK_COUNT, {}, session))).toBe('UNAUTHENTICATED');
    expect((await auditOf('USER_DISABLED')).map((r) => r.detail)).toEqual(['User to-disable']);
    expect((await auditOf('USER_ENABLED')).map((r) => r.detail)).toEqual(['User to-disable']);
    // An administrator cannot lock themselves out.
    expect(errorCode(await gql(system.url, DISABLE_USER, { id: await userId('admin') }, admin))).toBe('CONFLICT');
  });

  it('resets a password: the old one stops working, sessions end, short passwords are refused', async () => {
    const session = await createUser(system.url, admin, 'forgetful', ['PLAYER']);
    const socket = await openSubscription(secondApi.url, session);
    const id = await userId('forgetful');
    const short = await gql(system.url, RESET_PASSWORD, { id, password: 'short' }, admin);
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0]!.message).toContain('at least 12 characters');
    await gqlOk(system.url, RESET_PASSWORD, { id, password: 'a-brand-new-passphrase' }, admin);
    expect(errorCode(await gql(system.url, RECORDINGS_AND_ME, {}, session))).toBe('UNAUTHENTICATED');
    expect(await within(socket.closed, 5000, 'closing the socket of the ended session')).toBe(4401);
    expect(errorCode(await gql(system.url, SIGN_IN, { username: 'forgetful', password: 'forgetful-password-123' }))).toBe('UNAUTHENTICATED');
    await signIn(system.url, 'forgetful', 'a-brand-new-passphrase');
    expect((await auditOf('PASSWORD_RESET')).map((r) => r.detail)).toEqual(['User forgetful']);
    const stored = await system.sql<{ password_hash: string }>('select password_hash from users where id = $1', [id]);
    // Hashed at the cost the server is configured with (the tests' servers inherit it).
    expect(stored[0]!.password_hash.startsWith(`scrypt$${process.env.CUSTODIAN_PASSWORD_HASH_COST}$8$2$`)).toBe(true);
    expect(stored[0]!.password_hash).not.toContain('a-brand-new-passphrase');
  });

  it('signing out closes the sockets of that session only', async () => {
    const first = await createUser(system.url, admin, 'two-sessions', ['LOGGING_READER']);
    const second = await signIn(system.url, 'two-sessions', 'two-sessions-password-123');
    const a = await openSubscription(secondApi.url, first);
    const b = await openSubscription(secondApi.url, second);
    await gqlOk(system.url, SIGN_OUT, {}, first);
    expect(await within(a.closed, 5000, 'closing the signed-out socket')).toBe(4401);
    expect(errorCode(await gql(system.url, TASK_COUNT, {}, first))).toBe('UNAUTHENTICATED');
    await new Promise((r) => setTimeout(r, 500));
    let bClosed = false;
    void b.closed.then(() => (bClosed = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(bClosed).toBe(false);
    await b.client.dispose();
  });

  it('API tokens: own list and revoke, administrators see and revoke all; revoked tokens refused at once', async () => {
    const alice = await createUser(system.url, admin, 'alice', ['LOGGING_READER']);
    const bob = await createUser(system.url, admin, 'bob', ['LOGGING_READER']);
    const a1 = (await gqlOk(system.url, CREATE_API_TOKEN, { name: 'alice-siem' }, alice)).createApiToken;
    const b1 = (await gqlOk(system.url, CREATE_API_TOKEN, { name: 'bob-siem' }, bob)).createApiToken;
    expect(a1.apiToken.owner.username).toBe('alice');
    expect(a1.secret).toMatch(/^ct_/);
    const stored = await system.sql<{ token_hash: string }>('select token_hash from api_tokens where id = $1', [a1.apiToken.id]);
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]!.token_hash).not.toContain(a1.secret.slice(3));

    await gqlOk(system.url, ME, {}, a1.secret);
    const mine = await gqlOk(system.url, MY_API_TOKENS, {}, alice);
    expect(mine.apiTokens).toHaveLength(1);
    expect(mine.apiTokens[0].name).toBe('alice-siem');
    expect(mine.apiTokens[0].lastUsedAt).not.toBeNull();

    // Bob cannot revoke Alice's token: it is reported as not there, and it keeps working.
    expect((await gqlOk(system.url, REVOKE_API_TOKEN, { id: a1.apiToken.id }, bob)).revokeApiToken).toBe(false);
    await gqlOk(system.url, ME, {}, a1.secret);

    const all = await gqlOk(system.url, ALL_API_TOKENS, {}, admin);
    expect(all.apiTokens.map((t) => t.owner.username).sort()).toEqual(expect.arrayContaining(['alice', 'bob']));

    const socket = await openSubscription(secondApi.url, b1.secret);
    expect((await gqlOk(system.url, REVOKE_API_TOKEN, { id: b1.apiToken.id }, admin)).revokeApiToken).toBe(true);
    expect(errorCode(await gql(system.url, TASKS_AND_ME, {}, b1.secret))).toBe('UNAUTHENTICATED');
    expect(await within(socket.closed, 5000, 'closing the revoked token socket')).toBe(4401);
    expect((await gqlOk(system.url, REVOKE_API_TOKEN, { id: a1.apiToken.id }, alice)).revokeApiToken).toBe(true);

    const created = await auditOf('TOKEN_CREATED');
    expect(created.map((r) => r.actor_name)).toEqual(expect.arrayContaining(['alice', 'bob']));
    const revoked = await auditOf('TOKEN_REVOKED');
    expect(revoked).toContainEqual({ actor_name: 'admin', detail: `API token "bob-siem" (${b1.apiToken.id}) of bob`, outcome: 'SUCCESS' });
    expect(revoked).toContainEqual({ actor_name: 'alice', detail: `API token "alice-siem" (${a1.apiToken.id}) of alice`, outcome: 'SUCCESS' });
    expect(JSON.stringify(await system.sql('select * from audit_events'))).not.toContain(a1.secret);
  });

  it('group roles grant permissions, show where they come from, and removal takes them away at once', async () => {
    const carol = await createUser(system.url, admin, 'carol', []);
    const carolId = await userId('carol');
    expect(errorCode(await gql(system.url, RECORDING_COUNT, {}, carol))).toBe('FORBIDDEN');

    const group = (await gqlOk(system.url, CREATE_GROUP, { input: { name: 'Investigators', roles: ['PLAYER'] } }, admin)).createGroup;
    expect(group.roles).toEqual(['PLAYER']);
    await gqlOk(system.url, ADD_MEMBER, { groupId: group.id, userId: carolId }, admin);
    await gqlOk(system.url, GRANT_USER_ROLE, { userId: carolId, role: 'PLAYER' }, admin);
    await gqlOk(system.url, GRANT_GROUP_ROLE, { groupId: group.id, role: 'LOGGING_READER' }, admin);

    expect((await gqlOk(system.url, RECORDING_COUNT, {}, carol)).recordings.totalCount).toBe(1);
    const seen = await gqlOk(system.url, USER, { id: carolId }, admin);
    expect(seen.user.roles).toEqual(['PLAYER']);
    expect(seen.user.effectiveRoles).toEqual(['LOGGING_READER', 'PLAYER']);
    expect(seen.user.canReadAudit).toBe(true);
    expect(seen.user.groups).toEqual([{ name: 'Investigators' }]);
    expect(seen.user.roleGrants).toEqual(
      expect.arrayContaining([
        { role: 'PLAYER', source: 'DIRECT', group: null },
        { role: 'PLAYER', source: 'GROUP', group: { name: 'Investigators' } },
        { role: 'LOGGING_READER', source: 'GROUP', group: { name: 'Investigators' } },
      ]),
    );
    expect(seen.user.roleGrants).toHaveLength(3);
    const members = await gqlOk(system.url, GROUP_MEMBERS, {}, admin);
    expect(members.groups).toEqual([{ name: 'Investigators', members: [{ username: 'carol' }] }]);

    // A live subscription that relies on the group's LOGGING_READER loses it when carol leaves.
    const socket = await openSubscription(secondApi.url, carol);
    expect((await gqlOk(system.url, AUDIT_COUNT, {}, carol)).exportAudit.totalCount).toBeGreaterThan(0);
    await gqlOk(system.url, REMOVE_MEMBER, { groupId: group.id, userId: carolId }, admin);
    expect(errorCode(await gql(system.url, AUDIT_COUNT, {}, carol))).toBe('FORBIDDEN');
    // The direct PLAYER role stays.
    expect((await gqlOk(system.url, RECORDING_COUNT, {}, carol)).recordings.totalCount).toBe(1);
    await gqlOk(system.url, REVOKE_USER_ROLE, { userId: carolId, role: 'PLAYER' }, admin);
    expect(errorCode(await gql(system.url, RECORDING_COUNT, {}, carol))).toBe('FORBIDDEN');
    await socket.client.dispose();

    await gqlOk(system.url, RENAME_GROUP, { id: group.id, name: 'Case team' }, admin);
    expect(errorCode(await gql(system.url, CREATE_GROUP, { input: { name: 'Case team' } }, admin))).toBe('BAD_USER_INPUT');
    expect((await gqlOk(system.url, DELETE_GROUP, { id: group.id }, admin)).deleteGroup).toBe(true);

    const actions = await system.sql<{ action: string; detail: string }>(
      "select action, detail from audit_events where action like 'GROUP_%' or (action like 'ROLE_%' and detail like '%carol%') or (action like 'ROLE_%' and detail like '%group%') order by id",
    );
    expect(actions).toEqual([
      { action: 'GROUP_CREATED', detail: 'Group Investigators with roles PLAYER' },
      { action: 'ROLE_GRANTED', detail: 'Role PLAYER to group Investigators' },
      { action: 'GROUP_MEMBER_ADDED', detail: 'User carol to group Investigators' },
      { action: 'ROLE_GRANTED', detail: 'Role PLAYER to user carol' },
      { action: 'ROLE_GRANTED', detail: 'Role LOGGING_READER to group Investigators' },
      { action: 'GROUP_MEMBER_REMOVED', detail: 'User carol from group Investigators' },
      { action: 'ROLE_REVOKED', detail: 'Role PLAYER from user carol' },
      { action: 'GROUP_RENAMED', detail: 'Group Investigators renamed to Case team' },
      { action: 'GROUP_DELETED', detail: 'Group Case team (0 members, roles PLAYER, LOGGING_READER)' },
    ]);
  });

  it('a role taken away applies to an open subscription from the next event on', async () => {
    const dave = await createUser(system.url, admin, 'dave', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    const daveId = await userId('dave');
    const group = (await gqlOk(system.url, CREATE_GROUP, { input: { name: 'Readers' } }, admin)).createGroup;
    await gqlOk(system.url, ADD_MEMBER, { groupId: group.id, userId: daveId }, admin);
    const client = wsClient(secondApi.url, { token: dave });
    const events: string[] = [];
    await new Promise<void>((resolve) => {
      client.on('connected', () => resolve());
      subscribe(client, TASK_UPDATED, {}, { next: ({ data }) => data && events.push(data.taskUpdated.id), error: () => undefined, complete: () => undefined });
    });
    await new Promise((r) => setTimeout(r, 300));
    const recording = (await gqlOk(system.url, RECORDING_IDS, {}, dave)).recordings.edges[0].node.id;
    const exportOne = async (reason: string) =>
      (await gqlOk(system.url, EXPORT, { input: { recordingIds: [recording], reason } }, dave)).exportRecordings.tasks[0].id;
    const first = await exportOne('Live role check, first export');
    await waitUntil('the first event', async () => (events.includes(first) ? true : undefined), 10_000);
    await gqlOk(system.url, REVOKE_USER_ROLE, { userId: daveId, role: 'LOGGING_READER' }, admin);
    await new Promise((r) => setTimeout(r, 500));
    // Now without any task-reading role: events are no longer delivered. Export as someone else.
    const exporter = await createUser(system.url, admin, 'erin', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    const second = (await gqlOk(system.url, EXPORT, { input: { recordingIds: [recording], reason: 'Live role check, second export' } }, exporter))
      .exportRecordings.tasks[0].id;
    const control = wsClient(secondApi.url, { token: exporter });
    const controlSeen = new Promise<void>((resolve) => {
      subscribe(control, TASK_UPDATED, {}, { next: () => resolve(), error: () => undefined, complete: () => undefined });
    });
    await new Promise((r) => setTimeout(r, 300));
    await gqlOk(system.url, CANCEL, { id: second }, exporter);
    await within(controlSeen, 5000, 'the control subscriber seeing the cancellation');
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual([first]);
    // Given back through the group, events flow again.
    await gqlOk(system.url, GRANT_GROUP_ROLE, { groupId: group.id, role: 'LOGGING_READER' }, admin);
    await new Promise((r) => setTimeout(r, 500));
    await gqlOk(system.url, CANCEL, { id: first }, dave);
    await waitUntil('dave to see his cancellation', async () => (events.length === 2 ? true : undefined), 10_000);
    expect(events).toEqual([first, first]);
    await client.dispose();
    await control.dispose();
  });
});
