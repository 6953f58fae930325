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

let embedded: EmbeddedDatabase | null = null;
let embeddedDir: string | null = null;

/**
 * Medium and integration tests run against a real PostgreSQL: DATABASE_URL when it is set, else
 * an embedded server started for this run. Each test file creates databases of its own on it.
 */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.DATABASE_URL) {
    console.log('tests: PostgreSQL from DATABASE_URL');
    project.provide('pgServerUrl', process.env.DATABASE_URL);
    return;
  }
  embeddedDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-test-pg-'));
  // mkdtemp makes the folder private; the embedded server may run as another user.
  await fsp.chmod(embeddedDir, 0o755);
  embedded = await startEmbeddedPostgres(embeddedDir, { port: await freePort() });
  console.log(`tests: embedded PostgreSQL in ${embeddedDir}`);
  project.provide('pgServerUrl', embedded.url);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (embeddedDir) await fsp.rm(embeddedDir, { recursive: true, force: true });
}
