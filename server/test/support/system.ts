import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { graphql } from '../gql/index.js';
import { gqlOk, signIn } from './graphql-client.js';
import { freePort } from './ports.js';

const SERVER_DIR = path.resolve(import.meta.dirname, '../..');
export const ADMIN = { username: 'admin', password: 'admin-password-for-tests' };

const TASK_SERVICES = graphql(`query System_TaskServices { taskServices { id name authorized } }`);
const AUTHORIZE = graphql(`mutation System_AuthorizeTaskService($id: ID!) { authorizeTaskService(id: $id) { id } }`);

export interface RunningProcess {
  child: ChildProcess;
  output: () => string;
  /**
   * Resolves when output matching `pattern` (a plain string: containing it) has been printed.
   * A process logs what it did after committing it, so a state seen in the database can come
   * before its log line: wait for the line rather than reading `output()` at once.
   */
  waitFor(pattern: RegExp | string, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
}

export function run(script: string, env: NodeJS.ProcessEnv, args: string[] = []): RunningProcess {
  const child = spawn(process.execPath, [path.join(SERVER_DIR, 'dist', script), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const check of waiters) check();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      for (const check of waiters) check();
      resolve(code);
    }),
  );
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${pattern} in the output of ${script}:\n${output.slice(-3000)}`));
        }, timeoutMs);
        const check = () => {
          const match = typeof pattern === 'string' ? (output.includes(pattern) ? pattern : undefined) : output.match(pattern)?.[0];
          if (match !== undefined) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(match);
          } else if (child.exitCode !== null) {
            clearTimeout(timer);
            waiters.delete(check);
            reject(new Error(`${script} exited with ${child.exitCode} before printing ${pattern}:\n${output.slice(-3000)}`));
          }
        };
        waiters.add(check);
        check();
      }),
  };
}

export interface System {
  url: string;
  databaseUrl: string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** The API process; a test that starts another in its place puts it here, and `stop` stops that one. */
  api: RunningProcess;
  workers: RunningProcess[];
  /**
   * Starts a worker process with a name of its own (WORKER_NAME) and, unless `authorize` is false,
   * authorizes it through GraphQL as an administrator would.
   */
  startWorker(extraEnv?: NodeJS.ProcessEnv, options?: { authorize?: boolean }): Promise<RunningProcess>;
  /** Authorizes the task service with this name through GraphQL, as an administrator. */
  authorizeWorker(name: string): Promise<void>;
  cli(args: string[]): Promise<{ code: number | null; output: string }>;
  sql<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * Starts Custodian as separate processes (API server and workers), on a database of its own on
 * the test PostgreSQL server and a data folder of its own.
 */
export async function startSystem(pgServerUrl: string, options: { workers?: number; env?: NodeJS.ProcessEnv } = {}): Promise<System> {
  const name = `custodian_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgServerUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const databaseUrl = (() => {
    const u = new URL(pgServerUrl);
    u.pathname = `/${name}`;
    return u.toString();
  })();
  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-test-data-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    CUSTODIAN_DATA_DIR: dataDir,
    CUSTODIAN_ADMIN_USERNAME: ADMIN.username,
    CUSTODIAN_ADMIN_PASSWORD: ADMIN.password,
    CUSTODIAN_DEMO_DATA: 'false',
    CUSTODIAN_WORKER_CONCURRENCY: '2',
    // The test server's role is a superuser, which Custodian refuses unless told.
    CUSTODIAN_ALLOW_SUPERUSER: 'true',
    ...options.env,
  };
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const api = run('api.js', env);
  await api.waitFor(/API listening on port \d+/);
  const workers: RunningProcess[] = [];
  const url = `http://127.0.0.1:${port}`;
  const authorizeWorker = async (workerName: string) => {
    const admin = await signIn(url, ADMIN.username, ADMIN.password);
    const { taskServices } = await gqlOk(url, TASK_SERVICES, {}, admin);
    const service = taskServices.find((s) => s.name === workerName);
    if (!service) throw new Error(`no task service named ${workerName} registered`);
    if (!service.authorized) await gqlOk(url, AUTHORIZE, { id: service.id }, admin);
  };
  const startWorker = async (extraEnv: NodeJS.ProcessEnv = {}, { authorize = true }: { authorize?: boolean } = {}) => {
    const workerName = extraEnv.WORKER_NAME ?? `test-worker-${workers.length + 1}`;
    const worker = run('worker.js', { ...env, WORKER_NAME: workerName, ...extraEnv });
    await worker.waitFor(/task service \S+ \(\S+\) ready/);
    workers.push(worker);
    if (authorize) {
      await authorizeWorker(workerName);
      await worker.waitFor(/is authorized: taking export tasks/);
    }
    return worker;
  };
  for (let i = 0; i < (options.workers ?? 1); i++) await startWorker();

  const system: System = {
    url,
    databaseUrl,
    dataDir,
    env,
    api,
    workers,
    startWorker,
    authorizeWorker,
    cli: async (args) => {
      const cli = run('cli.js', env, args);
      const code = await cli.exited;
      return { code, output: cli.output() };
    },
    sql: async (text, values = []) => (await db.query(text, values)).rows,
    stop: async () => {
      // The processes there now: a test may have started another API process in place of the first.
      const processes = [...system.workers, system.api];
      for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGTERM');
      await Promise.all(processes.map((p) => Promise.race([p.exited, new Promise((r) => setTimeout(r, 15_000))])));
      for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGKILL');
      await db.end();
      await fsp.rm(dataDir, { recursive: true, force: true });
    },
  };
  return system;
}
