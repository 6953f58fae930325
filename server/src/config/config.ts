import os from 'node:os';
import path from 'node:path';
import { MAX_MOVED_BYTES } from '../storage/object-store.js';
import { parseStorageSetting, type StorageSetting } from '../storage/storage-setting.js';

/** Every setting Custodian reads from its environment. The README documents each one. */
export interface Config {
  port: number;
  /** Unset means: run an embedded PostgreSQL inside the data folder. */
  databaseUrl: string | undefined;
  dataDir: string;
  recordingsDir: string;
  exportsDir: string;
  /** Where recordings and exports are kept: the folders above, or an S3-compatible bucket. */
  storage: StorageSetting;
  /** With a bucket: an export download is answered with a bucket address signed for this long; 0: every file goes through the API. */
  downloadUrlSeconds: number;
  /** Ed25519 signing keys for manifests and audit checkpoints; deliberately not in the database. */
  signingKeyDir: string;
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
  /** Video exports encode a frame only when the picture changed (variable frame rate). */
  exportSkipUnchangedFrames: boolean;
  /** Video recordings longer than one and a half of these are exported in segments of about this length by several task services; 0 never splits. */
  exportSegmentSeconds: number;
  /** Bytes of recordings a task service keeps copied from a bucket for the next task (storage/source-cache.ts); 0 keeps none. */
  sourceCacheBytes: number;
  /** Threads of each ffmpeg run of a task service; 0 lets ffmpeg use every core. */
  ffmpegThreads: number;
  /** Origins allowed to open a cookie-authenticated websocket, besides the server's own. */
  allowedOrigins: string[];
  sessionTtlHours: number;
  /** On SIGTERM a worker lets running exports finish this long, then hands them back. */
  shutdownGraceSeconds: number;
  /** Port of the embedded PostgreSQL, when it is used. */
  embeddedPostgresPort: number | undefined;
  /** scrypt's work factor N for password hashes (see auth/password-hash.ts). */
  passwordHashCost: number;
  /** Sign-in attempts allowed per account name and per client address within the window. */
  signInLimits: { perAccount: number; maxDelaySeconds: number; perAddress: number; windowSeconds: number };
  /** Which proxies' X-Forwarded-For and X-Forwarded-Proto to believe (express's `trust proxy`); false: none. */
  trustProxy: boolean | number | string;
  /** The API signs a checkpoint of the audit chain head this often (and once at start). */
  auditCheckpointMinutes: number;
  /** Every signed checkpoint is also appended here, outside PostgreSQL (write-once storage, another host's mount). */
  checkpointLogPath: string;
  /** False when a separate owner role runs the migrations (`custodian migrate`) and this process may not. */
  migrateOnStart: boolean;
  /** Whether to run although the database role is a superuser (who can switch the audit trail's protections off). */
  allowSuperuser: boolean;
  /** The application role `custodian migrate` grants its rights to, when the owner runs it. */
  appRole: string | undefined;
  /** This worker's name on the Task services page; unset means an identity kept in the data folder. */
  workerName: string | undefined;
  /** Completed exports are deleted this many days after they finish; 0 keeps them forever. */
  exportRetentionDays: number;
  /** How often the retention job looks for expired exports. */
  retentionIntervalSeconds: number;
  /** `shared`: a subscription event is executed once per audience; `per-subscriber`: once per subscriber (the former way, kept as a benchmark baseline). */
  subscriptionFanout: 'shared' | 'per-subscriber';
  /** At most one progress event per export task this often; status changes and the final progress are sent at once. */
  progressIntervalMs: number;
  /** Every open websocket's credential is checked again this often (besides the immediate notifications). */
  credentialRecheckSeconds: number;
  /** `text` (the default) or `json`: one JSON object per log line, with the request or export task id. */
  logFormat: 'text' | 'json';
  /** One log line per HTTP request and websocket message (method, path, status, time; never a query string or payload). */
  logRequests: boolean;
  /** A scraper must send this as a Bearer token to read /metrics. */
  metricsToken: string | undefined;
  /** Where /metrics is served apart from the API (e.g. 127.0.0.1:9464); unset: on the API's port, if a token is set. */
  metricsAddress: { host: string | undefined; port: number } | undefined;
}

/*
 * The largest values whole-number settings take. Node runs a timer of more than 2^31 - 1 ms at
 * once (with a warning, not an error), so a setting a timer waits on must stay below that: a
 * retention interval of 30 days would otherwise run retention every millisecond, and an export
 * timeout that long would stop every export as it starts. Any other setting stays below 2^31,
 * far above sense, so that megabytes turned into bytes remain exact integers.
 */
const MAX_WHOLE = 2 ** 31 - 1;
const MAX_TIMER_SECONDS = Math.floor(MAX_WHOLE / 1000);
const MAX_TIMER_MINUTES = Math.floor(MAX_WHOLE / 60_000);
const MAX_PORT = 65_535;

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0, max = MAX_WHOLE): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\s*[+-]?\d+\s*$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
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

/** scrypt's N for password hashes: why these three, in auth/password-hash.ts. */
export const PASSWORD_HASH_COST = { default: 1 << 16, min: 1 << 14, max: 1 << 17 } as const;

function passwordHashCost(env: NodeJS.ProcessEnv): number {
  const cost = int(env, 'CUSTODIAN_PASSWORD_HASH_COST', PASSWORD_HASH_COST.default);
  const { min, max } = PASSWORD_HASH_COST;
  if ((cost & (cost - 1)) !== 0 || cost < min || cost > max) {
    throw new Error(`CUSTODIAN_PASSWORD_HASH_COST must be a power of two from ${min} to ${max}, got "${env.CUSTODIAN_PASSWORD_HASH_COST}"`);
  }
  return cost;
}

/**
 * CUSTODIAN_TRUST_PROXY: unset or false trusts no proxy; true trusts every hop (only behind a
 * proxy that strips what clients send); a number of hops; or addresses and subnets
 * ("loopback, 10.0.0.0/8"), as express's `trust proxy` reads them.
 */
function trustProxy(raw: string | undefined): boolean | number | string {
  const value = raw?.trim();
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

function subscriptionFanout(raw: string | undefined): 'shared' | 'per-subscriber' {
  const value = raw?.trim().toLowerCase() || 'shared';
  if (value !== 'shared' && value !== 'per-subscriber') throw new Error(`CUSTODIAN_SUBSCRIPTION_FANOUT must be shared or per-subscriber, got "${raw}"`);
  return value;
}

function logFormat(raw: string | undefined): 'text' | 'json' {
  const value = raw?.trim().toLowerCase() || 'text';
  if (value !== 'text' && value !== 'json') throw new Error(`CUSTODIAN_LOG_FORMAT must be text or json, got "${raw}"`);
  return value;
}

/** CUSTODIAN_METRICS_ADDRESS: `host:port`, `[ipv6]:port`, or a port alone, `:port` or `port` (every interface). */
export function metricsAddress(raw: string | undefined): { host: string | undefined; port: number } | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const match = /^(?:(\[[0-9a-fA-F:.]+\]|[^:[\]\s]*):)?(\d{1,5})$/.exec(value);
  const port = Number(match?.[2]);
  if (!match || port < 1 || port > 65535) throw new Error(`CUSTODIAN_METRICS_ADDRESS must be host:port or a port, got "${raw}"`);
  return { host: match[1]?.replace(/^\[|\]$/g, '') || undefined, port };
}

const here = path.dirname(new URL(import.meta.url).pathname);

/**
 * In a bucket an upload is received under a temporary key and moved to its own by one copy, which
 * S3 makes of at most 5 GiB; the import command stores larger files directly.
 */
function maxUploadBytes(env: NodeJS.ProcessEnv, storage: StorageSetting): number {
  const bucketLimit = MAX_MOVED_BYTES / 1024 / 1024;
  const megabytes = int(env, 'CUSTODIAN_MAX_UPLOAD_MB', 4096, 1);
  if (storage.kind !== 'file' && megabytes > bucketLimit)
    throw new Error(
      `CUSTODIAN_MAX_UPLOAD_MB is at most ${bucketLimit} when CUSTODIAN_STORAGE is a bucket (the most S3 copies in one request), got "${megabytes}"`,
    );
  return megabytes * 1024 * 1024;
}

/** The longest a signed bucket address may stay valid: whoever holds one reads the export without the API. */
const MAX_DOWNLOAD_URL_SECONDS = 3600;

/** Signed addresses are a bucket's: with files, browsers only ever read through the API. */
function downloadUrlSeconds(env: NodeJS.ProcessEnv, storage: StorageSetting): number {
  const seconds = int(env, 'CUSTODIAN_S3_DOWNLOAD_URL_SECONDS', 0, 0, MAX_DOWNLOAD_URL_SECONDS);
  if (seconds > 0 && storage.kind === 'file')
    throw new Error(`CUSTODIAN_S3_DOWNLOAD_URL_SECONDS needs CUSTODIAN_STORAGE to be a bucket (s3://bucket/prefix), got "${seconds}" with files`);
  return seconds;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.CUSTODIAN_DATA_DIR || './data');
  const databaseUrl = env.DATABASE_URL || undefined;
  const storage = parseStorageSetting(env.CUSTODIAN_STORAGE, bool(env, 'CUSTODIAN_S3_FORCE_PATH_STYLE', false));
  return {
    port: int(env, 'PORT', 4000, 0, MAX_PORT),
    databaseUrl,
    dataDir,
    recordingsDir: path.join(dataDir, 'recordings'),
    exportsDir: path.join(dataDir, 'exports'),
    storage,
    downloadUrlSeconds: downloadUrlSeconds(env, storage),
    signingKeyDir: path.resolve(env.CUSTODIAN_SIGNING_KEY_DIR || path.join(dataDir, 'signing-keys')),
    adminUsername: env.CUSTODIAN_ADMIN_USERNAME || 'admin',
    adminPassword: env.CUSTODIAN_ADMIN_PASSWORD || undefined,
    workerConcurrency: int(env, 'CUSTODIAN_WORKER_CONCURRENCY', Math.max(1, os.availableParallelism() - 1), 1),
    // Demo data is on by default only for the embedded database, where it is what a newcomer sees.
    demoData: bool(env, 'CUSTODIAN_DEMO_DATA', databaseUrl === undefined),
    webDir: path.resolve(env.CUSTODIAN_WEB_DIR || path.join(here, '../../../web/dist')),
    maxUploadBytes: maxUploadBytes(env, storage),
    heartbeatTimeoutSeconds: int(env, 'CUSTODIAN_HEARTBEAT_TIMEOUT_SECONDS', 30, 5, MAX_TIMER_SECONDS),
    maxAttempts: int(env, 'CUSTODIAN_MAX_ATTEMPTS', 3, 1),
    exportTimeoutSeconds: int(env, 'CUSTODIAN_EXPORT_TIMEOUT_SECONDS', 4 * 3600, 10, MAX_TIMER_SECONDS),
    exportSkipUnchangedFrames: bool(env, 'CUSTODIAN_EXPORT_SKIP_UNCHANGED_FRAMES', true),
    exportSegmentSeconds: int(env, 'CUSTODIAN_EXPORT_SEGMENT_SECONDS', 300),
    sourceCacheBytes: int(env, 'CUSTODIAN_SOURCE_CACHE_MB', 4096) * 1024 * 1024,
    ffmpegThreads: int(env, 'CUSTODIAN_FFMPEG_THREADS', 0),
    allowedOrigins: (env.CUSTODIAN_ALLOWED_ORIGINS || '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    sessionTtlHours: int(env, 'CUSTODIAN_SESSION_TTL_HOURS', 12, 1),
    shutdownGraceSeconds: int(env, 'CUSTODIAN_SHUTDOWN_GRACE_SECONDS', 20, 0, MAX_TIMER_SECONDS),
    embeddedPostgresPort: env.CUSTODIAN_EMBEDDED_PG_PORT ? int(env, 'CUSTODIAN_EMBEDDED_PG_PORT', 54329, 1, MAX_PORT) : undefined,
    passwordHashCost: passwordHashCost(env),
    signInLimits: {
      perAccount: int(env, 'CUSTODIAN_SIGN_IN_LIMIT_PER_ACCOUNT', 5, 1),
      maxDelaySeconds: int(env, 'CUSTODIAN_SIGN_IN_MAX_DELAY_SECONDS', 60, 1, MAX_TIMER_SECONDS),
      perAddress: int(env, 'CUSTODIAN_SIGN_IN_LIMIT_PER_ADDRESS', 50, 1),
      windowSeconds: int(env, 'CUSTODIAN_SIGN_IN_WINDOW_SECONDS', 900, 1, MAX_TIMER_SECONDS),
    },
    auditCheckpointMinutes: int(env, 'CUSTODIAN_AUDIT_CHECKPOINT_MINUTES', 60, 1, MAX_TIMER_MINUTES),
    checkpointLogPath: path.resolve(env.CUSTODIAN_CHECKPOINT_LOG || path.join(dataDir, 'audit', 'checkpoints.log')),
    migrateOnStart: bool(env, 'CUSTODIAN_MIGRATE', true),
    allowSuperuser: bool(env, 'CUSTODIAN_ALLOW_SUPERUSER', false),
    appRole: env.CUSTODIAN_APP_ROLE?.trim() || undefined,
    workerName: env.WORKER_NAME?.trim() || undefined,
    trustProxy: trustProxy(env.CUSTODIAN_TRUST_PROXY),
    exportRetentionDays: int(env, 'EXPORT_RETENTION_DAYS', 30),
    retentionIntervalSeconds: int(env, 'CUSTODIAN_RETENTION_INTERVAL_SECONDS', 3600, 1, MAX_TIMER_SECONDS),
    subscriptionFanout: subscriptionFanout(env.CUSTODIAN_SUBSCRIPTION_FANOUT),
    progressIntervalMs: int(env, 'CUSTODIAN_PROGRESS_INTERVAL_MS', 250),
    credentialRecheckSeconds: int(env, 'CUSTODIAN_CREDENTIAL_RECHECK_SECONDS', 30, 1, MAX_TIMER_SECONDS),
    logFormat: logFormat(env.CUSTODIAN_LOG_FORMAT),
    logRequests: bool(env, 'CUSTODIAN_LOG_REQUESTS', false),
    metricsToken: env.CUSTODIAN_METRICS_TOKEN || undefined,
    metricsAddress: metricsAddress(env.CUSTODIAN_METRICS_ADDRESS),
  };
}
