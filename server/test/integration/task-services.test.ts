import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { TaskServices_ServicesQuery, TaskServices_ServiceUpdatedSubscription } from '../gql/graphql.js';
import { createUser, errorCode, gql, gqlOk, signIn, subscribe, wsClient } from '../support/graphql-client.js';
import { writeFixtures } from '../support/fixtures.js';
import { ADMIN, startSystem, type RunningProcess, type System } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

const RECORDING_IDS = graphql(`query TaskServices_RecordingIds { recordings { edges { node { id } } } }`);
const EXPORT = graphql(`mutation TaskServices_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id status } } }`);
const TASK = graphql(`query TaskServices_Task($id: ID!) { exportTask(id: $id) { id status taskServiceHost } }`);
const READY = graphql(`query TaskServices_Ready { authorizedTaskServicesOnline }`);
const SERVICES = graphql(`
  query TaskServices_Services {
    taskServices { id name hostName softwareVersion concurrency ffmpegVersion ffmpegSource startedAt lastHeartbeatAt runningTasks authorized authorizedBy online }
  }
`);
const SERVICE_UPDATED = graphql(`subscription TaskServices_ServiceUpdated { taskServiceUpdated { id name authorized online } }`);
const AUTHORIZE = graphql(`mutation TaskServices_Authorize($id: ID!) { authorizeTaskService(id: $id) { id } }`);
const REVOKE = graphql(`mutation TaskServices_Revoke($id: ID!) { revokeTaskService(id: $id) { authorized } }`);
const SETTINGS = graphql(`query TaskServices_Settings { settings { exportsEnabled } }`);
const UPDATE_SETTINGS = graphql(`mutation TaskServices_UpdateSettings($input: UpdateSettingsInput!) { updateSettings(input: $input) { exportsEnabled } }`);

type Service = TaskServices_ServicesQuery['taskServices'][number];

// How long a task is watched to make sure no worker takes it (a worker picks up within ~0.5 s).
const UNTOUCHED_MS = 3000;

describe('the export task service: setting, authorization and revocation of workers', () => {
  let system: System;
  let admin: string;
  let exporter: string;
  let player: string;
  let recordingId: string;

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 0, env: { CUSTODIAN_WORKER_CONCURRENCY: '1' } });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(dir, [
      { name: 'short.mkv', width: 320, height: 240, durationSeconds: 2, withAudio: false, metadata: { userName: 'jdoe', serverName: 'fin-app-01' } },
    ]);
    await system.cli(['import', dir]);
    admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    exporter = await createUser(system.url, admin, 'investigator', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    player = await createUser(system.url, admin, 'player', ['PLAYER']);
    recordingId = (await gqlOk(system.url, RECORDING_IDS, {}, exporter)).recordings.edges[0].node.id;
  });

  afterAll(() => system?.stop());

  const exportOne = async (reason: string): Promise<string> =>
    (await gqlOk(system.url, EXPORT, { input: { recordingIds: [recordingId], reason } }, exporter)).exportRecordings.tasks[0].id;
  const taskOf = async (id: string) => (await gqlOk(system.url, TASK, { id }, exporter)).exportTask;
  const services = async (): Promise<Service[]> => (await gqlOk(system.url, SERVICES, {}, admin)).taskServices;
  const serviceNamed = async (name: string): Promise<Service> => (await services()).find((s) => s.name === name)!;
  const waitForStatus = (id: string, status: string) =>
    waitUntil(`task ${id} to be ${status}`, async () => ((await taskOf(id)).status === status ? true : undefined), 60_000, 200);
  const readyServices = async (token: string): Promise<number> => (await gqlOk(system.url, READY, {}, token)).authorizedTaskServicesOnline;
  const staysPending = async (id: string) => {
    await new Promise((r) => setTimeout(r, UNTOUCHED_MS));
    expect((await taskOf(id)).status).toBe('PENDING');
  };

  it('is enabled on a fresh install; only an administrator may switch it, and each change is audited', async () => {
    expect((await gqlOk(system.url, SETTINGS, {}, player)).settings.exportsEnabled).toBe(true);
    expect(errorCode(await gql(system.url, SETTINGS, {}))).toBe('UNAUTHENTICATED');
    const refused = await gql(system.url, UPDATE_SETTINGS, { input: { exportsEnabled: false } }, exporter);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect((await gqlOk(system.url, SETTINGS, {}, player)).settings.exportsEnabled).toBe(true);

    const off = await gqlOk(system.url, UPDATE_SETTINGS, { input: { exportsEnabled: false } }, admin);
    expect(off.updateSettings.exportsEnabled).toBe(false);
    // The same value again changes nothing and is not audited twice.
    await gqlOk(system.url, UPDATE_SETTINGS, { input: { exportsEnabled: false } }, admin);
    const audit = await system.sql<{ actor_name: string; detail: string }>("select actor_name, detail from audit_events where action = 'SETTINGS_CHANGED'");
    expect(audit).toEqual([{ actor_name: ADMIN.username, detail: 'exportsEnabled: true → false' }]);
  });

  it('refuses exports while switched off, creating nothing and auditing the refusal', async () => {
    const before = await system.sql<{ tasks: string; requests: string }>(
      'select (select count(*) from export_tasks) as tasks, (select count(*) from export_requests) as requests',
    );
    const result = await gql(system.url, EXPORT, { input: { recordingIds: [recordingId], reason: 'Case 7: export while the service is off' } }, exporter);
    expect(errorCode(result)).toBe('EXPORTS_DISABLED');
    expect(result.errors![0]!.message).toMatch(/administrator has disabled exports/);
    const after = await system.sql('select (select count(*) from export_tasks) as tasks, (select count(*) from export_requests) as requests');
    expect(after).toEqual(before);
    const denied = await system.sql<{ actor_name: string; recording_id: string; detail: string; reason: string }>(
      "select actor_name, recording_id, detail, reason from audit_events where action = 'EXPORT_DENIED'",
    );
    expect(denied).toEqual([
      {
        actor_name: 'investigator',
        recording_id: recordingId,
        detail: 'Exporting is switched off: an administrator has disabled exports in the settings. Ask an administrator to enable them.',
        reason: 'Case 7: export while the service is off',
      },
    ]);

    await gqlOk(system.url, UPDATE_SETTINGS, { input: { exportsEnabled: true } }, admin);
    const changes = await system.sql<{ detail: string }>("select detail from audit_events where action = 'SETTINGS_CHANGED' order by id");
    expect(changes.map((c) => c.detail)).toEqual(['exportsEnabled: true → false', 'exportsEnabled: false → true']);
  });

  it('lets only administrators see and manage task services', async () => {
    expect(errorCode(await gql(system.url, SERVICES, {}, exporter))).toBe('FORBIDDEN');
    const unknown = '00000000-0000-0000-0000-000000000000';
    expect(errorCode(await gql(system.url, AUTHORIZE, { id: unknown }, exporter))).toBe('FORBIDDEN');
    expect(errorCode(await gql(system.url, AUTHORIZE, { id: unknown }, admin))).toBe('NOT_FOUND');
    const ws = wsClient(system.url, { token: exporter });
    const refusal = await new Promise<unknown>((resolve) => {
      subscribe(ws, SERVICE_UPDATED, {}, { next: resolve, error: resolve, complete: () => resolve('complete') });
    });
    await ws.dispose();
    expect(JSON.stringify(refusal)).toContain('FORBIDDEN');
  });

  let unauthorized: RunningProcess;
  let authorized: RunningProcess;

  it('keeps an unauthorized worker idle, and says why in its log; an authorized one then takes the task', async () => {
    const ws = wsClient(system.url, { token: admin });
    const events: TaskServices_ServiceUpdatedSubscription['taskServiceUpdated'][] = [];
    subscribe(ws, SERVICE_UPDATED, {}, { next: ({ data }) => events.push(data!.taskServiceUpdated), error: () => undefined, complete: () => undefined });
    await new Promise((r) => setTimeout(r, 300));

    unauthorized = await system.startWorker({ WORKER_NAME: 'idle-worker' }, { authorize: false });
    await unauthorized.waitFor(/task service idle-worker \(\S+\) is not authorized/);
    const listed = await serviceNamed('idle-worker');
    expect(listed).toMatchObject({ authorized: false, online: true, concurrency: 1, authorizedBy: null });
    expect(listed.ffmpegSource).toMatch(/ffmpeg/);
    expect(listed.softwareVersion).toMatch(/^\d+\.\d+\.\d+/);
    // Pushed over the websocket as it registered, not polled.
    await waitUntil('the registration event', async () => (events.some((e) => e.name === 'idle-worker' && e.online) ? true : undefined), 10_000);

    const taskId = await exportOne('Case 8: nobody authorized yet');
    await staysPending(taskId);

    authorized = await system.startWorker({ WORKER_NAME: 'trusted-worker' });
    await waitForStatus(taskId, 'COMPLETED');
    await authorized.waitFor(`export task ${taskId}: completed`, 10_000);
    expect(unauthorized.output()).not.toContain(taskId);
    await waitUntil('the authorization event', async () => (events.some((e) => e.name === 'trusted-worker' && e.authorized) ? true : undefined), 10_000);
    await ws.dispose();

    const granted = await system.sql<{ actor_name: string; detail: string }>(
      "select actor_name, detail from audit_events where action = 'TASK_SERVICE_AUTHORIZED'",
    );
    expect(granted).toHaveLength(1);
    expect(granted[0]!.actor_name).toBe(ADMIN.username);
    expect(granted[0]!.detail).toContain('task service trusted-worker');
    expect(await serviceNamed('trusted-worker')).toMatchObject({ authorized: true, authorizedBy: ADMIN.username, online: true });
  });

  it('stops a worker taking new tasks as soon as its authorization is revoked', async () => {
    const trusted = await serviceNamed('trusted-worker');
    const revoked = await gqlOk(system.url, REVOKE, { id: trusted.id }, admin);
    expect(revoked.revokeTaskService.authorized).toBe(false);
    await authorized.waitFor(/authorization revoked; taking no new export tasks/, 5000);
    const again = await gql(system.url, REVOKE, { id: trusted.id }, admin);
    expect(errorCode(again)).toBe('BAD_USER_INPUT');

    const taskId = await exportOne('Case 9: after the revocation');
    await staysPending(taskId);
    const audit = await system.sql<{ actor_name: string; detail: string }>("select actor_name, detail from audit_events where action = 'TASK_SERVICE_REVOKED'");
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toContain('task service trusted-worker');

    // Whoever follows the tasks can tell why they wait: no authorized task service is online.
    expect(await readyServices(exporter)).toBe(0);
    expect(errorCode(await gql(system.url, READY, {}, player))).toBe('FORBIDDEN');
    expect(errorCode(await gql(system.url, READY, {}))).toBe('UNAUTHENTICATED');

    // Authorizing the idle worker lets it take the waiting task.
    const idle = await serviceNamed('idle-worker');
    await gqlOk(system.url, AUTHORIZE, { id: idle.id }, admin);
    expect(await readyServices(exporter)).toBe(1);
    await waitForStatus(taskId, 'COMPLETED');
    await unauthorized.waitFor(`export task ${taskId}: completed`, 10_000);
    expect(authorized.output()).not.toContain(taskId);
  });

  it('refuses the claim in SQL to a worker that missed its revocation', async () => {
    // Revoked behind the worker's back (no notification): it still polls, but cannot claim.
    await system.sql("update task_services set authorized = false where name = 'idle-worker'");
    const taskId = await exportOne('Case 10: a stale worker must not claim');
    await unauthorized.waitFor(/authorization revoked; taking no new export tasks/, 10_000);
    await staysPending(taskId);
    expect(unauthorized.output()).not.toContain(`export task ${taskId}: converting`);
  });

  it('shows a worker that stopped as offline', async () => {
    unauthorized.child.kill('SIGTERM');
    await unauthorized.exited;
    expect(await serviceNamed('idle-worker')).toMatchObject({ online: false });
    expect(await readyServices(exporter)).toBe(0);
  });
});
