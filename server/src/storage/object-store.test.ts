import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type S3Server, startS3Server } from '../../test/support/s3-server.js';
import { FileStore } from './file-store.js';
import { localCopy } from './local-copy.js';
import { type ObjectStore, StoreError, temporaryKey } from './object-store.js';
import { S3Store, s3Client } from './s3-store.js';
import { parseStorageSetting } from './storage-setting.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function keys(store: ObjectStore): Promise<string[]> {
  const found: string[] = [];
  for await (const key of store.list()) found.push(key);
  return found.sort();
}

/** Bytes that differ at every offset, so a wrong range shows. */
function pattern(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  return bytes;
}

/** A stream that fails after some bytes, as a broken upload does. */
function failingAfter(bytes: Buffer): Readable {
  return Readable.from(
    (async function* () {
      yield bytes;
      throw new Error('the client went away');
    })(),
  );
}

/** The same behaviour from both stores: what every caller relies on. */
function storeContract(name: string, open: () => { store: ObjectStore; raw: () => Promise<string[]> }) {
  describe(name, () => {
    let store: ObjectStore;
    let raw: () => Promise<string[]>;
    beforeAll(() => ({ store, raw } = open()));

    it('streams an object in and says its size and SHA-256; reads it whole and by byte range', async () => {
      // Over one multipart part (8 MiB), so a bucket takes it in several parts.
      const bytes = pattern(9 * 1024 * 1024 + 123);
      const stored = await store.put('ab/abcdef.webm', Readable.from([bytes.subarray(0, 5_000_000), bytes.subarray(5_000_000)]));
      expect(stored).toEqual({ sizeBytes: bytes.length, sha256: sha256(bytes) });
      expect(await store.head('ab/abcdef.webm')).toEqual({ sizeBytes: bytes.length });
      expect(sha256(Buffer.concat(await (await store.read('ab/abcdef.webm')).toArray()))).toBe(sha256(bytes));
      const part = Buffer.concat(await (await store.read('ab/abcdef.webm', { start: 8_388_600, end: 8_388_700 })).toArray());
      expect(part).toEqual(bytes.subarray(8_388_600, 8_388_701));
    });

    it('stores a local file, moving it when told to', async () => {
      const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-store-'));
      const file = path.join(dir, 'in.cast');
      await fsp.writeFile(file, 'a terminal recording\n');
      await store.putFile('cd/cdef.cast', file);
      expect(await fsp.readFile(file, 'utf8')).toBe('a terminal recording\n');
      await store.putFile('cd/cdef2.cast', file, { move: true });
      await expect(fsp.stat(file)).rejects.toThrow(/ENOENT/);
      expect(await text(await store.read('cd/cdef2.cast'))).toBe('a terminal recording\n');
      const copy = await localCopy(store, 'cd/cdef2.cast');
      expect(await fsp.readFile(copy.path, 'utf8')).toBe('a terminal recording\n');
      await copy.release();
      expect(await store.head('cd/cdef2.cast')).toEqual({ sizeBytes: 21 });
      await fsp.rm(dir, { recursive: true, force: true });
    });

    it('gives a temporary object its final key on commit, leaving no temporary one', async () => {
      const temporary = temporaryKey('task-1.mp4', 'u1');
      await store.put(temporary, Readable.from([Buffer.from('an mp4')]));
      expect(await store.head('task-1.mp4')).toBeNull();
      await store.commit(temporary, 'task-1.mp4');
      expect(await text(await store.read('task-1.mp4'))).toBe('an mp4');
      expect(await store.head(temporary)).toBeNull();
      expect((await keys(store)).filter((key) => key.startsWith('.partial/'))).toEqual([]);
    });

    it('leaves nothing under a key whose write failed mid-way', async () => {
      await expect(store.put('ef/broken.webm', failingAfter(pattern(100_000)))).rejects.toThrow(/the client went away/);
      expect(await store.head('ef/broken.webm')).toBeNull();
      expect((await raw()).filter((key) => key.includes('broken'))).toEqual([]);
    });

    it('deletes objects, a missing one without error; reading a missing one is a MISSING StoreError', async () => {
      await store.put('gone.mp4', Readable.from([Buffer.from('x')]));
      await store.delete('gone.mp4');
      await store.delete('gone.mp4');
      expect(await store.head('gone.mp4')).toBeNull();
      const error = await store.read('gone.mp4').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).kind).toBe('MISSING');
    });

    it('refuses names that lead outside the store', async () => {
      for (const key of ['../outside.mp4', '/etc/passwd', 'a/../../b', 'a\\b', '', 'a//b']) {
        const error = await store.head(key).catch((e: unknown) => e);
        expect((error as StoreError).kind, key).toBe('INVALID_KEY');
      }
    });
  });
}

describe('object stores', () => {
  let folder: string;
  let s3: S3Server;

  beforeAll(async () => {
    folder = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-file-store-'));
    s3 = await startS3Server();
    for (const [name, value] of Object.entries(s3.env('site-a'))) vi.stubEnv(name, value);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await s3?.remove();
    await fsp.rm(folder, { recursive: true, force: true });
  });

  storeContract('FileStore', () => {
    const root = path.join(folder, 'exports');
    return {
      store: new FileStore(root),
      raw: async () => (await fsp.readdir(root, { recursive: true })).map(String),
    };
  });

  storeContract('S3Store on a real S3 API server', () => {
    const setting = parseStorageSetting(process.env.CUSTODIAN_STORAGE, true);
    if (setting.kind !== 's3') throw new Error('expected an s3 setting');
    const store = new S3Store(s3Client(setting), setting.bucket, `${setting.prefix}exports/`);
    // The whole bucket, other prefixes included, as an operator would list it.
    const bucketWide = new S3Store(s3Client(setting), setting.bucket, '');
    return { store, raw: () => keys(bucketWide) };
  });

  it('keeps file objects private to the server user', async () => {
    const store = new FileStore(path.join(folder, 'private'));
    await store.put('a/b.mp4', Readable.from([Buffer.from('x')]));
    expect((await fsp.stat(path.join(folder, 'private', 'a', 'b.mp4'))).mode & 0o777).toBe(0o600);
  });

  it('says clearly when the bucket cannot be reached', async () => {
    const store = new S3Store(s3Client({ bucket: 'custodian-test', prefix: '', forcePathStyle: true }), 'custodian-test', '');
    await s3.stop();
    try {
      const error = await store.head('x.mp4').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).kind).toBe('UNREACHABLE');
      expect((error as StoreError).message).toMatch(/could not be reached \(ECONNREFUSED\)/);
    } finally {
      await s3.start();
    }
  });
});

describe('CUSTODIAN_STORAGE', () => {
  it('reads files by default and a bucket with an optional prefix', () => {
    expect(parseStorageSetting(undefined, false)).toEqual({ kind: 'file' });
    expect(parseStorageSetting('file', false)).toEqual({ kind: 'file' });
    expect(parseStorageSetting('s3://evidence', true)).toEqual({ kind: 's3', bucket: 'evidence', prefix: '', forcePathStyle: true });
    expect(parseStorageSetting('s3://evidence/site-a/custodian/', false)).toEqual({
      kind: 's3',
      bucket: 'evidence',
      prefix: 'site-a/custodian/',
      forcePathStyle: false,
    });
  });

  it('refuses anything else, naming the variable', () => {
    for (const raw of ['s3:/evidence', 'gs://evidence', 's3://Evidence', 's3://evidence/../x', '/data']) {
      expect(() => parseStorageSetting(raw, false), raw).toThrow(/CUSTODIAN_STORAGE/);
    }
  });
});
