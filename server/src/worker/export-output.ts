import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { FinishedFile } from '../media/finish-file.js';
import { workFolder } from '../storage/local-copy.js';
import type { ObjectStore } from '../storage/object-store.js';

/**
 * Where ffmpeg writes an export, and how it reaches its final key. A store with local files is
 * written in place (ffmpeg's `.partial` file is renamed once hashed, as before). A bucket gets a
 * local file in the work folder, streamed to the final key once ffmpeg is done by the store's
 * putVerified: the key holds it only if the bytes streamed hash to what was exported. So the
 * final key never holds an incomplete or unverified export, and nothing is copied in the bucket.
 */
export interface ExportOutput {
  /** The file ffmpeg is to produce. */
  path: string;
  /** Makes the finished file the object under the final key; on failure nothing is under it, and the local file is removed. */
  publish(finished: FinishedFile): Promise<void>;
  /** Removes the export wherever it got to: the local file and the final key's object. */
  discard(): Promise<void>;
  /** Removes the local working file, if there is one apart from the store; the stored export stays. */
  release(): Promise<void>;
}

export async function exportOutput(store: ObjectStore, key: string): Promise<ExportOutput> {
  const inPlace = store.localPath(key);
  if (inPlace) {
    await fsp.mkdir(path.dirname(inPlace), { recursive: true });
    return { path: inPlace, publish: async () => {}, discard: () => store.delete(key), release: async () => {} };
  }
  const local = path.join(await workFolder(), `${randomUUID()}-${path.basename(key)}`);
  const removeLocal = () => fsp.rm(local, { force: true });
  return {
    path: local,
    publish: async (finished) => {
      try {
        await store.putVerified(key, fs.createReadStream(local), finished);
      } finally {
        await removeLocal();
      }
    },
    discard: async () => {
      await removeLocal();
      await store.delete(key);
    },
    release: removeLocal,
  };
}
