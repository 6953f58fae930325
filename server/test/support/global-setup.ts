import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../dist/db/embedded-postgres.js';
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
 * Integration tests run against a real PostgreSQL: DATABASE_URL when it is set, else an embedded
 * server started for this run. They drive the compiled server, so it must be built first.
 */
export async function setup(project: TestProject): Promise<void> {
  const dist = path.resolve(import.meta.dirname, '../../dist/api.js');
  if (!fs.existsSync(dist)) throw new Error('The server is not built: run `npm run build` first (npm test does).');
  if (process.env.DATABASE_URL) {
    console.log(`integration tests: PostgreSQL from DATABASE_URL`);
    project.provide('pgServerUrl', process.env.DATABASE_URL);
    return;
  }
  embeddedDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-test-pg-'));
  // mkdtemp makes the folder private; the embedded server may run as another user.
  await fsp.chmod(embeddedDir, 0o755);
  embedded = await startEmbeddedPostgres(embeddedDir, { port: await freePort() });
  console.log(`integration tests: embedded PostgreSQL in ${embeddedDir}`);
  project.provide('pgServerUrl', embedded.url);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (embeddedDir) await fsp.rm(embeddedDir, { recursive: true, force: true });
}
