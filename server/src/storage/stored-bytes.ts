import type { Readable } from 'node:stream';
import { type ByteSource, fileBytes } from '../common/byte-source.js';
import { type ObjectStore, StoreError } from './object-store.js';

/**
 * An object's bytes for the recording readers: the file itself in a folder, ranged and whole
 * reads in a bucket, so nothing is copied to the reader's disk first. The readers ask for the
 * size and the start several times (recognising the format, checking it, probing it); an object
 * does not change under its key, so each is fetched once and a shorter start is a slice of a
 * longer one.
 */
export function storedBytes(store: ObjectStore, key: string): ByteSource {
  const local = store.localPath(key);
  if (local !== null) return fileBytes(local);
  let sized: Promise<number> | undefined;
  const size = (): Promise<number> => {
    sized ??= store.head(key).then((found) => {
      if (!found) throw new StoreError('MISSING', `${store.description}${key} is not in the store.`);
      return found.sizeBytes;
    });
    // A failed answer is not kept: the next question asks the store again.
    sized.catch(() => {
      sized = undefined;
    });
    return sized;
  };
  let head: { asked: number; bytes: Buffer } | undefined;
  return {
    name: `${store.description}${key}`,
    localPath: null,
    async start(length) {
      if (head && length <= head.asked) return head.bytes.subarray(0, length);
      // A range past the end of an object is refused by S3; an empty object has no first byte.
      const sizeBytes = await size();
      if (sizeBytes === 0 || length === 0) return Buffer.alloc(0);
      const bytes = await collect(await store.read(key, { start: 0, end: Math.min(length, sizeBytes) - 1 }), length);
      head = { asked: length, bytes };
      return bytes;
    },
    stream: () => store.read(key),
    size,
  };
}

/** The stream's bytes, at most `limit` of them (a store that ignores the range sends more). */
async function collect(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length >= limit) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, limit);
}
