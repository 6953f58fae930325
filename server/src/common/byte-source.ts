import fsp from 'node:fs/promises';
import type { Readable } from 'node:stream';

/**
 * The bytes of a recording as its readers need them: the start, to tell what it is, and the
 * whole, as a stream from the beginning. A local file (`fileBytes`) or an object in a store
 * (`storedBytes` in storage/), so that an upload kept in a bucket is read from there without a
 * copy on the reader's disk. Errors are those of the place: a file's carry its `code` (ENOENT,
 * EACCES, EISDIR), a store's are StoreErrors naming the store and key.
 */
export interface ByteSource {
  /** Names the bytes in messages: the file's path, or the store and key. */
  readonly name: string;
  /** A path local tools may open themselves, or null when the bytes can only be streamed. */
  readonly localPath: string | null;
  /** Up to `length` bytes from the start (fewer when it is shorter). */
  start(length: number): Promise<Buffer>;
  /** Every byte, from the start; the caller destroys the stream when it stops early. */
  stream(options?: { highWaterMark?: number }): Promise<Readable>;
  /** The number of bytes. */
  size(): Promise<number>;
}

/** A local file; a folder is refused as the system refuses reading one (EISDIR). */
export function fileBytes(file: string): ByteSource {
  return {
    name: file,
    localPath: file,
    async start(length) {
      const handle = await fsp.open(file, 'r');
      try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    async stream(options) {
      // Opened here, so that a file that cannot be read fails this call rather than the first read.
      const handle = await fsp.open(file, 'r');
      return handle.createReadStream({ highWaterMark: options?.highWaterMark });
    },
    async size() {
      const handle = await fsp.open(file, 'r');
      try {
        const info = await handle.stat();
        if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: ${file} is a folder`), { code: 'EISDIR' });
        return info.size;
      } finally {
        await handle.close();
      }
    },
  };
}

/** Readers take a path (task services, the import command) or any ByteSource (uploads kept in a store). */
export function byteSource(source: string | ByteSource): ByteSource {
  return typeof source === 'string' ? fileBytes(source) : source;
}
