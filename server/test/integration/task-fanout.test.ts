import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, gqlOk, signIn, subscribe, wsClient } from '../support/graphql-client.js';
import { writeFixtures } from '../support/fixtures.js';
import { freePort } from '../support/ports.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

/*
 * taskUpdated events executed once per audience (the default) must give every subscriber exactly
 * what executing them once per subscriber gives: a second API process on the same database runs
 * the former way (CUSTODIAN_SUBSCRIPTION_FANOUT=per-subscriber) and both are compared. Task
 * changes are written in SQL with the NOTIFY a task service sends, so no conversion runs.
 */

const EXPORT = graphql(`mutation TaskFanout_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const RECORDING_NAMES = graphql(`query TaskFanout_RecordingNames { recordings { edges { node { id userName } } } }`);
const TASK_UPDATED = graphql(`
  subscription TaskFanout_TaskUpdated {
    taskUpdated { id status progress canCancel canDownload recording { id restricted } requestedBy { username } }
  }
`);
// The requester's `disabled` is visible to themselves and administrators only: others get a refusal per event.
const REQUESTER_DISABLED = graphql(`subscription TaskFanout_RequesterDisabled { taskUpdated { id requestedBy { disabled } } }`);

const METRICS_TOKEN = 'fanout-metrics-token-for-tests';
const RECHECK_SECONDS = 2;

type Received = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

/** Every client a test opened, closed after it whatever its outcome (the metric counts every open subscription). */
const opened: { dispose(): void | Promise<void> }[] = [];

/** An acknowledged subscription that keeps what it receives, and how its socket closed. */
async function listen(url: string, token: string, document: typeof TASK_UPDATED | typeof REQUESTER_DISABLED = TASK_UPDATED) {
  const client = wsClient(url, { token });
  opened.push(client);
  const received: Received[] = [];
  const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  subscribe(
    client,
    document as typeof TASK_UPDATED,
    {},
    {
      next: (result) => received.push(JSON.parse(JSON.stringify(result)) as Received),
      error: (error) => received.push({ errors: [{ message: String(error) }] }),
      complete: () => undefined,
    },
  );
  await connected;
  return { client, received, closed };
}

async function metric(url: string, name: string, labels: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('taskUpdated fan-out: once per audience, the same results, revocation and throttling', () => {
  let system: System;
  let perSubscriber: { url: string; child: ChildProcess };
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const tasks: Record<string, string> = {};
  const settle = () => new Promise((r) => setTimeout(r, 400));

  /** Changes a task as a task service would: the row, then the notification. */
  const change = async (taskId: string, status: string, progress: number) => {
    await system.sql(
      "update export_tasks set status = $2, progress = $3, updated_at = now() where id = $1 returning pg_notify('custodian_task_updated', id::text)",
      [taskId, status, progress],
    );
  };

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), {
      workers: 0,
      env: { CUSTODIAN_METRICS_TOKEN: METRICS_TOKEN, CUSTODIAN_CREDENTIAL_RECHECK_SECONDS: String(RECHECK_SECONDS), CUSTODIAN_PROGRESS_INTERVAL_MS: '250' },
    });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(
      dir,
      ['open', 'secret'].map((name, i) => ({
        name: `${name}.mp4`,
        width: 320,
        height: 240,
        durationSeconds: 1,
        withAudio: false,
        metadata: { userName: name, startedAt: `2026-11-2${i}T10:00:00Z`, restricted: name === 'secret' },
      })),
    );
    await system.cli(['import', dir]);
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    tokens.alice = await createUser(system.url, admin, 'alice', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    tokens.bob = await createUser(system.url, admin, 'bob', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    tokens.ops = await createUser(system.url, admin, 'ops', ['ADMINISTRATOR', 'LOGGING_READER']);
    tokens.reader = await createUser(system.url, admin, 'reader', ['PLAYER', 'LOGGING_READER']);
    tokens.player = await createUser(system.url, admin, 'player', ['PLAYER']);
    for (const edge of (await gqlOk(system.url, RECORDING_NAMES, {}, tokens.alice)).recordings.edges) ids[edge.node.userName] = edge.node.id;
    for (const name of ['open', 'secret']) {
      const created = await gqlOk(system.url, EXPORT, { input: { recordingIds: [ids[name]!], reason: `Case 90: fan-out of ${name}` } }, tokens.alice);
      tasks[name] = created.exportRecordings.tasks[0]!.id;
    }

    const port = await freePort();
    const child = spawn(process.execPath, [path.resolve(import.meta.dirname, '../../dist/api.js')], {
      env: { ...system.env, PORT: String(port), CUSTODIAN_SUBSCRIPTION_FANOUT: 'per-subscriber' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    await waitUntil('the per-subscriber API process', async () => (/API listening/.test(output) ? true : undefined), 60_000);
    perSubscriber = { url: `http://127.0.0.1:${port}`, child };
  });

  afterEach(async () => {
    for (const client of opened.splice(0)) await client.dispose();
    await settle();
  });

  afterAll(async () => {
    if (perSubscriber) {
      perSubscriber.child.kill('SIGTERM');
      await new Promise((r) => perSubscriber.child.once('exit', r));
    }
    await system?.stop();
  });

  it('sends every subscriber exactly what per-subscriber execution sends, by permission', async () => {
    const users = ['alice', 'bob', 'ops', 'reader', 'player'];
    const shared = Object.fromEntries(await Promise.all(users.map(async (u) => [u, await listen(system.url, tokens[u]!)] as const)));
    const former = Object.fromEntries(await Promise.all(users.map(async (u) => [u, await listen(perSubscriber.url, tokens[u]!)] as const)));
    const refusedShared = await listen(system.url, tokens.bob!, REQUESTER_DISABLED);
    const refusedFormer = await listen(perSubscriber.url, tokens.bob!, REQUESTER_DISABLED);
    const ownShared = await listen(system.url, tokens.alice!, REQUESTER_DISABLED);
    const ownFormer = await listen(perSubscriber.url, tokens.alice!, REQUESTER_DISABLED);
    await settle();

    await change(tasks.secret!, 'IN_PROGRESS', 0.5);
    await change(tasks.open!, 'IN_PROGRESS', 0.5);
    // Notifications that arrive together are read together: the next change waits for this one.
    await waitUntil('the IN_PROGRESS events', async () => ([shared.alice!, former.alice!].every((s) => s.received.length === 2) ? true : undefined));
    await change(tasks.open!, 'COMPLETED', 1);
    await waitUntil('both API processes to send the last event', async () =>
      [shared.alice!, former.alice!].every((s) => s.received.some((r) => JSON.stringify(r).includes('COMPLETED'))) ? true : undefined,
    );
    await settle();

    for (const user of users) expect(shared[user]!.received, user).toEqual(former[user]!.received);
    expect(refusedShared.received).toEqual(refusedFormer.received);
    expect(ownShared.received).toEqual(ownFormer.received);

    type Event = { id: string; status: string; canCancel: boolean; canDownload: boolean; requestedBy: { username: string } };
    const events = (user: string) => shared[user]!.received.map((r) => (r.data as { taskUpdated: Event }).taskUpdated);
    // The requester sees both, may cancel and download; another exporter sees both and may do neither.
    expect(events('alice').map((e) => [e.id, e.status, e.canCancel, e.canDownload])).toEqual([
      [tasks.secret, 'IN_PROGRESS', true, true],
      [tasks.open, 'IN_PROGRESS', true, true],
      [tasks.open, 'COMPLETED', true, true],
    ]);
    expect(events('bob').map((e) => [e.id, e.canCancel, e.canDownload])).toEqual([
      [tasks.secret, false, false],
      [tasks.open, false, false],
      [tasks.open, false, false],
    ]);
    // Without PRIVILEGED_PLAYER the restricted recording's task does not exist; an ADMINISTRATOR may cancel what they see.
    expect(events('ops').map((e) => [e.id, e.canCancel, e.canDownload])).toEqual([
      [tasks.open, true, false],
      [tasks.open, true, false],
    ]);
    expect(events('reader').map((e) => [e.id, e.canCancel])).toEqual([
      [tasks.open, false],
      [tasks.open, false],
    ]);
    // A PLAYER may not read tasks at all.
    expect(shared.player!.received.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['FORBIDDEN']);
    // A field refused per event reaches only the subscriber it refuses, as an error each time.
    expect(refusedShared.received.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(ownShared.received).toEqual(
      [tasks.secret, tasks.open, tasks.open].map((id) => ({ data: { taskUpdated: { id, requestedBy: { disabled: false } } } })),
    );
    // Each refusal is audited once per subscriber and event, on both processes alike: 3 events x 2 processes.
    const refusals = await system.sql<{ count: string }>(
      "select count(*) from audit_events where action = 'ACCESS_DENIED' and actor_name = 'bob' and detail like '%roles and status%'",
    );
    expect(Number(refusals[0]!.count)).toBe(6);
  });

  it('executes an event once per audience, however many sockets share it', async () => {
    const audiences = ['alice', 'bob', 'ops', 'reader'];
    const sockets = await Promise.all(audiences.flatMap((u) => [0, 1, 2].map(() => listen(system.url, tokens[u]!))));
    await settle();
    const before = await metric(system.url, 'custodian_subscription_executions_total', 'kind="audience"');
    await change(tasks.open!, 'COMPLETED', 1);
    await waitUntil('every socket to get the event', async () => (sockets.every((s) => s.received.length === 1) ? true : undefined), 10_000, 50);
    // 12 sockets, 4 audiences: alice (requester), bob (another exporter), ops, reader.
    expect((await metric(system.url, 'custodian_subscription_executions_total', 'kind="audience"')) - before).toBe(4);
    // Sockets of one audience got the very same result.
    for (let i = 0; i < sockets.length; i += 3) {
      expect(sockets[i + 1]!.received).toEqual(sockets[i]!.received);
      expect(sockets[i + 2]!.received).toEqual(sockets[i]!.received);
    }
  });

  it(`closes sockets whose credential ended without a notification within ${RECHECK_SECONDS} s, and follows roles changed the same way`, async () => {
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    const expiring = await createUser(system.url, admin, 'expiring', ['LOGGING_READER']);
    const demoted = await createUser(system.url, admin, 'demoted', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    const expiringSocket = await listen(system.url, expiring);
    const demotedSocket = await listen(system.url, demoted);
    // Rows changed behind the application's back: no notification is sent.
    await system.sql("update sessions set expires_at = now() where user_id = (select id from users where username = 'expiring')");
    await system.sql("update users set roles = '{LOGGING_READER}' where username = 'demoted'");
    const started = Date.now();
    const code = await Promise.race([expiringSocket.closed, new Promise((r) => setTimeout(() => r('still open'), (RECHECK_SECONDS + 3) * 1000))]);
    expect(code).toBe(4401);
    expect(Date.now() - started).toBeLessThan((RECHECK_SECONDS + 3) * 1000);
    await new Promise((r) => setTimeout(r, RECHECK_SECONDS * 1000 + 500));
    // The demoted user's socket stays open but no longer gets the restricted recording's task.
    await change(tasks.secret!, 'FAILED', 0.5);
    await change(tasks.open!, 'EXPIRED', 1);
    await waitUntil('the unrestricted task event', async () => (demotedSocket.received.length > 0 ? true : undefined), 10_000, 50);
    await settle();
    expect(demotedSocket.received.map((r) => (r.data as { taskUpdated: { id: string } }).taskUpdated.id)).toEqual([tasks.open]);
  });

  it('throttles progress to one event per 250 ms per task and always delivers the newest progress and every status change', async () => {
    const shared = await listen(system.url, tokens.alice!);
    const former = await listen(perSubscriber.url, tokens.alice!);
    await settle();
    const burstStarted = Date.now();
    await change(tasks.open!, 'IN_PROGRESS', 0.05);
    for (let i = 1; i <= 9; i++) await change(tasks.open!, 'IN_PROGRESS', i / 10);
    const burstMs = Date.now() - burstStarted;
    // Both processes must have let the held progress go before the status changes: a status change
    // drops an update still held (the newer state supersedes it), and each process holds its own.
    await waitUntil(
      'the held progress',
      async () => ([shared, former].every((s) => s.received.some((r) => JSON.stringify(r).includes('"progress":0.9'))) ? true : undefined),
      5000,
      50,
    );
    await change(tasks.open!, 'COMPLETED', 1);
    await waitUntil(
      'the status change',
      async () => ([shared, former].every((s) => JSON.stringify(s.received).includes('COMPLETED')) ? true : undefined),
      5000,
      50,
    );
    await settle();
    for (const s of [shared, former]) {
      const seen = s.received.map((r) => (r.data as { taskUpdated: { status: string; progress: number } }).taskUpdated);
      // Ten progress steps in a burst: the first, then at most the newest of each 250 ms interval
      // the burst spans (a few milliseconds on an idle machine, more on a loaded one), then COMPLETED.
      expect(seen.length).toBeLessThanOrEqual(Math.min(11, 3 + Math.ceil(burstMs / 250)));
      expect(seen.at(-2)).toMatchObject({ status: 'IN_PROGRESS', progress: 0.9 });
      expect(seen.at(-1)).toMatchObject({ status: 'COMPLETED', progress: 1 });
    }
  });
});
