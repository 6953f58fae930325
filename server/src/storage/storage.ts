import { FileStore } from './file-store.js';
import type { ObjectStore } from './object-store.js';
import type { StorageSetting } from './storage-setting.js';

/** The two stores every process works with: imported recordings, and exported MP4s. */
export interface Storage {
  recordings: ObjectStore;
  exports: ObjectStore;
  /** For the start-up log. */
  description: string;
}

/**
 * The stores for a setting. Files: the data folder's recordings/ and exports/ folders, as every
 * process that shares it sees them. A bucket: `<prefix>recordings/` and `<prefix>exports/`, with
 * the same relative names, so that a catalog moved from files to a bucket keeps its rows. The AWS
 * SDK is loaded only for a bucket: it is a large part of a process's start otherwise.
 */
export async function openStorage(
  setting: StorageSetting,
  folders: { recordingsDir: string; exportsDir: string; downloadUrlSeconds: number },
): Promise<Storage> {
  if (setting.kind === 'file') {
    return {
      recordings: new FileStore(folders.recordingsDir),
      exports: new FileStore(folders.exportsDir),
      description: `files in ${folders.recordingsDir} and ${folders.exportsDir}`,
    };
  }
  const { S3Store, s3Client } = await import('./s3-store.js');
  const client = s3Client(setting);
  const recordings = new S3Store(client, setting.bucket, `${setting.prefix}recordings/`);
  // Only export downloads may be handed to browsers as bucket addresses; recordings never are.
  const exports = new S3Store(client, setting.bucket, `${setting.prefix}exports/`, folders.downloadUrlSeconds);
  return { recordings, exports, description: `objects in s3://${setting.bucket}/${setting.prefix} (endpoint ${process.env.AWS_ENDPOINT_URL || 'AWS'})` };
}
