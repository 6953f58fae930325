import { execFile } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { DATABASE_MODES, type DatabaseMode, type FaultSystem, startFaultSystem } from '../support/fault-system.js';
import { exportFiles, finished, prepareExports, requestExport, screenRecording, sha256Of, waitForTask } from '../support/fault-exports.js';

const exec = promisify(execFile);

// Room for a few short exports, not for the long one; the long one alone writes about 1.6 MB.
const TMPFS_SIZE = '8m';

/** Mounts a small tmpfs on `dir`, or says why it cannot (not root, no CAP_SYS_ADMIN, no mount binary). */
async function mountTmpfs(dir: string): Promise<void> {
  await fsp.mkdir(dir, { recursive: true });
  await exec('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_SIZE},mode=0755`, 'tmpfs', dir]);
}

async function unmount(dir: string): Promise<void> {
  await exec('umount', [dir]).catch(() => exec('umount', ['-l', dir]));
}

// Tried once on a folder of its own: the tests below need a real, small, full-able file system.
const mountRefused = await (async () => {
  const probe = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-tmpfs-probe-'));
  try {
    await mountTmpfs(probe);
    await unmount(probe);
    return null;
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  } finally {
    await fsp.rm(probe, { recursive: true, force: true });
  }
})();
if (mountRefused) console.warn(`Skipping the full-disk tests: a tmpfs cannot be mounted here (${mountRefused}); they need root or CAP_SYS_ADMIN.`);

/** Fills the file system holding `dir` until only `leaveBytes` are free, with one file it returns. */
async function fill(dir: string, leaveBytes: number): Promise<string> {
  const filler = path.join(dir, 'filler.bin');
  const { bavail, bsize } = await fsp.statfs(dir);
  await fsp.writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - leaveBytes)));
  return filler;
}

/*
 * The exports folder full: the data folder's `exports/` (where every export file is written; it
 * has no setting of its own) is a small tmpfs. An export that does not fit is FAILED with a reason
 * that says the disk is full, leaves no partial file, harms no export already there, and a later
 * export succeeds once space is freed.
 *
 * The two modes, each with a system and a tmpfs of its own, run side by side, so that each one's
 * waits overlap the other's work.
 */
describe.skipIf(mountRefused !== null).concurrent.each(DATABASE_MODES)('the exports folder full (%s)', (mode: DatabaseMode) => {
  let system: FaultSystem;
  let token: string;
  let recordings: Map<string, string>;
  let exportsDir: string;

  beforeAll(async () => {
    system = await startFaultSystem({
      mode,
      pgServerUrl: inject('pgServerUrl'),
      prepareDataDir: (dataDir) => mountTmpfs(path.join(dataDir, 'exports')),
      releaseDataDir: (dataDir) => unmount(path.join(dataDir, 'exports')),
    });
    exportsDir = path.join(system.dataDir, 'exports');
    ({ token, recordings } = await prepareExports(system, [screenRecording('long', { seconds: 20 }), screenRecording('short', { seconds: 3 })]));
  });

  afterAll(() => system?.stop());

  it('fails the export that does not fit with the reason, keeps the others, and exports again once there is room', async ({ expect, onTestFailed }) => {
    onTestFailed(() => console.log(`--- worker:\n${system.workers[0]?.output().slice(-4000)}`));
    const kept = await requestExport(system, token, recordings.get('short')!, 'Full disk drill: an export made before');
    const keptTask = await waitForTask(system, token, kept, 'to finish', finished);
    expect(keptTask.status).toBe('COMPLETED');

    // Somebody else's files take the space, but for 64 KiB.
    const filler = await fill(exportsDir, 64 * 1024);
    const tooBig = await requestExport(system, token, recordings.get('long')!, 'Full disk drill: an export with no room');
    const failed = await waitForTask(system, token, tooBig, 'to finish', finished);
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toBe('The disk holding the exports is full. Free some space, then retry the export.');
    expect(failed.outputSha256).toBeNull();
    // Nothing of it is left, and the export made before is untouched.
    expect(await exportFiles(system)).toEqual([`${kept}.mp4`, 'filler.bin'].sort());
    expect(await sha256Of(path.join(exportsDir, `${kept}.mp4`))).toBe(keptTask.outputSha256);
    const download = await fetch(`${system.url}/exports/${kept}/file`, { headers: { authorization: `Bearer ${token}` } });
    expect(download.status).toBe(200);
    expect(Number(download.headers.get('content-length'))).toBe(keptTask.outputSizeBytes);
    await download.body?.cancel();
    const audit = await system.sql<{ action: string; detail: string | null }>('select action, detail from audit_events where task_id = $1 order by id', [
      tooBig,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['EXPORT_REQUESTED', 'EXPORT_FAILED']);

    // Space is back: the same recording exports.
    await fsp.rm(filler);
    const again = await requestExport(system, token, recordings.get('long')!, 'Full disk drill: the export once there is room');
    const done = await waitForTask(system, token, again, 'to finish', finished);
    expect(done.status).toBe('COMPLETED');
    expect(await sha256Of(path.join(exportsDir, `${again}.mp4`))).toBe(done.outputSha256);
    expect(system.workers[0]!.child.exitCode).toBeNull();
    expect(system.api.child.exitCode).toBeNull();
  });
});
