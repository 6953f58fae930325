import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { copyObjectToFile, type LocalCopy, workFolder } from './local-copy.js';
import type { ObjectStore } from './object-store.js';

interface Entry {
  path: string;
  /** Settles when the copy is complete, with its size. */
  ready: Promise<number>;
  sizeBytes: number | null;
  users: number;
  lastUsed: number;
}

/**
 * Recordings copied from a bucket to this machine, kept for the next task that reads the same
 * recording, up to a size. ffmpeg reads only plain files (media/input-whitelist.ts), so a task
 * service reading a bucket copies a recording before reading it; every segment of a long export
 * is a task of its own, and without this each of them copied the whole recording again (as did a
 * retry, a browser preview and an idle stretch scan of the same recording). Tasks that need the
 * same recording at once share one copy, made once.
 *
 * A recording's key is its content's hash, so a kept copy never goes stale. A copy in use is
 * never removed: the folder holds at most the limit plus the copies tasks are reading. The least
 * recently used copy goes first. With a limit of 0 a copy is removed as soon as no task reads it.
 * Stores with files of their own (the data folder) are read in place, and nothing is copied.
 */
export class SourceCache {
  private readonly entries = new Map<string, Entry>();

  private constructor(
    readonly store: ObjectStore,
    private readonly dir: string,
    readonly limitBytes: number,
  ) {}

  /** A cache in a folder of this process's own, under the work folder; copies left there by processes that ended are removed. */
  static async open(store: ObjectStore, limitBytes: number): Promise<SourceCache> {
    const root = await workFolder();
    await removeLeftovers(root);
    const dir = path.join(root, `${FOLDER_PREFIX}${process.pid}`);
    await fsp.rm(dir, { recursive: true, force: true });
    await fsp.mkdir(dir, { mode: 0o700 });
    return new SourceCache(store, dir, limitBytes);
  }

  /** Bytes of the complete copies kept now, in use or not. */
  get keptBytes(): number {
    let total = 0;
    for (const entry of this.entries.values()) total += entry.sizeBytes ?? 0;
    return total;
  }

  /** The object under `key` as a local file, until released; a failed copy fails every task waiting for it, and leaves nothing. */
  async copy(key: string): Promise<LocalCopy> {
    const own = this.store.localPath(key);
    if (own) return { path: own, release: async () => {} };
    let entry = this.entries.get(key);
    if (!entry) {
      const file = path.join(this.dir, `${randomUUID()}-${path.basename(key)}`);
      const created: Entry = { path: file, ready: copyObjectToFile(this.store, key, file), sizeBytes: null, users: 0, lastUsed: Date.now() };
      this.entries.set(key, created);
      created.ready.then(
        (size) => {
          created.sizeBytes = size;
        },
        () => {
          if (this.entries.get(key) === created) this.entries.delete(key);
        },
      );
      entry = created;
    }
    const used = entry;
    used.users++;
    try {
      await used.ready;
    } catch (error) {
      used.users--;
      throw error;
    }
    let released = false;
    return {
      path: used.path,
      release: async () => {
        if (released) return;
        released = true;
        used.users--;
        used.lastUsed = Date.now();
        await this.evict();
      },
    };
  }

  /** Removes every copy, when the task service stops: nothing reads them any more. */
  async close(): Promise<void> {
    this.entries.clear();
    await fsp.rm(this.dir, { recursive: true, force: true });
  }

  /** Removes complete copies no task reads, least recently used first, until the kept ones fit the limit. */
  private async evict(): Promise<void> {
    let total = this.keptBytes;
    const idle = [...this.entries].filter(([, entry]) => entry.users === 0 && entry.sizeBytes !== null).sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
    for (const [key, entry] of idle) {
      if (total <= this.limitBytes) break;
      this.entries.delete(key);
      total -= entry.sizeBytes ?? 0;
      await fsp.rm(entry.path, { force: true });
    }
  }
}

const FOLDER_PREFIX = 'sources-';

/** Folders of this cache whose process is gone (it crashed, or was killed): their copies would never be used again. */
async function removeLeftovers(root: string): Promise<void> {
  const names = await fsp.readdir(root).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    const pid = Number(name.slice(FOLDER_PREFIX.length));
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) await fsp.rm(path.join(root, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
