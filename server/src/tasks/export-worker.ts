import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Channel, PgListener } from '../db/notifications.js';
import { ExportTaskStatus } from '../exports/export-task-status.js';
import { ExportTask } from '../exports/export-task.entity.js';
import type { MediaTools } from '../media/media-tools.js';
import type { KeyRing } from '../signing/key-ring.js';
import type { TaskServiceRegistration } from '../taskservices/task-service-registration.js';
import { runExportJob, type StopReason } from './export-job.js';
import type { JobQueue } from './queue.js';

export interface ExportWorkerOptions {
  em: EntityManager;
  queue: JobQueue;
  databaseUrl: string;
  mediaTools: MediaTools;
  recordingsDir: string;
  exportsDir: string;
  concurrency: number;
  heartbeatTimeoutSeconds: number;
  exportTimeoutSeconds: number;
  keyRing: KeyRing;
  /** This worker's task service row: it takes tasks only while an administrator authorizes it. */
  registration: TaskServiceRegistration;
  log: (line: string) => void;
}

// An unauthorized worker says so this often, so that whoever runs it knows why it is idle.
const IDLE_NOTICE_MS = 60_000;

/**
 * The task service: takes export jobs from the queue, at most `concurrency` at a time, keeps a
 * heartbeat on the tasks it runs, and stops a task at once when it is cancelled or taken away.
 * It polls the queue only while authorized, and stops polling as soon as it hears of a revocation.
 */
export class ExportWorker {
  readonly workerId = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly running = new Map<string, AbortController>();
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

  constructor(private readonly options: ExportWorkerOptions) {
    this.listener = new PgListener(options.databaseUrl, [Channel.exportQueued, Channel.taskUpdated, Channel.taskServiceUpdated], options.log);
  }

  get runningTaskIds(): string[] {
    return [...this.running.keys()];
  }

  async start(): Promise<void> {
    const { queue, concurrency, registration } = this.options;
    this.listener.on('notification', (channel: Channel, payload: string) => {
      if (channel === Channel.exportQueued) queue.wake('export-recording');
      else if (channel === Channel.taskUpdated && this.running.has(payload)) void this.stopIfNoLongerMine([payload]);
      else if (channel === Channel.taskServiceUpdated && payload === registration.id) void this.refreshAuthorization();
    });
    // After a lost connection, notifications may have been missed: re-read the authorization and look for work.
    this.listener.on('reconnected', () => {
      void this.refreshAuthorization();
      queue.wake('export-recording');
    });
    await this.listener.start();
    const authorized = await registration.register();
    const beatMs = Math.max(1000, (this.options.heartbeatTimeoutSeconds * 1000) / 3);
    this.heartbeat = setInterval(() => void this.beat(), beatMs);
    this.idleNotice = setInterval(() => this.sayWhyIdle(), IDLE_NOTICE_MS);
    this.options.log(`task service worker ${registration.name} (${registration.id}) ready: ${concurrency} at a time`);
    await this.setAuthorized(authorized);
  }

  /** Starts or stops polling the queue when the authorization changed. */
  setAuthorized(authorized: boolean): Promise<void> {
    this.authorizationChange = this.authorizationChange.then(async () => {
      const { queue, concurrency, registration, log } = this.options;
      this.authorized = authorized;
      if (this.stopping) return;
      if (authorized && !this.polling) {
        await queue.work('export-recording', concurrency, ({ taskId }) => this.run(taskId));
        this.polling = true;
        log(`task service ${registration.name} is authorized: taking export tasks`);
      } else if (!authorized && this.polling) {
        this.polling = false;
        await queue.stopWorking('export-recording');
        log(`task service ${registration.name}: authorization revoked; taking no new export tasks (running ones finish)`);
      } else if (!authorized && !this.decided) {
        this.sayWhyIdle();
      }
      this.decided = true;
    }).catch((error: Error) => this.options.log(`task service authorization: ${error.message}`));
    return this.authorizationChange;
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
    this.options.log(`task service ${registration.name} (${registration.id}) is not authorized: it takes no export tasks until an administrator authorizes it on the Task services page`);
  }

  private async run(taskId: string): Promise<void> {
    if (this.stopping || !this.authorized) {
      await this.options.queue.send('export-recording', [{ taskId }]);
      return;
    }
    const controller = new AbortController();
    this.running.set(taskId, controller);
    this.reportRunning();
    const work = runExportJob(
      {
        em: this.options.em,
        mediaTools: this.options.mediaTools,
        recordingsDir: this.options.recordingsDir,
        exportsDir: this.options.exportsDir,
        workerId: this.workerId,
        workerHost: os.hostname(),
        taskServiceId: this.options.registration.id,
        exportTimeoutSeconds: this.options.exportTimeoutSeconds,
        keyRing: this.options.keyRing,
        log: this.options.log,
      },
      taskId,
      controller.signal,
    );
    this.finished.add(work);
    try {
      const result = await work;
      if (result === 'handed-back') await this.options.queue.send('export-recording', [{ taskId }]);
      // Refused by the claim although still PENDING: this task service is no longer authorized
      // (a revocation it has not heard of). It stops polling, and the job goes back for another worker.
      if (result === 'not-claimed' && (await this.stillPending(taskId))) {
        await this.refreshAuthorization();
        await this.options.queue.send('export-recording', [{ taskId }]);
      }
    } finally {
      this.running.delete(taskId);
      this.finished.delete(work);
      this.reportRunning();
    }
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

  /**
   * Renews the task service heartbeat (and re-reads its authorization), and that of every running
   * task; a task that is no longer ours is stopped.
   */
  private async beat(): Promise<void> {
    if (this.stopping) return;
    const ids = this.runningTaskIds;
    try {
      await this.setAuthorized(await this.options.registration.heartbeat(ids.length));
    } catch (error) {
      this.options.log(`task service heartbeat failed: ${(error as Error).message}`);
    }
    if (ids.length === 0) return;
    try {
      const em = this.options.em.fork();
      await em.nativeUpdate(ExportTask, { id: { $in: ids }, workerId: this.workerId, status: ExportTaskStatus.IN_PROGRESS }, { heartbeatAt: new Date() });
      await this.stopIfNoLongerMine(ids, em);
    } catch (error) {
      this.options.log(`heartbeat failed: ${(error as Error).message}`);
    }
  }

  private async stopIfNoLongerMine(ids: string[], em = this.options.em.fork()): Promise<void> {
    const still = await em.find(ExportTask, { id: { $in: ids }, workerId: this.workerId, status: ExportTaskStatus.IN_PROGRESS }, { fields: ['id'] });
    const mine = new Set(still.map((t) => t.id));
    for (const id of ids) if (!mine.has(id)) this.abort(id, 'lost');
  }

  private abort(taskId: string, reason: StopReason): void {
    const controller = this.running.get(taskId);
    if (controller && !controller.signal.aborted) {
      this.options.log(`export ${taskId}: stopping (${reason === 'lost' ? 'cancelled or taken over' : 'worker shutting down'})`);
      controller.abort(reason);
    }
  }

  /**
   * Stops taking tasks, lets running ones finish for up to `graceMs`, then hands the rest back to
   * the queue for another worker.
   */
  async stop(graceMs: number): Promise<void> {
    this.stopping = true;
    if (this.idleNotice) clearInterval(this.idleNotice);
    await this.authorizationChange;
    await this.options.queue.stopWorking('export-recording').catch(() => undefined);
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
