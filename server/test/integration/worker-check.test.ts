import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../support/ports.js';
import { run, startSystem, type System } from '../support/system.js';

/** Runs `worker.js --check` to completion: its lines and exit code. */
async function check(env: NodeJS.ProcessEnv): Promise<{ code: number | null; lines: string[] }> {
  const child = run('worker.js', env, ['--check']);
  const code = await child.exited;
  return { code, lines: child.output().trim().split('\n') };
}

const line = (lines: string[], name: string) => lines.find((l) => l.includes(` ${name}: `));

describe('npm run worker -- --check (test connection)', () => {
  let system: System;

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 0 });
  });

  afterAll(() => system?.stop());

  it('registers a new worker and fails only on its authorization until an administrator authorizes it', async () => {
    const env = { ...system.env, WORKER_NAME: 'checked-worker' };
    const first = await check(env);
    expect(first.code).toBe(1);
    expect(line(first.lines, 'database')).toMatch(/^OK {3}database: connected to /);
    expect(line(first.lines, 'recordings folder')).toMatch(/^OK {3}recordings folder: .* is readable/);
    expect(line(first.lines, 'exports folder')).toMatch(/^OK {3}exports folder: .* is writable/);
    expect(line(first.lines, 'ffmpeg')).toMatch(/^OK {3}ffmpeg: ffmpeg \S+ from /);
    expect(line(first.lines, 'authorization')).toMatch(
      /^FAIL authorization: task service checked-worker \(\S+\) is registered but not authorized: an administrator must authorize it/,
    );
    expect(first.lines.at(-1)).toBe('1 of 5 checks failed');

    // The check registered it, so the administrator can authorize it before it ever runs.
    await system.authorizeWorker('checked-worker');
    const second = await check(env);
    expect(second.lines.filter((l) => l.startsWith('OK   '))).toHaveLength(5);
    expect(line(second.lines, 'authorization')).toMatch(/^OK {3}authorization: task service checked-worker \(\S+\) is authorized/);
    expect(second.lines.at(-1)).toBe('all 5 checks passed');
    expect(second.code).toBe(0);
    // No probe file is left in the exports folder.
    expect((await fsp.readdir(path.join(system.dataDir, 'exports'))).filter((f) => f.startsWith('.check-'))).toEqual([]);
  });

  it('names each missing folder and a broken ffmpeg setting, and exits non-zero', async () => {
    const emptyDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-check-'));
    try {
      const result = await check({ ...system.env, WORKER_NAME: 'misconfigured', CUSTODIAN_DATA_DIR: emptyDir, FFMPEG_PATH: '/nonexistent/ffmpeg' });
      expect(result.code).toBe(1);
      expect(line(result.lines, 'database')).toMatch(/^OK /);
      expect(line(result.lines, 'recordings folder')).toMatch(/^FAIL recordings folder: .*recordings cannot be read \(ENOENT\)/);
      expect(line(result.lines, 'exports folder')).toMatch(/^FAIL exports folder: .*exports is not writable \(ENOENT\)/);
      expect(line(result.lines, 'ffmpeg')).toMatch(/^FAIL ffmpeg: FFMPEG_PATH is set to "\/nonexistent\/ffmpeg", but that is not a working ffmpeg/);
      expect(line(result.lines, 'authorization')).toMatch(/^FAIL authorization: /);
      expect(result.lines.at(-1)).toBe('4 of 5 checks failed');
    } finally {
      await fsp.rm(emptyDir, { recursive: true, force: true });
    }
  });

  it('reports a database it cannot reach', async () => {
    const closedPort = await freePort();
    const result = await check({ ...system.env, WORKER_NAME: 'checked-worker', DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPort}/custodian` });
    expect(result.code).toBe(1);
    expect(line(result.lines, 'database')).toMatch(/^FAIL database: .*ECONNREFUSED/);
    expect(line(result.lines, 'authorization')).toBe('FAIL authorization: cannot be checked without the database');
    expect(line(result.lines, 'exports folder')).toMatch(/^OK /);
  });
});
