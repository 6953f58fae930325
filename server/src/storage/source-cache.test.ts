import { spawnSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type S3Server, startS3Server } from '../../test/support/s3-server.js';
import { FileStore } from './file-store.js';
import { workFolder } from './local-copy.js';
import { type ObjectStore, StoreError } from './object-store.js';
import { S3Store, s3Client } from './s3-store.js';
import { SourceCache } from './source-cache.js';
import { parseStorageSetting } from './storage-setting.js';

const MiB = 1024 * 1024;
const exists = (file: string) =>
  fsp.stat(file).then(
    () => true,
    () => false,
  );

// The first request through the AWS SDK loads its credential and signing modules, which took
// 4-5 s of a loaded machine's time: more than the unit tests' default of 5 s.
describe('the source cache of a task service reading a bucket', { timeout: 30_000 }, () => {
  let s3: S3Server;
  let bucket: S3Store;
  /** Reads of the bucket, by key: the cache's whole point is to make fewer. */
  let reads: string[];
  let store: ObjectStore;

  beforeAll(async () => {
    s3 = await startS3Server();
    for (const [name, value] of Object.entries(s3.env('cache'))) vi.stubEnv(name, value);
    const setting = parseStorageSetting(process.env.CUSTODIAN_STORAGE, true);
    if (setting.kind !== 's3') throw new Error('expected an s3 setting');
    bucket = new S3Store(s3Client(setting), setting.bucket, `${setting.prefix}recordings/`);
    for (const name of ['a', 'b', 'c']) await bucket.put(`${name}.webm`, Readable.from([Buffer.alloc(MiB, name)]));
    reads = [];
    // The real bucket, with its reads counted.
    store = Object.assign(Object.create(bucket) as ObjectStore, {
      read: (key: string, range?: { start: number; end: number }) => {
        reads.push(key);
        return bucket.read(key, range);
      },
    });
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await s3?.remove();
  });

  it('copies a recording once for the tasks that read it at the same time, and keeps it for the next', async () => {
    reads.length = 0;
    const cache = await SourceCache.open(store, 10 * MiB);
    const [first, second] = await Promise.all([cache.copy('a.webm'), cache.copy('a.webm')]);
    expect(second.path).toBe(first.path);
    expect(await fsp.readFile(first.path)).toEqual(Buffer.alloc(MiB, 'a'));
    expect((await fsp.stat(first.path)).mode & 0o777).toBe(0o600);
    await first.release();
    await second.release();
    // Released, it stays: a retry or the next segment of the same export reads it again.
    const third = await cache.copy('a.webm');
    expect(third.path).toBe(first.path);
    await third.release();
    expect(reads).toEqual(['a.webm']);
    expect(cache.keptBytes).toBe(MiB);
    // When the task service stops, its copies go.
    await cache.close();
    expect(await exists(first.path)).toBe(false);
  });

  it('removes the least recently used copies beyond its limit, never one in use', async () => {
    reads.length = 0;
    const cache = await SourceCache.open(store, 2.5 * MiB);
    const paths = new Map<string, string>();
    for (const name of ['a', 'b', 'c']) {
      const copy = await cache.copy(`${name}.webm`);
      paths.set(name, copy.path);
      await copy.release();
    }
    expect(await exists(paths.get('a')!)).toBe(false);
    expect(await exists(paths.get('b')!)).toBe(true);
    expect(await exists(paths.get('c')!)).toBe(true);
    expect(cache.keptBytes).toBe(2 * MiB);

    // With nothing to spare, a copy in use stays until its task lets it go.
    const none = await SourceCache.open(store, 0);
    const held = await none.copy('a.webm');
    const other = await none.copy('b.webm');
    await other.release();
    expect(await exists(other.path)).toBe(false);
    expect(await exists(held.path)).toBe(true);
    await held.release();
    expect(await exists(held.path)).toBe(false);
    expect(none.keptBytes).toBe(0);
  });

  it('fails every task waiting for a copy that fails, leaves nothing, and copies again for the next', async () => {
    const cache = await SourceCache.open(store, 10 * MiB);
    const before = await fsp.readdir(await workFolder(), { recursive: true });
    const results = await Promise.allSettled([cache.copy('missing.webm'), cache.copy('missing.webm')]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(StoreError);
      expect(((result as PromiseRejectedResult).reason as StoreError).kind).toBe('MISSING');
    }
    expect((await fsp.readdir(await workFolder(), { recursive: true })).filter((name) => name.includes('missing'))).toEqual(
      before.filter((name) => name.includes('missing')),
    );
    await bucket.put('missing.webm', Readable.from([Buffer.from('here now')]));
    const copy = await cache.copy('missing.webm');
    expect(await fsp.readFile(copy.path, 'utf8')).toBe('here now');
    await copy.release();
  });

  it('reads a store with files of its own in place', async () => {
    const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-source-cache-'));
    try {
      const files = new FileStore(root);
      await files.put('d.webm', Readable.from([Buffer.from('in place')]));
      const cache = await SourceCache.open(files, 10 * MiB);
      const copy = await cache.copy('d.webm');
      expect(copy.path).toBe(path.join(root, 'd.webm'));
      await copy.release();
      expect(await exists(copy.path)).toBe(true);
    } finally {
      await fsp.rm(root, { recursive: true, force: true });
    }
  });

  it("removes what the copies of a process that ended left behind, and no running process's", async () => {
    const root = await workFolder();
    const ended = spawnSync('true').pid;
    const left = path.join(root, `sources-${ended}`);
    await fsp.mkdir(left, { recursive: true });
    await fsp.writeFile(path.join(left, 'x-a.webm'), 'left behind');
    const running = path.join(root, `sources-${process.ppid}`);
    await fsp.mkdir(running, { recursive: true });
    try {
      await SourceCache.open(store, MiB);
      expect(await exists(left)).toBe(false);
      expect(await exists(running)).toBe(true);
    } finally {
      await fsp.rm(running, { recursive: true, force: true });
    }
  });
});
