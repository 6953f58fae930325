import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type S3Server, startS3Server } from '../../test/support/s3-server.js';
import { removeLeftUploads } from '../recordings/received-uploads.js';
import { FileStore } from './file-store.js';
import { localCopy } from './local-copy.js';
import { type ObjectStore, StoreError, type StoredObject } from './object-store.js';
import { S3Store, s3Client } from './s3-store.js';
import { checkStorage } from './storage-check.js';
import { storedBytes } from './stored-bytes.js';
import { parseStorageSetting } from './storage-setting.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function keys(store: ObjectStore): Promise<string[]> {
  const found: string[] = [];
  for await (const { key } of store.list()) found.push(key);
  return found.sort();
}

/** Bytes that differ at every offset, so a wrong range shows. */
function pattern(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  return bytes;
}

/** A stream that fails after some bytes, as a broken upload does. */
function failingAfter(bytes: Buffer, error = new Error('the client went away')): Readable {
  return Readable.from(
    (async function* () {
      yield bytes;
      throw error;
    })(),
  );
}

/** The files below a folder, by relative name. */
async function filesBelow(root: string): Promise<string[]> {
  const entries = await fsp.readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

const described = (bytes: Buffer): StoredObject => ({ sizeBytes: bytes.length, sha256: sha256(bytes) });

/** `bytes` in chunks of uneven sizes, none of them a part's size, as a file is read. */
function chunked(bytes: Buffer): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0, size = 1; at < bytes.length; at += size, size = (size * 7 + 65_521) % 3_000_017) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
}

/** The same behaviour from both stores: what every caller relies on. */
function storeContract(name: string, open: () => { store: ObjectStore; raw: () => Promise<string[]>; pending: () => Promise<string[]> }) {
  describe(name, () => {
    let store: ObjectStore;
    /** Every name in the store's folder or bucket, temporary ones included. */
    let raw: () => Promise<string[]>;
    /** Writes neither finished nor undone: temporary files in a folder, multipart uploads in a bucket. */
    let pending: () => Promise<string[]>;
    beforeAll(() => ({ store, raw, pending } = open()));

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

    it('stores an object of several parts under its final key only as the expected bytes, with nothing else left', async () => {
      // Multipart parts are 8 MiB: three parts, the last a short one; then two whole parts.
      for (const size of [17 * 1024 * 1024 + 123, 16 * 1024 * 1024]) {
        const bytes = pattern(size);
        const key = `verified/${size}.mp4`;
        await store.putVerified(key, chunked(bytes), described(bytes));
        expect(await store.head(key)).toEqual({ sizeBytes: size });
        expect(sha256(Buffer.concat(await (await store.read(key)).toArray()))).toBe(sha256(bytes));
        const part = Buffer.concat(await (await store.read(key, { start: 8 * 1024 * 1024 - 50, end: 8 * 1024 * 1024 + 49 })).toArray());
        expect(part).toEqual(bytes.subarray(8 * 1024 * 1024 - 50, 8 * 1024 * 1024 + 50));
      }
      expect((await raw()).filter((key) => key.includes('verified'))).toEqual([
        expect.stringMatching(/verified\/16777216\.mp4$/),
        expect.stringMatching(/verified\/17825915\.mp4$/),
      ]);
      expect(await pending()).toEqual([]);
    });

    it('stores an empty object verified', async () => {
      await store.putVerified('verified/empty.mp4', Readable.from([]), described(Buffer.alloc(0)));
      expect(await store.head('verified/empty.mp4')).toEqual({ sizeBytes: 0 });
      expect(await (await store.read('verified/empty.mp4')).toArray()).toEqual([]);
      expect(await pending()).toEqual([]);
    });

    it('leaves nothing under the key when the bytes are not the expected ones, saying what differed', async () => {
      const bytes = pattern(9 * 1024 * 1024 + 7);
      const other = Buffer.from(bytes);
      other[5_000_000] ^= 1;
      const expected = described(other);
      const error = await store.putVerified('mismatch/hash.mp4', chunked(bytes), expected).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).kind).toBe('FAILED');
      expect((error as StoreError).message).toContain('mismatch/hash.mp4 ');
      expect((error as StoreError).message).toContain(
        `${bytes.length} bytes with SHA-256 ${sha256(bytes)} were streamed, not the ${bytes.length} bytes with SHA-256 ${expected.sha256} expected`,
      );
      // Shorter and longer than expected.
      const short = await store.putVerified('mismatch/short.mp4', Readable.from([bytes.subarray(0, 1000)]), described(bytes)).catch((e: unknown) => e);
      expect((short as StoreError).message).toContain(
        `1000 bytes with SHA-256 ${sha256(bytes.subarray(0, 1000))} were streamed, not the ${bytes.length} bytes`,
      );
      const long = await store.putVerified('mismatch/long.mp4', chunked(bytes), described(bytes.subarray(0, 1000))).catch((e: unknown) => e);
      // A bucket stops reading as soon as more bytes came than expected.
      expect((long as StoreError).message).toMatch(
        new RegExp(
          `mismatch/long\\.mp4 (in \\S+ )?was not stored: (more than 1000 bytes|${bytes.length} bytes with SHA-256 ${sha256(bytes)}) were streamed, not the 1000 bytes with SHA-256 ${sha256(bytes.subarray(0, 1000))} expected`,
        ),
      );
      for (const key of ['mismatch/hash.mp4', 'mismatch/short.mp4', 'mismatch/long.mp4']) expect(await store.head(key), key).toBeNull();
      expect((await raw()).filter((key) => key.includes('mismatch'))).toEqual([]);
      expect(await pending()).toEqual([]);
    });

    it('leaves nothing under a verified key whose source failed mid-way, the source giving its own error', async () => {
      const failure = new Error('the export file could not be read');
      const error = await store
        .putVerified('ef/broken-verified.mp4', failingAfter(pattern(9 * 1024 * 1024), failure), described(pattern(20 * 1024 * 1024)))
        .catch((e: unknown) => e);
      expect(error).toBe(failure);
      expect(await store.head('ef/broken-verified.mp4')).toBeNull();
      expect((await raw()).filter((key) => key.includes('broken'))).toEqual([]);
      expect(await pending()).toEqual([]);
    });

    it('checks the store as a worker does, leaving nothing behind', async () => {
      expect(await checkStorage(store)).toBe(`${store.description} is readable and writable`);
      expect((await raw()).filter((key) => key.includes('.partial'))).toEqual([]);
      expect(await pending()).toEqual([]);
    });

    it('leaves nothing under a key whose write failed mid-way', async () => {
      await expect(store.put('ef/broken.webm', failingAfter(pattern(100_000)))).rejects.toThrow(/the client went away/);
      expect(await store.head('ef/broken.webm')).toBeNull();
      expect((await raw()).filter((key) => key.includes('broken'))).toEqual([]);
    });

    it('moves an object to another key, replacing what is there, and says MISSING for a key with nothing under it', async () => {
      const bytes = pattern(3_000_000);
      await store.put('.incoming/upload-1', Readable.from([bytes]));
      await store.put('mv/final.mkv', Readable.from([Buffer.from('older')]));
      await store.move('.incoming/upload-1', 'mv/final.mkv');
      expect(await store.head('.incoming/upload-1')).toBeNull();
      expect(sha256(Buffer.concat(await (await store.read('mv/final.mkv')).toArray()))).toBe(sha256(bytes));
      const error = await store.move('.incoming/upload-1', 'mv/other.mkv').catch((e: unknown) => e);
      expect((error as StoreError).kind).toBe('MISSING');
      expect(await store.head('mv/other.mkv')).toBeNull();
    });

    it('hands its objects to the recording readers: the start, the whole and the size, with nothing copied', async () => {
      const bytes = pattern(1_500_000);
      await store.put('rd/source.webm', Readable.from([bytes]));
      const source = storedBytes(store, 'rd/source.webm');
      expect(source.name).toContain('rd/source.webm');
      expect(await source.size()).toBe(bytes.length);
      expect(await source.start(1024)).toEqual(bytes.subarray(0, 1024));
      expect(sha256(Buffer.concat(await (await source.stream()).toArray()))).toBe(sha256(bytes));
      await store.put('rd/tiny.cast', Readable.from([Buffer.from('{}')]));
      expect(await storedBytes(store, 'rd/tiny.cast').start(512)).toEqual(Buffer.from('{}'));
      const missing = storedBytes(store, 'rd/missing.webm');
      await expect(missing.size()).rejects.toThrow(/rd\/missing\.webm/);
      await expect(missing.stream()).rejects.toThrow(/rd\/missing\.webm/);
    });

    it('asks the store once for the size and once for a start the readers ask again for', async () => {
      const bytes = pattern(100_000);
      await store.put('rd/asked.webm', Readable.from([bytes]));
      const asked: string[] = [];
      // The real store, its requests counted.
      const counted = new Proxy(store, {
        get(target, name, receiver) {
          const value = Reflect.get(target, name, receiver);
          if (typeof value !== 'function' || (name !== 'head' && name !== 'read')) return value;
          return (...args: unknown[]) => {
            asked.push(name);
            return value.apply(target, args);
          };
        },
      });
      const source = storedBytes(counted, 'rd/asked.webm');
      expect([await source.size(), await source.size()]).toEqual([bytes.length, bytes.length]);
      expect(await source.start(4096)).toEqual(bytes.subarray(0, 4096));
      expect(await source.start(1024)).toEqual(bytes.subarray(0, 1024));
      expect(asked).toEqual(store.localPath('rd/asked.webm') ? [] : ['head', 'read']);
      expect(await source.start(8192)).toEqual(bytes.subarray(0, 8192));
      expect(asked.length).toBe(store.localPath('rd/asked.webm') ? 0 : 3);
    });

    it("ends a write whose source fails with the source's own error", async () => {
      const failure = new Error('the upload was too large');
      expect(await store.put('ef/refused.webm', failingAfter(pattern(100_000), failure)).catch((e: unknown) => e)).toBe(failure);
      expect(await store.head('ef/refused.webm')).toBeNull();
      expect(await pending()).toEqual([]);
    });

    it('lists the objects under a prefix with when they were written; received uploads left for over a day are removed', async () => {
      const before = Date.now() - 1000;
      await store.put('.incoming/left-1', Readable.from([Buffer.from('a')]));
      await store.put('.incoming/left-2', Readable.from([Buffer.from('b')]));
      await store.put('kept/not-incoming.mkv', Readable.from([Buffer.from('c')]));
      const listed = [];
      for await (const item of store.list('.incoming/')) listed.push(item);
      expect(listed.map((item) => item.key).sort()).toEqual(['.incoming/left-1', '.incoming/left-2']);
      for (const item of listed) expect(item.modifiedAt.getTime()).toBeGreaterThanOrEqual(before);
      // Written just now: kept. A day and an hour later: removed, and nothing else.
      expect(await removeLeftUploads(store)).toEqual([]);
      const later = new Date(Date.now() + 25 * 3600 * 1000);
      expect((await removeLeftUploads(store, later)).sort()).toEqual(['.incoming/left-1', '.incoming/left-2']);
      expect(await store.head('.incoming/left-1')).toBeNull();
      expect(await store.head('kept/not-incoming.mkv')).toEqual({ sizeBytes: 1 });
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
      raw: () => filesBelow(root),
      pending: async () => (await filesBelow(root)).filter((name) => name.endsWith('.partial')),
    };
  });

  storeContract('S3Store on a real S3 API server', () => {
    const setting = parseStorageSetting(process.env.CUSTODIAN_STORAGE, true);
    if (setting.kind !== 's3') throw new Error('expected an s3 setting');
    const store = new S3Store(s3Client(setting), setting.bucket, `${setting.prefix}exports/`);
    // The whole bucket, other prefixes included, as an operator would list it.
    const bucketWide = new S3Store(s3Client(setting), setting.bucket, '');
    return { store, raw: () => keys(bucketWide), pending: () => s3.pendingUploads() };
  });

  it('keeps file objects private to the server user', async () => {
    const store = new FileStore(path.join(folder, 'private'));
    await store.put('a/b.mp4', Readable.from([Buffer.from('x')]));
    expect((await fsp.stat(path.join(folder, 'private', 'a', 'b.mp4'))).mode & 0o777).toBe(0o600);
  });

  it('aborts a verified write whose bucket goes away mid-way, saying so, and leaves nothing under the key', async () => {
    const setting = parseStorageSetting(process.env.CUSTODIAN_STORAGE, true);
    if (setting.kind !== 's3') throw new Error('expected an s3 setting');
    const store = new S3Store(s3Client(setting), setting.bucket, `${setting.prefix}away/`);
    const bytes = pattern(20 * 1024 * 1024);
    const source = Readable.from(
      (async function* () {
        yield bytes.subarray(0, 9 * 1024 * 1024);
        await s3.stop();
        yield bytes.subarray(9 * 1024 * 1024);
      })(),
    );
    let error: unknown;
    try {
      error = await store.putVerified('gone.mp4', source, described(bytes)).catch((e: unknown) => e);
    } finally {
      await s3.start();
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('UNREACHABLE');
    expect((error as StoreError).message).toMatch(
      /away\/gone\.mp4: the object store could not be reached \(ECONN\w+\)\. Its multipart upload \w+ could not be aborted: /,
    );
    expect(source.destroyed).toBe(true);
    expect(await store.head('gone.mp4')).toBeNull();
    // The bucket was away when it was to be aborted: the upload is left to the bucket's lifecycle rule.
    expect(await s3.pendingUploads()).toEqual([`${setting.prefix}away/gone.mp4`]);
  });

  it('refuses a verified write to a bucket that does not exist, without reading the source', async () => {
    const setting = parseStorageSetting(process.env.CUSTODIAN_STORAGE, true);
    if (setting.kind !== 's3') throw new Error('expected an s3 setting');
    const store = new S3Store(s3Client(setting), 'no-such-bucket', '');
    const source = Readable.from([Buffer.from('x')]);
    const error = await store.putVerified('x.mp4', source, described(Buffer.from('x'))).catch((e: unknown) => e);
    expect((error as StoreError).message).toMatch(/the bucket no-such-bucket does not exist/);
    expect(source.destroyed).toBe(true);
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
