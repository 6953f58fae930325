import { createHash } from 'node:crypto';
import { open, rename } from 'node:fs/promises';
import path from 'node:path';

export interface FinishedFile {
  sha256: string;
  sizeBytes: number;
}

/**
 * Hashes a finished file, forces it to disk and moves it to its final name. The rename comes
 * last, so a file under the final name is always complete and the hash describes exactly its
 * bytes, even if the machine loses power in between.
 */
export async function finishFile(partial: string, final: string): Promise<FinishedFile> {
  const handle = await open(partial, 'r');
  let result: FinishedFile;
  try {
    result = await hashHandle(handle);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(partial, final);
  await syncFolder(path.dirname(final));
  return result;
}

/** SHA-256 of a file, read as a stream so that size does not matter. */
export async function sha256File(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    return (await hashHandle(handle)).sha256;
  } finally {
    await handle.close();
  }
}

async function hashHandle(handle: Awaited<ReturnType<typeof open>>): Promise<FinishedFile> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of handle.createReadStream({ autoClose: false, start: 0, highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    sizeBytes += bytes.length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

/** Makes the rename itself durable; some platforms cannot open a folder, which is fine to skip. */
async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows cannot fsync a folder; the rename is still atomic there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
