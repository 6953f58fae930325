import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Channel, PgListener } from '../db/notifications.js';
import { ExportTaskStatus } from '../exports/export-task-status.js';
import { ExportTask } from '../exports/export-task.entity.js';
import type { MediaTools } from '../media/media-tools.js';
import type { KeyRing } from '../signing/key-ring.js';
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
  log: (line: string) => void;
}

/**
 * The task service: takes export jobs from the queue, at most `concurrency` at a time, keeps a
 * heartbeat on the tasks it runs, and stops a task at once when it is cancelled or taken away.
 */
export class ExportWorker {
  readonly workerId = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly running = new Map<string, AbortController>();
  private readonly finished = new Set<Promise<unknown>>();
  private readonly listener: PgListener;
  private heartbeat: NodeJS.Timeout | null = null;
  private stopping = false;

  constructor(private readonly options: ExportWorkerOptions) {
    this.listener = new PgListener(options.databaseUrl, [Channel.exportQueued, Channel.taskUpdated], options.log);
  }

  get runningTaskIds(): string[] {
    return [...this.running.keys()];
  }

  async start(): Promise<void> {
    const { queue, concurrency } = this.options;
    this.listener.on('notification', (channel: Channel, payload: string) => {
      if (channel === Channel.exportQueued) queue.wake('export-recording');
      else if (channel === Channel.taskUpdated && this.running.has(payload)) void this.stopIfNoLongerMine([payload]);
    });
    // After a lost connection, queued notifications may have been missed: look for work now.
    this.listener.on('reconnected', () => queue.wake('export-recording'));
    await this.listener.start();
    await queue.work('export-recording', concurrency, ({ taskId }) => this.run(taskId));
    const beatMs = Math.max(1000, (this.options.heartbeatTimeoutSeconds * 1000) / 3);
    this.heartbeat = setInterval(() => void this.beat(), beatMs);
    this.options.log(`task service worker ${this.workerId} ready: ${concurrency} at a time`);
  }

  private async run(taskId: string): Promise<void> {
    if (this.stopping) {
      await this.options.queue.send('export-recording', [{ taskId }]);
      return;
    }
    const controller = new AbortController();
    this.running.set(taskId, controller);
    const work = runExportJob(
      {
        em: this.options.em,
        mediaTools: this.options.mediaTools,
        recordingsDir: this.options.recordingsDir,
        exportsDir: this.options.exportsDir,
        workerId: this.workerId,
        workerHost: os.hostname(),
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
    } finally {
      this.running.delete(taskId);
      this.finished.delete(work);
    }
  }

  /** Renews the heartbeat of every running task; a task that is no longer ours is stopped. */
  private async beat(): Promise<void> {
    const ids = this.runningTaskIds;
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
    await this.options.queue.stopWorking('export-recording').catch(() => undefined);
    const all = Promise.allSettled([...this.finished]);
    const timedOut = await Promise.race([all.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), graceMs).unref())]);
    if (timedOut) {
      for (const id of this.runningTaskIds) this.abort(id, 'shutdown');
      await Promise.allSettled([...this.finished]);
    }
    if (this.heartbeat) clearInterval(this.heartbeat);
    await this.listener.stop();
  }
}
