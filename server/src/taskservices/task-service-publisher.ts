import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import type { EventHub } from '../common/event-hub.js';
import { Channel, PgListener } from '../db/notifications.js';
import { TaskService } from './task-service.entity.js';

/**
 * Turns task service notifications from any process into `taskServiceUpdated` events of this API
 * server. After a lost connection every task service is sent again, since notifications were lost.
 */
export class TaskServicePublisher {
  private readonly listener: PgListener;

  constructor(
    private readonly em: EntityManager,
    databaseUrl: string,
    private readonly hub: EventHub<TaskService>,
    private readonly log: Log,
  ) {
    this.listener = new PgListener(databaseUrl, [Channel.taskServiceUpdated], log);
    this.listener.on('notification', (_channel: string, id: string) => void this.publish({ id }));
    this.listener.on('reconnected', () => void this.publish({}));
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  stop(): Promise<void> {
    return this.listener.stop();
  }

  private async publish(where: { id?: string }): Promise<void> {
    if (this.hub.subscriberCount === 0) return;
    try {
      for (const service of await this.em.fork().find(TaskService, where)) this.hub.publish(service);
    } catch (error) {
      this.log(`task service events: ${(error as Error).message}`);
    }
  }
}
