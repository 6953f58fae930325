import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { FinishedFile } from '../media/finish-file.js';
import { MediaError } from '../media/media-error.js';
import { workFolder } from '../storage/local-copy.js';
import { type ObjectStore, temporaryKey } from '../storage/object-store.js';

/**
 * Where ffmpeg writes an export, and how it reaches its final key. A store with local files is
 * written in place (ffmpeg's `.partial` file is renamed once hashed, as before). A bucket gets a
 * local file in the work folder, uploaded under a temporary key once ffmpeg is done; only when
 * what was uploaded hashes to what was exported does it get the final key. So the final key
 * never holds an incomplete or unverified export.
 */
export interface ExportOutput {
  /** The file ffmpeg is to produce. */
  path: string;
  /** Makes the finished file the object under the final key; removes every local and temporary trace on failure. */
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
      const temporary = temporaryKey(key, randomUUID());
      try {
        const stored = await store.put(temporary, fs.createReadStream(local));
        if (stored.sha256 !== finished.sha256 || stored.sizeBytes !== finished.sizeBytes) {
          throw new MediaError(
            'FFMPEG_FAILED',
            `The export was stored as ${stored.sizeBytes} bytes with SHA-256 ${stored.sha256}, not the ${finished.sizeBytes} bytes with ${finished.sha256} that were exported.`,
          );
        }
        await store.commit(temporary, key);
      } catch (error) {
        await store.delete(temporary).catch(() => undefined);
        throw error;
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
