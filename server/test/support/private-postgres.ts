import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded-postgres.js';
import { freePort } from './ports.js';
import { alive, childrenOf } from './processes.js';
import { waitUntil } from './wait.js';

/**
 * A PostgreSQL server of a test's own, run from the embedded-postgres package's binaries on a
 * free port in a temporary folder, so that the test may SIGKILL and restart it without touching
 * the machine's shared server (which other tests use).
 */
export interface PrivatePostgres {
  /** The superuser's connection string, to the `postgres` database. */
  url: string;
  /** The folder holding the server's data (`data/`) and credentials. */
  dir: string;
  /** Kills the postmaster with SIGKILL, as a crash or the OOM killer would, and waits until its backends are gone too. */
  kill(): Promise<void>;
  /** Starts the server again on the same data and port (crash recovery included). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-faults-pg-'));
  // mkdtemp makes the folder private; the server runs as the `postgres` user when the tests run as root.
  await fsp.chmod(dir, 0o755);
  const port = await freePort();
  let server: EmbeddedDatabase | null = await startEmbeddedPostgres(dir, { port });
  const url = server.url;
  return {
    url,
    dir,
    kill: async () => {
      await killPostmaster(path.join(dir, 'data'));
      // The package's own stop() waits for an exit that has already happened.
      server = null;
    },
    restart: async () => {
      server = await waitUntil('the private PostgreSQL to start again', () => startEmbeddedPostgres(dir, { port }), 30_000, 500);
    },
    stop: async () => {
      await server?.stop();
      await fsp.rm(dir, { recursive: true, force: true });
    },
  };
}

/** The postmaster's pid, from the first line of `postmaster.pid` in its data folder. */
export async function postmasterPid(dataDir: string): Promise<number> {
  const content = await fsp.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8');
  return Number(content.split('\n')[0]);
}

/**
 * SIGKILLs the postmaster of the data folder and waits until it and every backend it had are
 * gone: a new postmaster must not start beside backends still attached to the old shared memory.
 */
export async function killPostmaster(dataDir: string): Promise<number> {
  const pid = await postmasterPid(dataDir);
  const backends = await childrenOf(pid);
  process.kill(pid, 'SIGKILL');
  await waitUntil(`postmaster ${pid} and its backends to exit`, async () => ([pid, ...backends].some(alive) ? undefined : true), 15_000, 50);
  return pid;
}
