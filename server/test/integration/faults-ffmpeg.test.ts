import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { writeTerminalSession } from '../../src/terminal/synthetic/index.js';
import { DATABASE_MODES, type DatabaseMode, type FaultSystem, startFaultSystem } from '../support/fault-system.js';
import { exportFiles, finished, prepareExports, requestExport, screenRecording, waitForTask } from '../support/fault-exports.js';
import { childrenRunning } from '../support/processes.js';
import { waitUntil } from '../support/wait.js';

/*
 * ffmpeg killed from outside Custodian (an operator, the out-of-memory killer) in the middle of
 * an export, for a video recording (ffmpeg reads the file) and a terminal recording (ffmpeg reads
 * the frames Custodian draws, on its standard input). The task must end FAILED with the reason,
 * never stay IN_PROGRESS, leave no file, and the worker must go on with the next export.
 *
 * The two modes, each with a system of its own, run side by side (their tests one after the
 * other), so that each one's waits overlap the other's work.
 */
describe.concurrent.each(DATABASE_MODES)('ffmpeg killed with SIGKILL mid-export (%s)', (mode: DatabaseMode) => {
  let system: FaultSystem;
  let token: string;
  let recordings: Map<string, string>;

  beforeAll(async () => {
    system = await startFaultSystem({ mode, pgServerUrl: inject('pgServerUrl'), env: { CUSTODIAN_WORKER_CONCURRENCY: '1' } });
    ({ token, recordings } = await prepareExports(
      system,
      [screenRecording('video', { seconds: 20 }), screenRecording('short', { seconds: 3 })],
      async (dir) => {
        const cast = path.join(dir, 'terminal.cast');
        await writeTerminalSession(cast, { seed: 7, durationSeconds: 120, intensity: 'dense' });
        await fsp.writeFile(`${cast}.json`, JSON.stringify({ userName: 'terminal', serverName: 'db-prod-01', protocol: 'SSH' }));
      },
    ));
  });

  afterAll(() => system?.stop());

  it.sequential.for(['video', 'terminal'])('fails the %s export with the reason and goes on', async (kind, { expect, onTestFailed }) => {
    const worker = system.workers[0]!;
    onTestFailed(() => console.log(`--- worker:\n${worker.output().slice(-4000)}`));
    const taskId = await requestExport(system, token, recordings.get(kind)!, `ffmpeg kill drill, ${kind} recording`);
    await waitForTask(system, token, taskId, 'converting', (task) => task.status === 'IN_PROGRESS' && task.progress > 0);
    const [ffmpeg] = await waitUntil('the worker to run ffmpeg', async () => {
      const found = await childrenRunning(worker.child.pid!, 'ffmpeg');
      return found.length ? found : undefined;
    });
    process.kill(ffmpeg!, 'SIGKILL');

    const done = await waitForTask(system, token, taskId, 'to finish', finished, 30_000);
    expect(done.status).toBe('FAILED');
    expect(done.error).toBe('ffmpeg failed: stopped by SIGKILL.');
    expect(done.outputSha256).toBeNull();
    expect(done.attempts).toBe(1);
    expect((await exportFiles(system)).filter((name) => name.startsWith(taskId))).toEqual([]);
    const audit = await system.sql<{ action: string; detail: string | null }>('select action, detail from audit_events where task_id = $1 order by id', [
      taskId,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['EXPORT_REQUESTED', 'EXPORT_FAILED']);
    expect(audit[1]!.detail).toBe('ffmpeg failed: stopped by SIGKILL.');

    // The worker takes the next export as if nothing happened.
    const next = await requestExport(system, token, recordings.get('short')!, `ffmpeg kill drill, the export after the ${kind} one`);
    expect((await waitForTask(system, token, next, 'to finish', finished)).status).toBe('COMPLETED');
    expect(worker.child.exitCode).toBeNull();
  });
});
