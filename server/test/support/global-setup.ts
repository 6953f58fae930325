import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded-postgres.js';
import { freePort } from './ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL (any database); each test file creates its own database on it. */
    pgServerUrl: string;
  }
}

// One embedded server for every project of the run that asks for one (medium, integration, ...):
// started by the first, stopped when the last is torn down. Vitest loads this module once per
// project, so the server is kept on the global object, which the projects share.
interface Shared {
  embedded: Promise<{ database: EmbeddedDatabase; dir: string }> | null;
  users: number;
}
const SHARED = Symbol.for('custodian.tests.embedded-postgres');
const registry = globalThis as Record<symbol, Shared | undefined>;
const shared: Shared = registry[SHARED] ?? { embedded: null, users: 0 };
registry[SHARED] = shared;

async function startEmbedded(): Promise<{ database: EmbeddedDatabase; dir: string }> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-test-pg-'));
  // mkdtemp makes the folder private; the embedded server may run as another user.
  await fsp.chmod(dir, 0o755);
  const database = await startEmbeddedPostgres(dir, { port: await freePort() });
  console.log(`tests: embedded PostgreSQL in ${dir}`);
  return { database, dir };
}

/**
 * Medium and integration tests run against a real PostgreSQL: DATABASE_URL when it is set, else
 * an embedded server started for this run. Each test file creates databases of its own on it.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    console.log('tests: PostgreSQL from DATABASE_URL');
    project.provide('pgServerUrl', process.env.DATABASE_URL);
    return async () => undefined;
  }
  shared.users += 1;
  shared.embedded ??= startEmbedded();
  project.provide('pgServerUrl', (await shared.embedded).database.url);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0 || !shared.embedded) return;
    const { database, dir } = await shared.embedded;
    shared.embedded = null;
    await database.stop();
    await fsp.rm(dir, { recursive: true, force: true });
  };
}
