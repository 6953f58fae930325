import fsp from 'node:fs/promises';
import type { Config } from '../config/config.js';
import { openDatabase, type Database } from '../db/open-database.js';
import { TaskEventHub } from '../exports/task-event-hub.js';
import { TaskEventPublisher } from '../exports/task-event-publisher.js';
import { createApiServer, type ApiServer } from '../http/api-server.js';
import { LiveSockets } from '../http/live-sockets.js';
import { SignInLimiter } from '../auth/sign-in-limiter.js';
import { describeMediaTools, locateMediaTools, type MediaTools } from '../media/media-tools.js';
import { ExportWorker } from '../tasks/export-worker.js';
import { JobQueue } from '../tasks/queue.js';
import { startReaper } from '../tasks/reaper.js';
import { KeyRing } from '../signing/key-ring.js';
import { startCheckpointSchedule } from '../audit/checkpoints.js';
import { startRetention } from '../tasks/retention.js';
import { EventHub } from '../common/event-hub.js';
import type { TaskService } from '../taskservices/task-service.entity.js';
import { TaskServicePublisher } from '../taskservices/task-service-publisher.js';
import { TaskServiceRegistration } from '../taskservices/task-service-registration.js';
import { workerIdentity } from '../taskservices/worker-identity.js';

/** Connects what every Custodian process needs: configuration checks, ffmpeg, database, queue. */
export interface Core {
  db: Database;
  queue: JobQueue;
  mediaTools: MediaTools;
  /** One per process: signs manifests (workers) and audit checkpoints, verifies signatures. */
  keyRing: KeyRing;
}

export async function startCore(config: Config, log: (line: string) => void, options: { migrate: boolean }): Promise<Core> {
  await fsp.mkdir(config.recordingsDir, { recursive: true });
  await fsp.mkdir(config.exportsDir, { recursive: true });
  const mediaTools = await locateMediaTools();
  log(describeMediaTools(mediaTools));
  const keyRing = await KeyRing.open(config.signingKeyDir);
  log(`signing key ${keyRing.activeKeyId} in ${config.signingKeyDir}`);
  const db = await openDatabase(config, log, options);
  log(`database: ${db.description}`);
  const queue = new JobQueue(db.url, config.exportTimeoutSeconds + 600);
  await queue.start();
  return { db, queue, mediaTools, keyRing };
}

export async function startApi(config: Config, log: (line: string) => void, core: Core): Promise<{ api: ApiServer; port: number; stop: () => Promise<void> }> {
  const { db, queue, mediaTools, keyRing } = core;
  const taskEvents = new TaskEventHub();
  const publisher = new TaskEventPublisher(db.orm.em, db.url, taskEvents, log);
  await publisher.start();
  const taskServiceEvents = new EventHub<TaskService>();
  const taskServicePublisher = new TaskServicePublisher(db.orm.em, db.url, taskServiceEvents, log);
  await taskServicePublisher.start();
  const stopReaper = startReaper({ em: db.orm.em, queue, heartbeatTimeoutSeconds: config.heartbeatTimeoutSeconds, maxAttempts: config.maxAttempts, log });
  const liveSockets = new LiveSockets(db.orm.em, db.url, { sessionTtlHours: config.sessionTtlHours, signInLimits: config.signInLimits }, log);
  await liveSockets.start();
  // Sign-in attempts older than the window no longer count; drop them now and then.
  const pruneSignIns = setInterval(() => void new SignInLimiter(db.orm.em.fork(), config.signInLimits).prune().catch(() => undefined), 600_000);
  pruneSignIns.unref();
  const stopCheckpoints = startCheckpointSchedule({ em: db.orm.em, keyRing, intervalMinutes: config.auditCheckpointMinutes, log });
  const stopRetention = startRetention({ em: db.orm.em, exportsDir: config.exportsDir, retentionDays: config.exportRetentionDays, intervalSeconds: config.retentionIntervalSeconds, log });
  const api = await createApiServer({ config, em: db.orm.em, queue, taskEvents, mediaTools, keyRing, liveSockets, taskServiceEvents });
  const port = await api.listen(config.port);
  return {
    api,
    port,
    stop: async () => {
      stopReaper();
      clearInterval(pruneSignIns);
      stopRetention();
      await stopCheckpoints();
      await api.stop();
      await publisher.stop();
      await taskServicePublisher.stop();
      await liveSockets.stop();
    },
  };
}

/**
 * Starts a task service worker. `local` marks the one that `npm start` runs beside the server on
 * a single machine: the system authorizes it (once, audited) instead of an administrator.
 */
export async function startWorker(config: Config, log: (line: string) => void, core: Core, options: { local?: boolean } = {}): Promise<{ worker: ExportWorker; stop: (graceMs: number) => Promise<void> }> {
  const { db, queue, mediaTools } = core;
  const registration = new TaskServiceRegistration(db.orm.em, {
    identity: await workerIdentity(config.dataDir, config.workerName),
    concurrency: config.workerConcurrency,
    mediaTools,
    heartbeatTimeoutSeconds: config.heartbeatTimeoutSeconds,
  });
  if (options.local) {
    await registration.register();
    if (await registration.authorizeAsLocal()) log(`task service ${registration.name} authorized as the local task service of this single-machine install`);
  }
  const worker = new ExportWorker({
    em: db.orm.em,
    queue,
    databaseUrl: db.url,
    mediaTools,
    recordingsDir: config.recordingsDir,
    exportsDir: config.exportsDir,
    concurrency: config.workerConcurrency,
    heartbeatTimeoutSeconds: config.heartbeatTimeoutSeconds,
    exportTimeoutSeconds: config.exportTimeoutSeconds,
    keyRing: core.keyRing,
    registration,
    log,
  });
  await worker.start();
  const stopReaper = startReaper({ em: db.orm.em, queue, heartbeatTimeoutSeconds: config.heartbeatTimeoutSeconds, maxAttempts: config.maxAttempts, log });
  return {
    worker,
    stop: async (graceMs) => {
      stopReaper();
      await worker.stop(graceMs);
    },
  };
}

