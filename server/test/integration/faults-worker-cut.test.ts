import { describe, inject, it } from 'vitest';
import { DATABASE_MODES, type DatabaseMode, startFaultSystem } from '../support/fault-system.js';
import { exportFiles, finished, prepareExports, readTask, requestExport, screenRecording, waitForTask } from '../support/fault-exports.js';
import { startTcpProxy } from '../support/tcp-proxy.js';
import { waitUntil } from '../support/wait.js';

// The outage the hardening issue names.
const CUT_MS = 60_000;

/*
 * A task service cut off from the database for 60 s, while the API still reaches it: the worker
 * reaches PostgreSQL through a TCP proxy that resets its connections, and every new one, for the
 * whole cut. In embedded mode the API runs the embedded PostgreSQL and the worker connects to it
 * as the application role through the proxy, as a task service on another machine would (a
 * network cut only happens on a network); in database-url mode both use DATABASE_URL.
 *
 * The two modes run side by side, so the file takes one outage, not two.
 */
describe('a task service cut off from the database for 60 s', () => {
  it.concurrent.for(DATABASE_MODES)('resumes and completes the exports (%s)', { timeout: 240_000 }, async (mode: DatabaseMode, { expect, onTestFailed }) => {
    const system = await startFaultSystem({
      mode,
      pgServerUrl: inject('pgServerUrl'),
      workers: 0,
      // Short, so that the API takes the running task back during the cut; the default is 30 s.
      env: { CUSTODIAN_HEARTBEAT_TIMEOUT_SECONDS: '6' },
    });
    const superuser = new URL(await system.superuserUrl());
    const proxy = await startTcpProxy({ host: superuser.hostname, port: Number(superuser.port) });
    try {
      const worker = await system.startWorker({
        DATABASE_URL: await system.workerDatabaseUrl({ host: '127.0.0.1', port: proxy.port }),
        // The API migrated; in embedded mode the worker's role may not.
        CUSTODIAN_MIGRATE: 'false',
      });
      onTestFailed(() => console.log(`--- ${mode} API:\n${system.api.output().slice(-3000)}\n--- ${mode} worker:\n${worker.output().slice(-5000)}`));
      const { token, recordings } = await prepareExports(system, [screenRecording('running', { seconds: 20 }), screenRecording('queued', { seconds: 3 })]);

      const running = await requestExport(system, token, recordings.get('running')!, 'Network partition drill, running export');
      await waitForTask(system, token, running, 'converting', (task) => task.status === 'IN_PROGRESS' && task.progress > 0);
      const cutAt = Date.now();
      proxy.cut();

      // The API works on: a new export is accepted, and the silent worker's task goes back to the queue.
      const queued = await requestExport(system, token, recordings.get('queued')!, 'Network partition drill, export during the cut');
      await waitForTask(system, token, running, 'taken back from the silent worker', (task) => task.status === 'PENDING', 30_000);
      const duringCut = await readTask(system, token, queued);
      expect(duringCut.status).toBe('PENDING');
      expect(Date.now() - cutAt).toBeLessThan(CUT_MS);

      await new Promise((r) => setTimeout(r, CUT_MS - (Date.now() - cutAt)));
      expect(worker.child.exitCode, 'the worker is alive after the cut').toBeNull();
      const acceptedBefore = proxy.accepted;
      proxy.restore();

      for (const taskId of [queued, running]) {
        const done = await waitForTask(system, token, taskId, 'to finish after the cut', finished, 90_000);
        expect(done.status, `${taskId}: ${done.error}`).toBe('COMPLETED');
      }
      // Taken back during the cut, the running export was done again: its first attempt's work was lost with the claim.
      expect((await readTask(system, token, running)).attempts).toBe(2);
      expect(await exportFiles(system)).toEqual([`${queued}.mp4`, `${running}.mp4`].sort());
      expect(proxy.accepted).toBeGreaterThan(acceptedBefore);
      expect(worker.child.exitCode).toBeNull();
      // The LISTEN connection backs off to one attempt every 10 s during a long cut, and the queue's
      // own polling may finish both exports before its next attempt: it is back within that time.
      await waitUntil('the LISTEN connection to be back', async () => (worker.output().includes('database notifications restored') ? true : undefined), 15_000);
    } finally {
      await system.stop();
      await proxy.close();
    }
  });
});
