import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import { Channel, PgListener } from '../db/notifications.js';
import { heldClaims, renewHeartbeats, type Claim } from '../exports/export-task-lifecycle.js';
import { queueExportSegments, queueExportTasks } from '../exports/export-task-queue.js';
import { ExportTaskStatus } from '../exports/export-task-status.js';
import { ExportTask } from '../exports/export-task.entity.js';
import type { JobQueue } from '../queue/job-queue.js';
import { JOB_NAMES, JobNames, type JobName } from '../queue/jobs.js';
import type { TaskServiceRegistration } from '../taskservices/task-service-registration.js';
import { runExportTask, type ExportTaskDeps, type StopReason } from './export-recording.job.js';
import { runBrowserPreview } from './browser-preview.job.js';
import { queueBrowserPreviews } from '../previews/browser-preview-queue.js';
import { queueIdleStretchScans } from '../idle-stretches/idle-stretch-scan-queue.js';
import { runIdleStretchScan } from './idle-stretch-scan.job.js';
import { runExportSegment, type SegmentDeps } from './segmented-export.js';
import { jobHandlers, type JobHandlers, type JobRunner } from './job-handlers.js';

export interface TaskServiceWorkerOptions {
  em: EntityManager;
  queue: JobQueue;
  databaseUrl: string;
  /** This worker's task service row: it takes tasks only while an administrator authorizes it. */
  registration: TaskServiceRegistration;
  concurrency: number;
  heartbeatTimeoutSeconds: number;
  export: ExportTaskDeps;
  log: Log;
}

// An unauthorized worker says so this often, so that whoever runs it knows why it is idle.
const IDLE_NOTICE_MS = 60_000;

/** One running export task (or export segment, under `segment:<id>`): how to stop it, and the task's claim once made. */
interface Running {
  controller: AbortController;
  /** The run's claim: null before it is made, and again once the run has settled the task. */
  claimed: Claim | null;
}

/**
 * A task service: takes jobs from the queue, at most `concurrency` at a time, keeps a heartbeat
 * on the export tasks it runs, and stops a task at once when it is cancelled or taken away. It
 * polls the queue only while authorized, and stops polling as soon as it hears of a revocation.
 */
export class TaskServiceWorker implements JobRunner {
  private readonly handlers: JobHandlers = jobHandlers(this);
  private readonly running = new Map<string, Running>();
  private readonly finished = new Set<Promise<unknown>>();
  private readonly listener: PgListener;
  private heartbeat: NodeJS.Timeout | null = null;
  private idleNotice: NodeJS.Timeout | null = null;
  private stopping = false;
  private authorized = false;
  private polling = false;
  // The first answer about the authorization is always logged; later ones only when it changes.
  private decided = false;
  // Authorization changes are applied one at a time, in the order they were read.
  private authorizationChange: Promise<void> = Promise.resolve();

  constructor(private readonly options: TaskServiceWorkerOptions) {
    this.listener = new PgListener(
      options.databaseUrl,
      [Channel.exportQueued, Channel.browserPreviewQueued, Channel.idleStretchScanQueued, Channel.taskUpdated, Channel.taskServiceUpdated],
      options.log,
    );
  }

  get runningTaskIds(): string[] {
    return [...this.running.keys()];
  }

  async start(): Promise<void> {
    const { queue, concurrency, registration } = this.options;
    this.listener.on('notification', (channel: Channel, payload: string) => {
      if (channel === Channel.exportQueued) queue.wake(JobNames.exportRecording);
      else if (channel === Channel.browserPreviewQueued) queue.wake(JobNames.makeBrowserPreview);
      else if (channel === Channel.idleStretchScanQueued) queue.wake(JobNames.scanIdleStretches);
      else if (channel === Channel.taskUpdated && this.running.has(payload))
        // Caught: the database may be gone again by the time the claims are read.
        void this.stopTasksNoLongerHeld([payload]).catch((error: Error) =>
          this.options.log(`export task ${payload}: its claim could not be checked: ${error.message}`),
        );
      else if (channel === Channel.taskServiceUpdated && payload === registration.id) void this.refreshAuthorization();
    });
    // After a lost connection, notifications may have been missed: re-read the authorization and look for work.
    this.listener.on('reconnected', () => {
      void this.refreshAuthorization();
      for (const name of JOB_NAMES) queue.wake(name);
    });
    await this.listener.start();
    const authorized = await registration.register();
    const beatMs = Math.max(1000, (this.options.heartbeatTimeoutSeconds * 1000) / 3);
    this.heartbeat = setInterval(() => void this.beat(), beatMs);
    this.idleNotice = setInterval(() => this.sayWhyIdle(), IDLE_NOTICE_MS);
    this.options.log(`task service ${registration.name} (${registration.id}) ready: ${concurrency} at a time`);
    await this.setAuthorized(authorized);
  }

  /** Starts or stops polling the queue when the authorization changed. */
  setAuthorized(authorized: boolean): Promise<void> {
    this.authorizationChange = this.authorizationChange
      .then(async () => {
        const { registration, log } = this.options;
        this.authorized = authorized;
        if (this.stopping) return;
        if (authorized && !this.polling) {
          for (const name of JOB_NAMES) await this.work(name);
          this.polling = true;
          log(`task service ${registration.name} is authorized: taking export tasks`);
        } else if (!authorized && this.polling) {
          this.polling = false;
          for (const name of JOB_NAMES) await this.options.queue.stopWorking(name);
          log(`task service ${registration.name}: authorization revoked; taking no new export tasks (running ones finish)`);
        } else if (!authorized && !this.decided) {
          this.sayWhyIdle();
        }
        this.decided = true;
      })
      .catch((error: Error) => this.options.log(`task service authorization: ${error.message}`));
    return this.authorizationChange;
  }

  private work<N extends JobName>(name: N): Promise<void> {
    return this.options.queue.work(name, this.options.concurrency, this.handlers[name]);
  }

  private async refreshAuthorization(): Promise<void> {
    try {
      await this.setAuthorized(await this.options.registration.isAuthorized());
    } catch (error) {
      this.options.log(`task service authorization could not be read: ${(error as Error).message}`);
    }
  }

  private sayWhyIdle(): void {
    if (this.authorized || this.stopping) return;
    const { registration } = this.options;
    this.options.log(
      `task service ${registration.name} (${registration.id}) is not authorized: it takes no export tasks until an administrator authorizes it on the Task services page`,
    );
  }

  /** The export-recording job: runs the export task unless this task service may not take it now. */
  async runExportTask(taskId: string): Promise<void> {
    const { em, queue } = this.options;
    if (this.stopping || !this.authorized) {
      await queueExportTasks(em.fork(), queue, [taskId]);
      return;
    }
    const entry: Running = { controller: new AbortController(), claimed: null };
    this.running.set(taskId, entry);
    this.reportRunning();
    const work = runExportTask(
      {
        ...this.options.export,
        em,
        taskServiceId: this.options.registration.id,
        log: this.options.log,
        onClaimed: (claimed) => (entry.claimed = claimed),
        // Nothing left to renew or to stop: what remains of the run is tidying up.
        onSettled: () => (entry.claimed = null),
        heartbeatTimeoutSeconds: this.options.heartbeatTimeoutSeconds,
        queueSegments: (ids) => queueExportSegments(em.fork(), queue, ids),
      },
      taskId,
      entry.controller.signal,
    );
    this.finished.add(work);
    try {
      const result = await work;
      if (result === 'handed-back') await queueExportTasks(em.fork(), queue, [taskId]);
      // Refused by the claim although still PENDING: this task service is no longer authorized
      // (a revocation it has not heard of). It stops polling, and the task goes back for another.
      if (result === 'not-claimed' && (await this.stillPending(taskId))) {
        await this.refreshAuthorization();
        await queueExportTasks(em.fork(), queue, [taskId]);
      }
    } finally {
      this.running.delete(taskId);
      this.finished.delete(work);
      this.reportRunning();
    }
  }

  /**
   * The export-recording job for one segment of a long export: encoded here unless this task
   * service may not take work now, in which case it stays queued for another.
   */
  async runExportSegment(segmentId: string): Promise<void> {
    if (this.stopping || !this.authorized) {
      await queueExportSegments(this.options.em.fork(), this.options.queue, [segmentId]);
      return;
    }
    const key = `segment:${segmentId}`;
    const entry: Running = { controller: new AbortController(), claimed: null };
    this.running.set(key, entry);
    this.reportRunning();
    const work = runExportSegment(this.segmentDeps(), segmentId, entry.controller.signal);
    this.finished.add(work);
    try {
      await work;
    } finally {
      this.running.delete(key);
      this.finished.delete(work);
      this.reportRunning();
    }
  }

  /**
   * The make-browser-preview job: makes the preview unless this task service may not take work
   * now, in which case it goes back to the queue for another.
   */
  runBrowserPreview(previewId: string): Promise<void> {
    const { em, queue } = this.options;
    return this.runDerived(
      `preview:${previewId}`,
      () => queueBrowserPreviews(em.fork(), queue, [previewId]),
      (signal) => runBrowserPreview(this.derivedRun(), previewId, signal),
    );
  }

  /** The scan-idle-stretches job: scans the recording, or sends the job back as for a preview. */
  runIdleStretchScan(scanId: string): Promise<void> {
    const { em, queue } = this.options;
    return this.runDerived(
      `idle-stretches:${scanId}`,
      () => queueIdleStretchScans(em.fork(), queue, [scanId]),
      (signal) =>
        runIdleStretchScan({ ...this.derivedRun(), heartbeatIntervalMs: Math.max(1000, (this.options.heartbeatTimeoutSeconds * 1000) / 3) }, scanId, signal),
    );
  }

  /** What a derived artifact's job works with: the export's tools, storage and limits. */
  private derivedRun() {
    const { em, export: deps, registration, log } = this.options;
    return {
      em,
      taskServiceId: registration.id,
      mediaTools: deps.mediaTools,
      sources: deps.sources,
      storage: deps.storage,
      timeoutSeconds: deps.exportTimeoutSeconds,
      ffmpegThreads: deps.ffmpegThreads,
      log,
    };
  }

  /**
   * Runs one derived artifact (a browser preview, an idle stretch scan) under `key`, so that
   * stopping the task service hands it back like an export; `requeue` sends its job back when
   * this task service may not take work now, or handed it back.
   */
  private async runDerived(key: string, requeue: () => Promise<void>, make: (signal: AbortSignal) => Promise<string>): Promise<void> {
    if (this.stopping || !this.authorized) {
      await requeue();
      return;
    }
    const entry: Running = { controller: new AbortController(), claimed: null };
    this.running.set(key, entry);
    this.reportRunning();
    const work = make(entry.controller.signal);
    this.finished.add(work);
    try {
      if ((await work) === 'handed-back') await requeue();
    } finally {
      this.running.delete(key);
      this.finished.delete(work);
      this.reportRunning();
    }
  }

  private segmentDeps(): SegmentDeps {
    const { em, queue, export: deps } = this.options;
    return {
      em,
      taskServiceId: this.options.registration.id,
      log: this.options.log,
      mediaTools: deps.mediaTools,
      sources: deps.sources,
      storage: deps.storage,
      exportTimeoutSeconds: deps.exportTimeoutSeconds,
      skipUnchangedFrames: deps.skipUnchangedFrames ?? true,
      ffmpegThreads: deps.ffmpegThreads ?? 0,
      heartbeatTimeoutSeconds: this.options.heartbeatTimeoutSeconds,
      queueSegments: (ids) => queueExportSegments(em.fork(), queue, ids),
    };
  }

  /** Shows the number of running tasks on the Task services page now, not at the next heartbeat. */
  private reportRunning(): void {
    if (this.stopping) return;
    this.options.registration.heartbeat(this.running.size).catch((error: Error) => this.options.log(`task service heartbeat failed: ${error.message}`));
  }

  private async stillPending(taskId: string): Promise<boolean> {
    const task = await this.options.em.fork().findOne(ExportTask, { id: taskId }, { fields: ['status'] });
    return task?.status === ExportTaskStatus.PENDING;
  }

  private claims(taskIds: readonly string[]): Claim[] {
    return taskIds.map((id) => this.running.get(id)?.claimed).filter((claimed): claimed is Claim => !!claimed);
  }

  /**
   * Renews the task service's heartbeat (and re-reads its authorization), and that of every
   * running export task; a task that is no longer this worker's is stopped.
   */
  private async beat(): Promise<void> {
    if (this.stopping) return;
    const ids = this.runningTaskIds;
    try {
      await this.setAuthorized(await this.options.registration.heartbeat(ids.length));
    } catch (error) {
      this.options.log(`task service heartbeat failed: ${(error as Error).message}`);
    }
    const claims = this.claims(ids);
    if (claims.length === 0) return;
    try {
      const held = await renewHeartbeats(this.options.em.fork(), claims);
      this.stopUnheld(claims, held);
    } catch (error) {
      this.options.log(`heartbeat failed: ${(error as Error).message}`);
    }
  }

  private async stopTasksNoLongerHeld(taskIds: string[]): Promise<void> {
    const claims = this.claims(taskIds);
    this.stopUnheld(claims, await heldClaims(this.options.em.fork(), claims));
  }

  private stopUnheld(claims: readonly Claim[], held: ReadonlySet<string>): void {
    for (const claimed of claims) {
      // A claim its own run spent while the claims were read (the task completed or failed) was not taken from it.
      const current = this.running.get(claimed.taskId)?.claimed === claimed;
      if (!held.has(claimed.taskId) && current) this.abort(claimed.taskId, 'lost');
    }
  }

  private abort(taskId: string, reason: StopReason): void {
    const controller = this.running.get(taskId)?.controller;
    if (controller && !controller.signal.aborted) {
      this.options.log(`export task ${taskId}: stopping (${reason === 'lost' ? 'cancelled or taken over' : 'task service shutting down'})`);
      controller.abort(reason);
    }
  }

  /**
   * Stops taking tasks, lets running ones finish for up to `graceMs`, then hands the rest back to
   * the queue for another task service.
   */
  async stop(graceMs: number): Promise<void> {
    this.stopping = true;
    if (this.idleNotice) clearInterval(this.idleNotice);
    await this.authorizationChange;
    for (const name of JOB_NAMES) await this.options.queue.stopWorking(name).catch(() => undefined);
    const all = Promise.allSettled([...this.finished]);
    const timedOut = await Promise.race([all.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), graceMs).unref())]);
    if (timedOut) {
      for (const id of this.runningTaskIds) this.abort(id, 'shutdown');
      await Promise.allSettled([...this.finished]);
    }
    if (this.heartbeat) clearInterval(this.heartbeat);
    await this.options.registration.stopped().catch((error: Error) => this.options.log(`task service: could not record the stop: ${error.message}`));
    await this.listener.stop();
  }
}
