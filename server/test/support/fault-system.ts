import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { graphql } from '../gql/index.js';
import { gqlOk, signIn } from './graphql-client.js';
import { freePort } from './ports.js';
import { postmasterPid } from './private-postgres.js';
import { alive } from './processes.js';
import { ADMIN, run, type RunningProcess } from './system.js';
import { waitUntil } from './wait.js';

const TASK_SERVICES = graphql(`query FaultSystem_TaskServices { taskServices { id name authorized } }`);
const AUTHORIZE = graphql(`mutation FaultSystem_AuthorizeTaskService($id: ID!) { authorizeTaskService(id: $id) { id } }`);

/**
 * How Custodian finds its database: `embedded` leaves DATABASE_URL unset, so the API starts the
 * embedded PostgreSQL in its data folder and the workers use it; `database-url` gives every
 * process DATABASE_URL, to a database of its own on the server the test names.
 */
export type DatabaseMode = 'embedded' | 'database-url';
export const DATABASE_MODES: readonly DatabaseMode[] = ['embedded', 'database-url'];

export interface FaultSystem {
  mode: DatabaseMode;
  url: string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  api: RunningProcess;
  workers: RunningProcess[];
  /** The embedded server's data folder (embedded mode), where its postmaster.pid is. */
  embeddedDataDir: string | null;
  /** The application's database as a superuser, for the test's own reads. */
  superuserUrl(): Promise<string>;
  /** The connection string a worker would use, with its host and port replaced (to put a proxy in between). */
  workerDatabaseUrl(via: { host: string; port: number }): Promise<string>;
  /** Starts a worker (WORKER_NAME test-worker-N unless given) and authorizes it as an administrator. */
  startWorker(extraEnv?: NodeJS.ProcessEnv): Promise<RunningProcess>;
  cli(args: string[]): Promise<{ code: number | null; output: string }>;
  /** One query on a connection of its own, so that it works across database restarts. */
  sql<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export interface FaultSystemOptions {
  mode: DatabaseMode;
  /** database-url mode: the PostgreSQL server on which the system's database is created. */
  pgServerUrl?: string;
  /** Prepares the data folder before anything starts (a tmpfs mounted as its exports folder). */
  prepareDataDir?: (dataDir: string) => Promise<void>;
  /** Undoes prepareDataDir once every process has stopped, before the data folder is deleted. */
  releaseDataDir?: (dataDir: string) => Promise<void>;
  env?: NodeJS.ProcessEnv;
  /** Workers started with the system (default 1). */
  workers?: number;
}

/** Starts the API server and workers as separate processes, in one of the two database modes. */
export async function startFaultSystem(options: FaultSystemOptions): Promise<FaultSystem> {
  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-faults-'));
  // The embedded server runs as the `postgres` user when the tests run as root: it must enter here.
  await fsp.chmod(dataDir, 0o755);
  try {
    await options.prepareDataDir?.(dataDir);
  } catch (error) {
    await fsp.rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const port = await freePort();
  let databaseUrl = '';
  let databaseName: string | null = null;
  if (options.mode === 'database-url') {
    if (!options.pgServerUrl) throw new Error('database-url mode needs a PostgreSQL server');
    databaseName = `custodian_faults_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: options.pgServerUrl });
    await admin.connect();
    await admin.query(`create database ${databaseName}`);
    await admin.end();
    const u = new URL(options.pgServerUrl);
    u.pathname = `/${databaseName}`;
    databaseUrl = u.toString();
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    // Empty means unset: the CI run may have DATABASE_URL in the test's own environment.
    DATABASE_URL: databaseUrl,
    CUSTODIAN_EMBEDDED_PG_PORT: String(await freePort()),
    CUSTODIAN_DATA_DIR: dataDir,
    CUSTODIAN_ADMIN_USERNAME: ADMIN.username,
    CUSTODIAN_ADMIN_PASSWORD: ADMIN.password,
    CUSTODIAN_DEMO_DATA: 'false',
    CUSTODIAN_WORKER_CONCURRENCY: '2',
    CUSTODIAN_SHUTDOWN_GRACE_SECONDS: '0',
    // The test server's role is a superuser, which Custodian refuses unless told.
    CUSTODIAN_ALLOW_SUPERUSER: 'true',
    ...options.env,
  };
  const embeddedDir = path.join(dataDir, 'postgres');
  const embeddedDataDir = options.mode === 'embedded' ? path.join(embeddedDir, 'data') : null;
  const credentials = async () => JSON.parse(await fsp.readFile(path.join(embeddedDir, 'credentials.json'), 'utf8')) as Record<string, string>;
  const superuserUrl = async () => {
    if (options.mode === 'database-url') return databaseUrl;
    const { password, port: pgPort } = await credentials();
    return `postgres://postgres:${encodeURIComponent(password!)}@127.0.0.1:${pgPort}/custodian`;
  };
  const workerDatabaseUrl = async (via: { host: string; port: number }) => {
    const u = new URL(databaseUrl || (await superuserUrl()));
    if (options.mode === 'embedded') {
      // The role the embedded install's processes run as, not the superuser.
      u.username = 'custodian_app';
      u.password = (await credentials()).appPassword!;
    }
    u.hostname = via.host;
    u.port = String(via.port);
    return u.toString();
  };

  const api = run('api.js', env);
  const workers: RunningProcess[] = [];
  const url = `http://127.0.0.1:${port}`;
  const system: FaultSystem = {
    mode: options.mode,
    url,
    dataDir,
    env,
    api,
    workers,
    embeddedDataDir,
    superuserUrl,
    workerDatabaseUrl,
    startWorker: async (extraEnv = {}) => {
      const workerName = extraEnv.WORKER_NAME ?? `test-worker-${workers.length + 1}`;
      const worker = run('worker.js', { ...env, WORKER_NAME: workerName, ...extraEnv });
      workers.push(worker);
      await worker.waitFor(/task service \S+ \(\S+\) ready/);
      const token = await signIn(url, ADMIN.username, ADMIN.password);
      const service = (await gqlOk(url, TASK_SERVICES, {}, token)).taskServices.find((s) => s.name === workerName);
      if (!service) throw new Error(`no task service named ${workerName} registered`);
      if (!service.authorized) await gqlOk(url, AUTHORIZE, { id: service.id }, token);
      await worker.waitFor(/is authorized: taking export tasks/);
      return worker;
    },
    cli: async (args) => {
      const cli = run('cli.js', env, args);
      const code = await cli.exited;
      return { code, output: cli.output() };
    },
    sql: async (text, values = []) => {
      const client = new pg.Client({ connectionString: await superuserUrl() });
      await client.connect();
      try {
        return (await client.query(text, values)).rows;
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      const all = [...workers, api];
      for (const p of all) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
      await Promise.all(all.map((p) => Promise.race([p.exited, new Promise((r) => setTimeout(r, 15_000))])));
      for (const p of all) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
      // An API that died leaves its embedded server behind.
      if (embeddedDataDir) {
        const pid = await postmasterPid(embeddedDataDir).catch(() => null);
        if (pid && alive(pid)) {
          process.kill(pid, 'SIGTERM');
          await waitUntil('the embedded PostgreSQL to stop', async () => (alive(pid) ? undefined : true), 15_000).catch(() => process.kill(pid, 'SIGKILL'));
        }
      }
      await options.releaseDataDir?.(dataDir);
      await fsp.rm(dataDir, { recursive: true, force: true });
      // Best effort: a test that failed may have left its server down.
      if (databaseName) await dropDatabase(options.pgServerUrl!, databaseName).catch(() => undefined);
    },
  };
  try {
    await api.waitFor(/API listening on port \d+/);
    for (let i = 0; i < (options.workers ?? 1); i++) await system.startWorker();
  } catch (error) {
    await system.stop();
    throw error;
  }
  return system;
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}
