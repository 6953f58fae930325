import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { StoredObject } from './object-store.js';

/** A pass-through that counts and hashes what goes through it, for a write that must say what it stored. */
export function hashingStream(): { stream: Transform; result(): StoredObject } {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  let digest: string | null = null;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      callback(null, chunk);
    },
  });
  return {
    stream,
    result: () => {
      digest ??= hash.digest('hex');
      return { sizeBytes, sha256: digest };
    },
  };
}
