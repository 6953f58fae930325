import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathInside } from '../common/contained-path.js';
import { newPrivateFile, PRIVATE_FILE_MODE } from '../common/private-files.js';
import { hashingStream } from './hashing-stream.js';
import { type ByteRange, checkedKey, type ListedObject, type ObjectStore, StoreError, type StoredObject, unverifiedObject } from './object-store.js';

/**
 * Objects as files below a folder (the data folder's recordings/ or exports/), private to the
 * server's user. Writes go to a temporary name beside the target and are renamed into place, so
 * a file under its final name is always complete.
 */
export class FileStore implements ObjectStore {
  readonly description: string;

  constructor(private readonly root: string) {
    this.description = root;
  }

  /** Browsers only ever read files through the API. */
  async browserUrl(): Promise<null> {
    return null;
  }

  localPath(key: string): string {
    const file = pathInside(this.root, checkedKey(this.description, key));
    if (!file) throw new StoreError('INVALID_KEY', `The stored name ${JSON.stringify(key)} leads outside ${this.root}.`);
    return file;
  }

  async put(key: string, body: Readable): Promise<StoredObject> {
    const hashing = hashingStream();
    await this.streamed(key, body, async (temporary) => pipeline(body, hashing.stream, await newPrivateFile(temporary)));
    return hashing.result();
  }

  /** Written to a temporary file beside the target, hashed on the way, and renamed into place only when it is the expected bytes. */
  async putVerified(key: string, body: Readable, expected: StoredObject): Promise<void> {
    const hashing = hashingStream();
    await this.streamed(key, body, async (temporary) => {
      await pipeline(body, hashing.stream, await newPrivateFile(temporary));
      const streamed = hashing.result();
      if (streamed.sizeBytes !== expected.sizeBytes || streamed.sha256 !== expected.sha256)
        throw unverifiedObject(`${key} in ${this.root}`, expected, streamed);
    });
  }

  /** A write of `body` through a temporary file; a source that fails is the caller's own error, as in a bucket. */
  private async streamed(key: string, body: Readable, write: (temporary: string) => Promise<unknown>): Promise<void> {
    const target = this.localPath(key);
    let sourceError: Error | null = null;
    const failed = (error: Error) => {
      sourceError = error;
    };
    body.once('error', failed);
    try {
      await this.placed(target, write);
    } catch (error) {
      throw sourceError ?? error;
    } finally {
      body.off('error', failed);
    }
  }

  async putFile(key: string, file: string, options: { move?: boolean } = {}): Promise<void> {
    const target = this.localPath(key);
    await this.placed(target, async (temporary) => {
      if (options.move) await fsp.rename(file, temporary).catch(() => fsp.copyFile(file, temporary));
      else await fsp.copyFile(file, temporary);
    });
    if (options.move) await fsp.rm(file, { force: true });
  }

  async move(from: string, to: string): Promise<void> {
    const source = this.localPath(from);
    const target = this.localPath(to);
    try {
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await fsp.rename(source, target);
    } catch (error) {
      throw this.failure(error as NodeJS.ErrnoException, from);
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    const file = this.localPath(key);
    const handle = await fsp.open(file, 'r').catch((error: NodeJS.ErrnoException) => {
      throw this.failure(error, key);
    });
    return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
  }

  async head(key: string): Promise<{ sizeBytes: number } | null> {
    const stat = await fsp.stat(this.localPath(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw this.failure(error, key);
    });
    return stat?.isFile() ? { sizeBytes: stat.size } : null;
  }

  async delete(key: string): Promise<void> {
    await fsp.rm(this.localPath(key), { force: true }).catch((error: NodeJS.ErrnoException) => {
      throw this.failure(error, key);
    });
  }

  async *list(prefix = ''): AsyncIterable<ListedObject> {
    // The folder the prefix names, or the one it ends in ("ab/ab" lists ab/ and keeps what starts so).
    const folder = prefix.endsWith('/') || prefix === '' ? prefix : path.posix.dirname(prefix);
    const below = folder === '' || folder === '.' ? this.root : this.localPath(folder.replace(/\/$/, ''));
    const entries = await fsp.readdir(below, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [];
      throw this.failure(error, prefix);
    });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const key = path.relative(this.root, file).split(path.sep).join('/');
      if (!key.startsWith(prefix)) continue;
      const stat = await fsp.stat(file).catch(() => null);
      if (stat) yield { key, modifiedAt: stat.mtime };
    }
  }

  /** Writes through a temporary name, made private, then renamed to `target`; nothing is left behind on failure. */
  private async placed(target: string, write: (temporary: string) => Promise<unknown>): Promise<void> {
    const temporary = `${target}.${randomUUID()}.partial`;
    try {
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await write(temporary);
      // Files moved or copied in keep the mode they had where they came from.
      await fsp.chmod(temporary, PRIVATE_FILE_MODE);
      await fsp.rename(temporary, target);
    } catch (error) {
      await fsp.rm(temporary, { force: true });
      throw error instanceof StoreError ? error : this.failure(error as NodeJS.ErrnoException, path.relative(this.root, target));
    }
  }

  private failure(error: NodeJS.ErrnoException, key: string): StoreError {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return new StoreError('MISSING', `${key} is not in ${this.root}.`, { cause: error });
    return new StoreError('FAILED', `${key} in ${this.root}: ${error.code ?? error.message}`, { cause: error });
  }
}
