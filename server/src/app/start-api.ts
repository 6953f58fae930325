import { AuditChainer } from '../audit/chainer.js';
import { CheckpointLog } from '../audit/checkpoint-log.js';
import { startCheckpointSchedule } from '../audit/checkpoints.js';
import { startSuppressedRefusalReports } from '../audit/refusal-throttle.js';
import { SignInLimiter } from '../auth/sign-in-limiter.js';
import { EventHub } from '../common/event-hub.js';
import type { Log } from '../common/log.js';
import type { Config } from '../config/config.js';
import { SigningDesk } from '../evidence/signing-desk.js';
import { startReaper } from '../exports/reaper.js';
import { startRetention } from '../exports/retention.js';
import { startBrowserPreviewRetention } from '../previews/browser-preview-retention.js';
import { startLeftUploadsCleanup } from '../recordings/received-uploads.js';
import { TaskEventHub } from '../exports/task-event-hub.js';
import { ExportTaskStatus } from '../exports/export-task-status.js';
import { TaskEventPublisher } from '../exports/task-event-publisher.js';
import { LiveSockets } from '../http/live-sockets.js';
import { startApiMetrics } from '../metrics/serve-metrics.js';
import { KeyRing } from '../signing/key-ring.js';
import type { TaskService } from '../taskservices/task-service.entity.js';
import { TaskServicePublisher } from '../taskservices/task-service-publisher.js';
import { createApiServer, type ApiServer } from './api-server.js';
import type { Core } from './core.js';

// Sign-in attempts older than the window no longer count; they are dropped this often.
const PRUNE_SIGN_INS_MS = 600_000;
// Committed audit rows join the hash chain within this long (sooner when the chain is read).
const LINK_AUDIT_MS = 200;

/**
 * The API process: the HTTP server, the publishers that turn database notifications into
 * subscription events, the signing desk, and the schedules every API process runs (reaper,
 * retention, audit chainer and checkpoints, sign-in attempt pruning). Only API processes hold the
 * signing key: they sign audit checkpoints and, for the task services, export manifests.
 */
export async function startApi(config: Config, log: Log, core: Core): Promise<{ api: ApiServer; port: number; stop: () => Promise<void> }> {
  const { db, queue, mediaTools } = core;
  const keyRing = await KeyRing.open(config.signingKeyDir);
  log(`signing key ${keyRing.activeKeyId} in ${config.signingKeyDir}`);
  const signingDesk = new SigningDesk(db.orm.em, db.url, keyRing, log);
  await signingDesk.start();
  const taskEvents = new TaskEventHub();
  const publisher = new TaskEventPublisher(db.orm.em, db.url, taskEvents, log, config.progressIntervalMs);
  await publisher.start();
  const taskServiceEvents = new EventHub<TaskService>();
  const taskServicePublisher = new TaskServicePublisher(db.orm.em, db.url, taskServiceEvents, log);
  await taskServicePublisher.start();
  const stopReaper = startReaper({ em: db.orm.em, queue, heartbeatTimeoutSeconds: config.heartbeatTimeoutSeconds, maxAttempts: config.maxAttempts, log });
  const liveSockets = new LiveSockets(db.orm.em, db.url, config, log);
  await liveSockets.start();
  const pruneSignIns = setInterval(() => void new SignInLimiter(db.orm.em.fork(), config.signInLimits).prune().catch(() => undefined), PRUNE_SIGN_INS_MS);
  pruneSignIns.unref();
  const stopRefusalReports = startSuppressedRefusalReports(db.orm.em, log);
  const auditChainer = new AuditChainer(db.orm.em, LINK_AUDIT_MS, log).start();
  const stopCheckpoints = startCheckpointSchedule({
    em: db.orm.em,
    keyRing,
    checkpointLog: new CheckpointLog(config.checkpointLogPath),
    intervalMinutes: config.auditCheckpointMinutes,
    log,
  });
  const stopRetention = startRetention({
    em: db.orm.em,
    exports: core.storage.exports,
    retentionDays: config.exportRetentionDays,
    intervalSeconds: config.retentionIntervalSeconds,
    log,
  });
  const stopLeftUploadsCleanup = startLeftUploadsCleanup({ recordings: core.storage.recordings, intervalSeconds: config.retentionIntervalSeconds, log });
  const stopPreviewRetention = startBrowserPreviewRetention({
    em: db.orm.em,
    exports: core.storage.exports,
    retentionDays: config.exportRetentionDays,
    intervalSeconds: config.retentionIntervalSeconds,
    log,
  });
  const api = await createApiServer(
    { em: db.orm.em, config, queue, keyRing, mediaTools, storage: core.storage, taskEvents, taskServiceEvents },
    liveSockets,
    log,
  );
  const port = await api.listen(config.port);
  const stopMetrics = await startApiMetrics(
    config,
    { em: db.orm.em, taskStatuses: Object.values(ExportTaskStatus), websocketConnections: () => liveSockets.size },
    log,
  );
  return {
    api,
    port,
    stop: async () => {
      stopReaper();
      await signingDesk.stop();
      stopRefusalReports();
      clearInterval(pruneSignIns);
      stopRetention();
      stopPreviewRetention();
      stopLeftUploadsCleanup();
      await stopCheckpoints();
      await auditChainer.stop();
      await api.stop();
      await stopMetrics();
      await publisher.stop();
      await taskServicePublisher.stop();
      await liveSockets.stop();
    },
  };
}
