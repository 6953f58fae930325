import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { RestrictedRecordings_TaskRecordingUpdatedSubscription } from '../gql/graphql.js';
import { createUser, errorCode, gql, gqlOk, signIn, subscribe, wsClient } from '../support/graphql-client.js';
import { writeFixtures } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

const EXPORT = graphql(`mutation RestrictedRecordings_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const TASK = graphql(`query RestrictedRecordings_Task($id: ID!) { exportTask(id: $id) { id status recording { id } } }`);
const TASK_FLAGS = graphql(`query RestrictedRecordings_TaskFlags($id: ID!) { exportTask(id: $id) { canCancel canDownload } }`);
const TASKS = graphql(`query RestrictedRecordings_Tasks { exportTasks(first: 100) { totalCount edges { node { id recording { id restricted } } } } }`);
const CANCEL = graphql(`mutation RestrictedRecordings_Cancel($id: ID!) { cancelExportTask(id: $id) { status } }`);
const RECORDING_NAMES = graphql(`query RestrictedRecordings_RecordingNames { recordings { edges { node { id userName } } } }`);
const RECORDINGS = graphql(`query RestrictedRecordings_Recordings { recordings(first: 100) { totalCount edges { node { id restricted } } } }`);
const RECORDING = graphql(`query RestrictedRecordings_Recording($id: ID!) { recording(id: $id) { id restricted } }`);
const RESTRICT = graphql(`mutation RestrictedRecordings_Restrict($id: ID!) { restrictRecording(id: $id) { id restricted } }`);
const UNRESTRICT = graphql(`mutation RestrictedRecordings_Unrestrict($id: ID!) { unrestrictRecording(id: $id) { id restricted } }`);
const TASK_RECORDING_UPDATED = graphql(`subscription RestrictedRecordings_TaskRecordingUpdated { taskUpdated { id recording { id } } }`);
const TASK_STATUS_UPDATED = graphql(`subscription RestrictedRecordings_TaskStatusUpdated { taskUpdated { id status } }`);

describe("restricted recordings and other people's export tasks", () => {
  let system: System;
  let admin: string;
  let alice: string; // exporter
  let bob: string; // exporter
  let opsAdmin: string; // ADMINISTRATOR + LOGGING_READER
  let playerReader: string; // PLAYER + LOGGING_READER: sees tasks, not restricted ones
  let player: string;
  let privileged: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 0 });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(
      dir,
      ['open1', 'open2', 'open3', 'secret'].map((name, i) => ({
        name: `${name}.mp4`,
        width: 320,
        height: 240,
        durationSeconds: 1,
        withAudio: false,
        metadata: { userName: name, startedAt: `2026-11-2${i}T10:00:00Z`, restricted: name === 'secret' },
      })),
    );
    await system.cli(['import', dir]);
    admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    alice = await createUser(system.url, admin, 'alice', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    bob = await createUser(system.url, admin, 'bob', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    opsAdmin = await createUser(system.url, admin, 'ops', ['ADMINISTRATOR', 'LOGGING_READER']);
    playerReader = await createUser(system.url, admin, 'player-reader', ['PLAYER', 'LOGGING_READER']);
    player = await createUser(system.url, admin, 'player', ['PLAYER']);
    privileged = await createUser(system.url, admin, 'privileged', ['PRIVILEGED_PLAYER']);
    const all = await gqlOk(system.url, RECORDING_NAMES, {}, alice);
    for (const edge of all.recordings.edges) ids[edge.node.userName] = edge.node.id;
  });

  afterAll(() => system?.stop());

  const download = (taskId: string, token: string) => fetch(`${system.url}/exports/${taskId}/file`, { headers: { authorization: `Bearer ${token}` } });
  const exportOf = async (token: string, names: string[], reason: string): Promise<string[]> =>
    (await gqlOk(system.url, EXPORT, { input: { recordingIds: names.map((n) => ids[n]), reason } }, token)).exportRecordings.tasks.map((t) => t.id);

  it("someone else's pending task: only its requester or an ADMINISTRATOR may cancel it", async () => {
    const [task] = await exportOf(alice, ['open1'], 'Case 71: cancel rules');
    const refused = await gql(system.url, CANCEL, { id: task }, bob);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect((await gqlOk(system.url, TASK, { id: task }, bob)).exportTask.status).toBe('PENDING');
    expect(errorCode(await gql(system.url, CANCEL, { id: task }, playerReader))).toBe('FORBIDDEN');
    const cancelled = await gqlOk(system.url, CANCEL, { id: task }, opsAdmin);
    expect(cancelled.cancelExportTask.status).toBe('CANCELLED');
    // The cancel, and each refused attempt once.
    expect(await system.sql('select actor_name, outcome from audit_events where action = $1 and task_id = $2 order by id', ['EXPORT_CANCELLED', task])).toEqual(
      [
        { actor_name: 'bob', outcome: 'DENIED' },
        { actor_name: 'player-reader', outcome: 'DENIED' },
        { actor_name: 'ops', outcome: 'SUCCESS' },
      ],
    );
    const [own] = await exportOf(alice, ['open1'], 'Case 71: own cancel');
    expect((await gqlOk(system.url, CANCEL, { id: own }, alice)).cancelExportTask.status).toBe('CANCELLED');
  });

  it("a PLAYER never sees a restricted recording: lists, by id, tasks, the task's recording, downloads, subscriptions", async () => {
    await system.startWorker();
    // player-reader listens before the exports start.
    const client = wsClient(system.url, { token: playerReader });
    const seen: RestrictedRecordings_TaskRecordingUpdatedSubscription['taskUpdated'][] = [];
    await new Promise<void>((resolve) => {
      client.on('connected', () => resolve());
      subscribe(
        client,
        TASK_RECORDING_UPDATED,
        {},
        { next: ({ data }) => data && seen.push(data.taskUpdated), error: () => undefined, complete: () => undefined },
      );
    });
    const aliceSeen: string[] = [];
    const aliceClient = wsClient(system.url, { token: alice });
    subscribe(
      aliceClient,
      TASK_STATUS_UPDATED,
      {},
      {
        next: ({ data }) => data && data.taskUpdated.status === 'COMPLETED' && aliceSeen.push(data.taskUpdated.id),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await new Promise((r) => setTimeout(r, 400));
    const [secretTask, openTask] = await exportOf(alice, ['secret', 'open2'], 'Case 72: visibility of restricted');
    await waitUntil('both exports to complete', async () => (aliceSeen.includes(secretTask!) && aliceSeen.includes(openTask!) ? true : undefined), 90_000);
    await new Promise((r) => setTimeout(r, 300));
    await client.dispose();
    await aliceClient.dispose();

    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((e) => e.id === openTask && e.recording.id === ids.open2)).toBe(true);

    for (const token of [player, playerReader]) {
      const list = await gqlOk(system.url, RECORDINGS, {}, token);
      expect(list.recordings.totalCount).toBe(3);
      expect(list.recordings.edges.some((e) => e.node.id === ids.secret || e.node.restricted)).toBe(false);
      expect(errorCode(await gql(system.url, RECORDING, { id: ids.secret }, token))).toBe('NOT_FOUND');
      expect(errorCode(await gql(system.url, RECORDING, { id: ids.secret }, token))).toBe('NOT_FOUND');
    }
    const tasks = await gqlOk(system.url, TASKS, {}, playerReader);
    expect(tasks.exportTasks.edges.map((e) => e.node.id)).not.toContain(secretTask);
    expect(tasks.exportTasks.edges.some((e) => e.node.recording.restricted)).toBe(false);
    expect(tasks.exportTasks.edges.map((e) => e.node.id)).toContain(openTask);
    expect(errorCode(await gql(system.url, TASK, { id: secretTask }, playerReader))).toBe('NOT_FOUND');
    const refused = await download(secretTask!, playerReader);
    expect(refused.status).toBe(404);
    expect(JSON.stringify(await refused.json())).not.toContain('secret');

    // The requester, with the export roles, sees and downloads both.
    expect((await gqlOk(system.url, TASK, { id: secretTask }, alice)).exportTask.recording.id).toBe(ids.secret);
    const own = await download(secretTask!, alice);
    expect(own.status).toBe(200);
    await own.arrayBuffer();
  });

  it("someone else's completed export: nobody but its requester may download it", async () => {
    const [task] = await system.sql<{ id: string }>(
      "select t.id from export_tasks t join users u on u.id = t.requested_by_id join recordings r on r.id = t.recording_id where u.username = 'alice' and t.status = 'COMPLETED' and not r.restricted limit 1",
    );
    // Those who may see the task are refused; those who may not see tasks at all are told it is not there.
    for (const [token, status, code] of [
      [bob, 403, 'FORBIDDEN'],
      [opsAdmin, 403, 'FORBIDDEN'],
      [playerReader, 403, 'FORBIDDEN'],
      [player, 404, 'NOT_FOUND'],
    ] as const) {
      const response = await download(task!.id, token);
      expect(response.status).toBe(status);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
    }
    // Each refusal is audited once, as a download DENIED; none counts as a download.
    expect(
      await system.sql('select actor_name, outcome from audit_events where action = $1 and task_id = $2 order by id', ['EXPORT_DOWNLOADED', task!.id]),
    ).toEqual(['bob', 'ops', 'player-reader', 'player'].map((actor_name) => ({ actor_name, outcome: 'DENIED' })));
    expect((await download(task!.id, alice)).status).toBe(200);
    // The task says the same to each caller, so clients can hide what would be refused.
    expect((await gqlOk(system.url, TASK_FLAGS, { id: task!.id }, alice)).exportTask).toEqual({ canCancel: true, canDownload: true });
    expect((await gqlOk(system.url, TASK_FLAGS, { id: task!.id }, bob)).exportTask).toEqual({ canCancel: false, canDownload: false });
    expect((await gqlOk(system.url, TASK_FLAGS, { id: task!.id }, opsAdmin)).exportTask).toEqual({ canCancel: true, canDownload: false });
  });

  it('players restrict recordings; only PRIVILEGED_PLAYER lifts a restriction; both audited', async () => {
    const reader = await createUser(system.url, admin, 'reader-only', ['LOGGING_READER']);
    expect(errorCode(await gql(system.url, RESTRICT, { id: ids.open3 }, reader))).toBe('FORBIDDEN');
    const restricted = await gqlOk(system.url, RESTRICT, { id: ids.open3 }, player);
    expect(restricted.restrictRecording.restricted).toBe(true);
    // From now on it is invisible to the player, who therefore cannot lift the restriction either.
    expect(errorCode(await gql(system.url, RECORDING, { id: ids.open3 }, player))).toBe('NOT_FOUND');
    expect(errorCode(await gql(system.url, UNRESTRICT, { id: ids.open3 }, player))).toBe('NOT_FOUND');
    // A PRIVILEGED_PLAYER sees it, and lifts it.
    const lifted = await gqlOk(system.url, UNRESTRICT, { id: ids.open3 }, privileged);
    expect(lifted.unrestrictRecording.restricted).toBe(false);
    expect((await gqlOk(system.url, RECORDING, { id: ids.open3 }, player)).recording.restricted).toBe(false);
    // Restricting a recording hides its existing tasks from readers without PRIVILEGED_PLAYER.
    await gqlOk(system.url, RESTRICT, { id: ids.open2 }, privileged);
    const tasks = await gqlOk(system.url, TASKS, {}, playerReader);
    expect(tasks.exportTasks.edges.map((e) => e.node.recording.id)).not.toContain(ids.open2);

    const audit = await system.sql<{ action: string; actor_name: string; recording_id: string }>(
      "select action, actor_name, recording_id, outcome from audit_events where action in ('RECORDING_RESTRICTED', 'RECORDING_UNRESTRICTED') order by id",
    );
    expect(audit).toEqual([
      { action: 'RECORDING_RESTRICTED', actor_name: 'reader-only', recording_id: ids.open3, outcome: 'DENIED' },
      { action: 'RECORDING_RESTRICTED', actor_name: 'player', recording_id: ids.open3, outcome: 'SUCCESS' },
      { action: 'RECORDING_UNRESTRICTED', actor_name: 'player', recording_id: ids.open3, outcome: 'DENIED' },
      { action: 'RECORDING_UNRESTRICTED', actor_name: 'privileged', recording_id: ids.open3, outcome: 'SUCCESS' },
      { action: 'RECORDING_RESTRICTED', actor_name: 'privileged', recording_id: ids.open2, outcome: 'SUCCESS' },
    ]);
  });
});
