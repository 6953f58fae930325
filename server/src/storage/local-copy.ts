import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { newPrivateFile } from '../common/private-files.js';
import type { ObjectStore } from './object-store.js';

/** A local file holding an object, for tools that need a file (ffmpeg, ffprobe, the asciicast reader). */
export interface LocalCopy {
  path: string;
  /** Removes the copy, when one was made. */
  release(): Promise<void>;
}

/** Private working folder of this process for copies and unfinished exports; it holds at most what runs at once. */
export async function workFolder(): Promise<string> {
  const dir = path.join(os.tmpdir(), `custodian-work-${process.getuid?.() ?? 'user'}`);
  await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/**
 * The object as a local file: the store's own file when it has one, else a private copy in the
 * work folder, removed on release (and at once when the copy fails). Tools are then given a plain
 * file, so the ffmpeg input whitelist (file protocol only) holds whatever the store. Recordings
 * read by task services go through their SourceCache instead, which keeps copies for the next task.
 */
export async function localCopy(store: ObjectStore, key: string): Promise<LocalCopy> {
  const own = store.localPath(key);
  if (own) return { path: own, release: async () => {} };
  const file = path.join(await workFolder(), `${randomUUID()}-${path.basename(key)}`);
  await copyObjectToFile(store, key, file);
  return { path: file, release: () => fsp.rm(file, { force: true }) };
}

/** Copies the object into a new private file and returns its size; a failed copy leaves no file. */
export async function copyObjectToFile(store: ObjectStore, key: string, file: string): Promise<number> {
  try {
    await pipeline(await store.read(key), await newPrivateFile(file));
    return (await fsp.stat(file)).size;
  } catch (error) {
    await fsp.rm(file, { force: true });
    throw error;
  }
}
