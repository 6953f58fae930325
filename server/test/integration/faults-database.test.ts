import path from 'node:path';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { graphql } from '../gql/index.js';
import { DATABASE_MODES, type DatabaseMode, type FaultSystem, startFaultSystem } from '../support/fault-system.js';
import { exportFiles, finished, prepareExports, requestExport, screenRecording, sha256Of, waitForTask } from '../support/fault-exports.js';
import { errorCode, gql, subscribe, wsClient } from '../support/graphql-client.js';
import { killPostmaster, type PrivatePostgres, startPrivatePostgres } from '../support/private-postgres.js';
import { childrenRunning } from '../support/processes.js';
import { waitUntil } from '../support/wait.js';

const TASK_UPDATED = graphql(`subscription FaultsDatabase_TaskUpdated { taskUpdated { id status progress } }`);
const TASK_STATUS = graphql(`query FaultsDatabase_TaskStatus($id: ID!) { exportTask(id: $id) { id status } }`);

/*
 * PostgreSQL killed with SIGKILL in the middle of an export, then back.
 *
 * - database-url: the system runs on a private PostgreSQL server of the test's own. The test keeps
 *   it down until ffmpeg has finished the file, so the worker must finish the task while the
 *   database does not answer, then restarts it, as an operator or a service manager would.
 * - embedded: the API started the embedded PostgreSQL in its data folder; nobody else is there to
 *   restart it, so the API must bring it back by itself.
 *
 * Either way the API and the worker stay up and reconnect (their pools, pg-boss and the LISTEN
 * connections), the export completes on its first attempt, a subscriber connected throughout
 * sees its events, and a new export requested afterwards completes too.
 */
describe.each(DATABASE_MODES)('PostgreSQL killed with SIGKILL mid-export and restarted (%s)', (mode: DatabaseMode) => {
  let privateServer: PrivatePostgres | undefined;
  let system: FaultSystem;
  let token: string;
  let recordings: Map<string, string>;
  let ws: Client | undefined;

  beforeAll(async () => {
    if (mode === 'database-url') privateServer = await startPrivatePostgres();
    system = await startFaultSystem({ mode, pgServerUrl: privateServer?.url, env: { CUSTODIAN_WORKER_CONCURRENCY: '1' } });
    ({ token, recordings } = await prepareExports(system, [screenRecording('long', { seconds: 20 }), screenRecording('short', { seconds: 3 })]));
  });

  afterAll(async () => {
    await ws?.dispose();
    await system?.stop();
    await privateServer?.stop();
  });

  it('keeps the API and the worker alive, completes the export, and tells subscribers', { timeout: 240_000 }, async () => {
    onTestFailed(() => console.log(`--- API:\n${system.api.output().slice(-4000)}\n--- worker:\n${system.workers[0]?.output().slice(-6000)}`));
    ws = wsClient(system.url, { token });
    const events: { id: string; status: string }[] = [];
    let socketClosed = false;
    ws.on('closed', () => (socketClosed = true));
    subscribe(ws, TASK_UPDATED, {}, { next: ({ data }) => data && events.push(data.taskUpdated), error: () => undefined, complete: () => undefined });
    await new Promise((r) => setTimeout(r, 300));

    const taskId = await requestExport(system, token, recordings.get('long')!, 'Database crash drill for the runbook');
    await waitForTask(system, token, taskId, 'converting', (task) => task.status === 'IN_PROGRESS' && task.progress > 0);
    const worker = system.workers[0]!;
    const [ffmpeg] = await childrenRunning(worker.child.pid!, 'ffmpeg');
    expect(ffmpeg, 'the worker runs ffmpeg').toBeDefined();

    const dataDir = mode === 'embedded' ? system.embeddedDataDir! : path.join(privateServer!.dir, 'data');
    const killedAt = events.length;
    const killed = await killPostmaster(dataDir);
    if (privateServer) {
      // A request while it is down is told so, as something to retry, and the log says it in one line.
      const during = await waitUntil(
        'a request to meet the stopped database',
        async () => {
          const result = await gql(system.url, TASK_STATUS, { id: taskId }, token);
          return errorCode(result) ? result : undefined;
        },
        10_000,
        100,
      );
      expect(errorCode(during)).toBe('SERVICE_UNAVAILABLE');
      await system.api.waitFor('the database cannot be reached', 10_000);
      // Down until ffmpeg has written the whole file: the worker must finish the task with no database.
      await waitUntil(
        'ffmpeg to finish while the database is down',
        async () => ((await childrenRunning(worker.child.pid!, 'ffmpeg')).length ? undefined : true),
        90_000,
        100,
      );
      await new Promise((r) => setTimeout(r, 2000));
      await privateServer.restart();
    }

    const done = await waitForTask(system, token, taskId, 'to finish', finished, 120_000);
    expect(done.status).toBe('COMPLETED');
    // The work done while the database was away is kept: no second attempt.
    expect(done.attempts).toBe(1);
    expect(await sha256Of(path.join(system.dataDir, 'exports', `${taskId}.mp4`))).toBe(done.outputSha256);
    expect((await exportFiles(system)).filter((name) => name.endsWith('.partial'))).toEqual([]);

    // The subscriber, connected throughout, hears of the completion after the reconnection.
    await waitUntil(
      'the COMPLETED event',
      async () => (events.slice(killedAt).some((e) => e.id === taskId && e.status === 'COMPLETED') ? true : undefined),
      30_000,
    );
    expect(socketClosed).toBe(false);

    // The queue, its pollers and the LISTEN connections work again: a new export is picked up and done.
    const next = await requestExport(system, token, recordings.get('short')!, 'Database crash drill, second export');
    expect((await waitForTask(system, token, next, 'to finish', finished, 60_000)).status).toBe('COMPLETED');
    await waitUntil(
      'the COMPLETED event of the second export',
      async () => (events.some((e) => e.id === next && e.status === 'COMPLETED') ? true : undefined),
      30_000,
    );

    for (const p of [system.api, worker]) {
      expect(p.child.exitCode, p.output().slice(-3000)).toBeNull();
      await p.waitFor('database notifications restored', 10_000);
      expect(p.output()).not.toMatch(/unhandled|uncaught|unexpected error/i);
    }
    if (mode === 'embedded') expect(system.api.output()).toMatch(/embedded PostgreSQL .*started again/);
    expect(killed).toBeGreaterThan(0);
  });

  it('does not let a job fetched by a worker that died before claiming its task hold the task up', async () => {
    // The worker is stopped, then the job is left as pg-boss leaves it when its worker is killed
    // (or loses the database for good) between fetching it and claiming the task: active, for as
    // long as the export timeout allows. The task was requested two minutes ago.
    const first = system.workers[0]!;
    first.child.kill('SIGTERM');
    await first.exited;
    const taskId = await requestExport(system, token, recordings.get('short')!, 'Worker lost between fetch and claim drill');
    const stuck = await system.sql(
      "update pgboss.job set state = 'active', started_on = now() - interval '2 minutes' where data->>'taskId' = $1 and state = 'created' returning id",
      [taskId],
    );
    expect(stuck).toHaveLength(1);
    await system.sql("update export_tasks set updated_at = now() - interval '2 minutes' where id = $1", [taskId]);

    const second = await system.startWorker();
    onTestFailed(() => console.log(`--- API:\n${system.api.output().slice(-3000)}\n--- worker:\n${second.output().slice(-3000)}`));
    const done = await waitForTask(system, token, taskId, 'to finish', finished, 60_000);
    expect(done.status).toBe('COMPLETED');
    expect(system.api.output() + second.output()).toContain(`export task ${taskId}: no queue job carried it; queued again`);
  });
});
