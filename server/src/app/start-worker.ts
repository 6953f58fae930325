import type { Log } from '../common/log.js';
import type { Config } from '../config/config.js';
import { startReaper } from '../exports/reaper.js';
import { startWorkerMetrics } from '../metrics/serve-metrics.js';
import { SourceCache } from '../storage/source-cache.js';
import { TaskServiceRegistration } from '../taskservices/task-service-registration.js';
import { workerIdentity } from '../taskservices/worker-identity.js';
import { TaskServiceWorker } from '../worker/task-service-worker.js';
import type { Core } from './core.js';

/**
 * Starts a task service: a worker process that takes export tasks from the queue. `local` marks
 * the one that `npm start` runs beside the server on a single machine: the system authorizes it
 * (once, audited) instead of an administrator.
 */
export async function startWorker(
  config: Config,
  log: Log,
  core: Core,
  options: { local?: boolean } = {},
): Promise<{ worker: TaskServiceWorker; stop: (graceMs: number) => Promise<void> }> {
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
  const sources = await SourceCache.open(core.storage.recordings, config.sourceCacheBytes);
  const worker = new TaskServiceWorker({
    em: db.orm.em,
    queue,
    databaseUrl: db.url,
    registration,
    concurrency: config.workerConcurrency,
    heartbeatTimeoutSeconds: config.heartbeatTimeoutSeconds,
    export: {
      mediaTools,
      sources,
      storage: core.storage,
      exportTimeoutSeconds: config.exportTimeoutSeconds,
      skipUnchangedFrames: config.exportSkipUnchangedFrames,
      segmentSeconds: config.exportSegmentSeconds,
      ffmpegThreads: config.ffmpegThreads,
    },
    log,
  });
  await worker.start();
  const stopReaper = startReaper({ em: db.orm.em, queue, heartbeatTimeoutSeconds: config.heartbeatTimeoutSeconds, maxAttempts: config.maxAttempts, log });
  // The local task service's metrics are the API's: they share the process, and so the registry.
  const stopMetrics = options.local ? async () => undefined : await startWorkerMetrics(config, log);
  return {
    worker,
    stop: async (graceMs) => {
      stopReaper();
      await worker.stop(graceMs);
      await sources.close();
      await stopMetrics();
    },
  };
}
