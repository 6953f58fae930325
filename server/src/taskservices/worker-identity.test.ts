import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workerIdentity } from './worker-identity.js';

describe('workerIdentity', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-identity-'));
  });
  afterEach(() => fsp.rm(dataDir, { recursive: true, force: true }));

  it('keeps the same id across starts, one per name', async () => {
    const first = await workerIdentity(dataDir, 'gpu-box');
    expect(first.name).toBe('gpu-box');
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await workerIdentity(dataDir, 'gpu-box')).toEqual(first);
    const other = await workerIdentity(dataDir, 'cpu-box');
    expect(other.id).not.toBe(first.id);
    expect(await fsp.readFile(path.join(dataDir, 'task-services', 'gpu-box.id'), 'utf8')).toBe(`${first.id}\n`);
  });

  it('uses the host name without WORKER_NAME, and keeps odd names inside its folder', async () => {
    expect((await workerIdentity(dataDir, undefined)).name).toBe(os.hostname());
    await workerIdentity(dataDir, '../../etc/evil name');
    expect(await fsp.readdir(path.join(dataDir, 'task-services'))).toContain('.._.._etc_evil_name.id');
  });

  it('gives two processes starting at once the same id', async () => {
    const [a, b] = await Promise.all([workerIdentity(dataDir, 'twin'), workerIdentity(dataDir, 'twin')]);
    expect(a.id).toBe(b.id);
  });

  it('refuses a damaged identity file instead of silently making a new identity', async () => {
    await fsp.mkdir(path.join(dataDir, 'task-services'), { recursive: true });
    await fsp.writeFile(path.join(dataDir, 'task-services', 'broken.id'), 'not an id');
    await expect(workerIdentity(dataDir, 'broken')).rejects.toThrow(/does not hold a task service id/);
  });
});
