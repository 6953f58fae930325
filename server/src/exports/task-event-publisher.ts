import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import { Channel, PgListener } from '../db/notifications.js';
import { ExportTask, TASK_RELATIONS } from './export-task.entity.js';
import { ProgressThrottle } from './progress-throttle.js';
import type { TaskEventHub } from './task-event-hub.js';

/**
 * Turns task notifications from any process (workers, other API servers) into subscription
 * events of this API server. Ids that arrive together are read in one query; progress events are
 * throttled per task (see ProgressThrottle).
 */
export class TaskEventPublisher {
  private readonly listener: PgListener;
  private pending = new Set<string>();
  private scheduled = false;
  /** The reads run one after another, so that events leave in the order their notifications came. */
  private reading: Promise<void> = Promise.resolve();
  private readonly throttle: ProgressThrottle<ExportTask>;

  constructor(
    private readonly em: EntityManager,
    databaseUrl: string,
    private readonly hub: TaskEventHub,
    private readonly log: Log,
    progressIntervalMs = 0,
  ) {
    this.throttle = new ProgressThrottle(progressIntervalMs, (task) => this.hub.publish(task));
    this.listener = new PgListener(databaseUrl, [Channel.taskUpdated], log);
    this.listener.on('notification', (_channel: string, taskId: string) => this.enqueue(taskId));
    // Notifications sent while the connection was down are lost: re-read what changed meanwhile.
    // Caught: the database may drop again right after the reconnection, and an unhandled
    // rejection would end the process.
    this.listener.on('reconnected', (since: Date) => void this.republishSince(since).catch((error: Error) => this.log(`task events: ${error.message}`)));
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  stop(): Promise<void> {
    this.throttle.stop();
    return this.listener.stop();
  }

  private enqueue(taskId: string): void {
    this.pending.add(taskId);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.reading = this.reading.then(() => this.flush());
    });
  }

  /** Never rejects: a failed read is logged, and the next one still runs. */
  private async flush(): Promise<void> {
    const ids = [...this.pending];
    this.pending = new Set();
    this.scheduled = false;
    if (this.hub.subscriberCount === 0) return;
    try {
      const tasks = new Map((await this.em.fork().find(ExportTask, { id: { $in: ids } }, { populate: TASK_RELATIONS })).map((task) => [task.id, task]));
      // In the order the notifications came, not the order the rows came back in: notifications
      // read in one batch must reach subscribers in the same order as when read one by one.
      for (const id of ids) {
        const task = tasks.get(id);
        if (task) this.throttle.offer(task);
      }
    } catch (error) {
      this.log(`task events: ${(error as Error).message}`);
    }
  }

  private async republishSince(since: Date): Promise<void> {
    const tasks = await this.em.fork().find(ExportTask, { updatedAt: { $gte: new Date(since.getTime() - 1000) } }, { populate: TASK_RELATIONS });
    for (const task of tasks) this.hub.publish(task);
  }
}
