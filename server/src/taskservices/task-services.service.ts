import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { badInput, notFound } from '../common/errors.js';
import { isUuid } from '../common/keyset.js';
import { Channel, notify } from '../db/notifications.js';
import { TaskService } from './task-service.entity.js';

/** What administrators do with task services: list them, authorize and revoke them. */
export class TaskServicesService {
  constructor(private readonly em: EntityManager, private readonly clientAddress: string | null) {}

  list(): Promise<TaskService[]> {
    return this.em.find(TaskService, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /** Task services that would take an export now: authorized, and online. */
  async countAuthorizedOnline(): Promise<number> {
    const authorized = await this.em.find(TaskService, { authorized: true });
    return authorized.filter((service) => service.online).length;
  }

  authorize(viewer: Viewer, id: string): Promise<TaskService> {
    return this.change(viewer, id, true);
  }

  revoke(viewer: Viewer, id: string): Promise<TaskService> {
    return this.change(viewer, id, false);
  }

  private async change(viewer: Viewer, id: string, authorized: boolean): Promise<TaskService> {
    if (!isUuid(id)) throw notFound(`There is no task service ${id}.`);
    const user = viewer.user.username;
    await this.em.transactional(async (tx) => {
      const service = await tx.findOne(TaskService, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!service) throw notFound(`There is no task service ${id}.`);
      if (service.authorized === authorized) {
        throw badInput(`The task service ${service.name} is already ${authorized ? 'authorized' : 'not authorized'}.`);
      }
      const now = new Date();
      if (authorized) Object.assign(service, { authorized, authorizedAt: now, authorizedBy: user });
      else Object.assign(service, { authorized, revokedAt: now, revokedBy: user });
      recordAudit(tx, {
        action: authorized ? AuditAction.TASK_SERVICE_AUTHORIZED : AuditAction.TASK_SERVICE_REVOKED,
        outcome: AuditOutcome.SUCCESS,
        actorId: viewer.user.id,
        actorName: user,
        detail: `${describeTaskService(service)}${authorized ? '' : ': it takes no new export tasks; running ones finish'}`,
        clientAddress: this.clientAddress,
      });
      await tx.flush();
      // The worker hears this and starts or stops taking tasks at once.
      await notify(tx, Channel.taskServiceUpdated, id);
    });
    return this.em.findOneOrFail(TaskService, { id }, { refresh: true });
  }
}

/** How a task service is named in audit details: its name, host and id. */
export function describeTaskService(service: Pick<TaskService, 'name' | 'hostName' | 'id'>): string {
  return `task service ${service.name} on ${service.hostName} (${service.id})`;
}
