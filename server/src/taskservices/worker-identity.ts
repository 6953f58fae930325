import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface WorkerIdentity {
  id: string;
  name: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A worker's identity survives restarts, so that its authorization does too: its name is
 * WORKER_NAME or the host name, and the id generated on its first start is kept in the data
 * folder under that name. Workers sharing a data folder on one host need distinct WORKER_NAMEs.
 */
export async function workerIdentity(dataDir: string, workerName: string | undefined): Promise<WorkerIdentity> {
  const name = workerName ?? os.hostname();
  const dir = path.join(dataDir, 'task-services');
  const file = path.join(dir, `${name.replace(/[^A-Za-z0-9._-]/g, '_')}.id`);
  await fsp.mkdir(dir, { recursive: true });
  const existing = await readId(file);
  if (existing) return { id: existing, name };
  try {
    await fsp.writeFile(file, `${randomUUID()}\n`, { flag: 'wx' });
  } catch (error) {
    // Another process with this name created it first: use that one.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const id = await readId(file);
  if (!id) throw new Error(`${file} does not hold a task service id; delete it to get a new identity (it must then be authorized again).`);
  return { id, name };
}

async function readId(file: string): Promise<string | null> {
  const text = await fsp.readFile(file, 'utf8').catch(() => null);
  const id = text?.trim().toLowerCase();
  return id && UUID.test(id) ? id : null;
}
