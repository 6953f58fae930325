import os from 'node:os';
import path from 'node:path';

/** Every setting Custodian reads from its environment. The README documents each one. */
export interface Config {
  port: number;
  /** Unset means: run an embedded PostgreSQL inside the data folder. */
  databaseUrl: string | undefined;
  dataDir: string;
  recordingsDir: string;
  exportsDir: string;
  adminUsername: string;
  /** Unset means: generate one on first start and print it once. */
  adminPassword: string | undefined;
  workerConcurrency: number;
  demoData: boolean;
  /** Where the browser app is served from (the web build). */
  webDir: string;
  /** Largest accepted upload from a recording agent, in bytes. */
  maxUploadBytes: number;
  /** A running export whose worker has not reported for this long goes back to the queue. */
  heartbeatTimeoutSeconds: number;
  /** How many times an export task is tried before it is marked FAILED. */
  maxAttempts: number;
  /** ffmpeg is stopped after this long on one export. */
  exportTimeoutSeconds: number;
  /** Origins allowed to open a cookie-authenticated websocket, besides the server's own. */
  allowedOrigins: string[];
  sessionTtlHours: number;
  /** On SIGTERM a worker lets running exports finish this long, then hands them back. */
  shutdownGraceSeconds: number;
  /** Port of the embedded PostgreSQL, when it is used. */
  embeddedPostgresPort: number | undefined;
  /** This worker's name on the Task services page; unset means an identity kept in the data folder. */
  workerName: string | undefined;
  /** Completed exports are deleted this many days after they finish; 0 keeps them forever. */
  exportRetentionDays: number;
  /** How often the retention job looks for expired exports. */
  retentionIntervalSeconds: number;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

const here = path.dirname(new URL(import.meta.url).pathname);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.CUSTODIAN_DATA_DIR || './data');
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port: int(env, 'PORT', 4000),
    databaseUrl,
    dataDir,
    recordingsDir: path.join(dataDir, 'recordings'),
    exportsDir: path.join(dataDir, 'exports'),
    adminUsername: env.CUSTODIAN_ADMIN_USERNAME || 'admin',
    adminPassword: env.CUSTODIAN_ADMIN_PASSWORD || undefined,
    workerConcurrency: int(env, 'CUSTODIAN_WORKER_CONCURRENCY', Math.max(1, os.availableParallelism() - 1), 1),
    // Demo data is on by default only for the embedded database, where it is what a newcomer sees.
    demoData: bool(env, 'CUSTODIAN_DEMO_DATA', databaseUrl === undefined),
    webDir: path.resolve(env.CUSTODIAN_WEB_DIR || path.join(here, '../../../web/dist')),
    maxUploadBytes: int(env, 'CUSTODIAN_MAX_UPLOAD_MB', 4096, 1) * 1024 * 1024,
    heartbeatTimeoutSeconds: int(env, 'CUSTODIAN_HEARTBEAT_TIMEOUT_SECONDS', 30, 5),
    maxAttempts: int(env, 'CUSTODIAN_MAX_ATTEMPTS', 3, 1),
    exportTimeoutSeconds: int(env, 'CUSTODIAN_EXPORT_TIMEOUT_SECONDS', 4 * 3600, 10),
    allowedOrigins: (env.CUSTODIAN_ALLOWED_ORIGINS || '').split(',').map((s) => s.trim()).filter(Boolean),
    sessionTtlHours: int(env, 'CUSTODIAN_SESSION_TTL_HOURS', 12, 1),
    shutdownGraceSeconds: int(env, 'CUSTODIAN_SHUTDOWN_GRACE_SECONDS', 20),
    embeddedPostgresPort: env.CUSTODIAN_EMBEDDED_PG_PORT ? int(env, 'CUSTODIAN_EMBEDDED_PG_PORT', 54329, 1) : undefined,
    workerName: env.WORKER_NAME?.trim() || undefined,
    exportRetentionDays: int(env, 'EXPORT_RETENTION_DAYS', 30),
    retentionIntervalSeconds: int(env, 'CUSTODIAN_RETENTION_INTERVAL_SECONDS', 3600, 1),
  };
}
