import { spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { onCleanup } from './cleanup.mjs';
import { freePort } from './database.mjs';
import { gql, signIn } from './graphql.mjs';
import { SERVER_DIST, requireBuiltServer } from './paths.mjs';

export const ADMIN = { username: 'bench-admin', password: 'bench-admin-password-2026' };

/**
 * Starts a compiled server entry point (api.js, worker.js, cli.js) as a child process in a
 * process group of its own, so that stopping it also stops the ffmpeg it runs.
 */
export function runNode(script, env, args = [], { echo = false } = {}) {
  const child = spawn(process.execPath, [path.join(SERVER_DIST, script), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const waiters = new Set();
  const onData = (chunk) => {
    const text = chunk.toString();
    output += text;
    if (output.length > 2_000_000) output = output.slice(-1_000_000);
    if (echo) process.stderr.write(text.replace(/^/gm, `  [${script}] `));
    for (const check of waiters) check();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      for (const check of waiters) check();
      resolve(code ?? signal);
    }),
  );
  const running = () => child.exitCode === null && child.signalCode === null;
  const unregister = onCleanup(`stop ${script} (pid ${child.pid})`, () => stopProcess());

  async function stopProcess(graceMs = 10_000) {
    if (running()) {
      try {
        child.kill('SIGTERM');
      } catch {
        /* gone */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
    }
    // Whatever is left of the group (a running ffmpeg) goes too.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* none left */
    }
    unregister();
  }

  return {
    child,
    pid: child.pid,
    output: () => output,
    exited,
    running,
    stop: stopProcess,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${pattern} in the output of ${script}:\n${output.slice(-3000)}`));
        }, timeoutMs);
        const check = () => {
          const match = output.match(pattern);
          if (match) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(match[0]);
          } else if (!running()) {
            clearTimeout(timer);
            waiters.delete(check);
            reject(new Error(`${script} exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}:\n${output.slice(-3000)}`));
          }
        };
        waiters.add(check);
        check();
      }),
  };
}

/**
 * Custodian as it runs in production: one API process and `workers` worker processes, each with
 * `concurrency` export slots, on the given database and a temporary data folder.
 */
export async function startSystem({ databaseUrl, workers = 1, concurrency = 1, env: extraEnv = {}, echo = false, log = console.log }) {
  requireBuiltServer();
  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-bench-data-'));
  onCleanup(`remove ${dataDir}`, () => fsp.rm(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    CUSTODIAN_DATA_DIR: dataDir,
    CUSTODIAN_ADMIN_USERNAME: ADMIN.username,
    CUSTODIAN_ADMIN_PASSWORD: ADMIN.password,
    CUSTODIAN_DEMO_DATA: 'false',
    CUSTODIAN_WORKER_CONCURRENCY: String(concurrency),
    CUSTODIAN_SHUTDOWN_GRACE_SECONDS: '2',
    // The benchmark server's role is a superuser, which Custodian refuses unless told.
    CUSTODIAN_ALLOW_SUPERUSER: 'true',
    ...extraEnv,
  };
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  onCleanup('close the benchmark pool', () => db.end());

  const started = performance.now();
  const api = runNode('api.js', env, [], { echo });
  await api.waitFor(/API listening on port \d+/);
  const url = `http://127.0.0.1:${port}`;
  const workerProcesses = [];
  for (let i = 0; i < workers; i++) {
    const workerName = `bench-worker-${i + 1}`;
    const worker = runNode('worker.js', { ...env, WORKER_NAME: workerName }, [], { echo });
    await worker.waitFor(/task service \S+ \(\S+\) ready/);
    await authorizeWorker(url, workerName);
    await worker.waitFor(/is authorized: taking export tasks/);
    workerProcesses.push(worker);
  }
  log(
    `system started in ${((performance.now() - started) / 1000).toFixed(1)} s: API pid ${api.pid} on port ${port}, ${workers} worker(s) (pid ${workerProcesses.map((w) => w.pid).join(', ')}) with ${concurrency} export slot(s) each`,
  );

  return {
    url,
    databaseUrl,
    dataDir,
    recordingsDir: path.join(dataDir, 'recordings'),
    exportsDir: path.join(dataDir, 'exports'),
    env,
    api,
    workers: workerProcesses,
    sql: async (text, values = []) => (await db.query(text, values)).rows,
    /** Runs `cli.js <args>` to completion. */
    cli: async (args) => {
      const cli = runNode('cli.js', env, args, { echo });
      const code = await cli.exited;
      await cli.stop();
      return { code, output: cli.output() };
    },
    stop: async () => {
      await Promise.all(workerProcesses.map((w) => w.stop()));
      await api.stop();
    },
  };
}

/** Authorizes a task service through GraphQL, as an administrator does on the Task services page. */
async function authorizeWorker(url, workerName) {
  const admin = await signIn(url, ADMIN.username, ADMIN.password);
  const { taskServices } = await gql(url, '{ taskServices { id name authorized } }', {}, admin);
  const service = taskServices.find((s) => s.name === workerName);
  if (!service) throw new Error(`task service ${workerName} did not register`);
  if (!service.authorized) await gql(url, 'mutation($id: ID!) { authorizeTaskService(id: $id) { id } }', { id: service.id }, admin);
}
