import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import { activity, requireAdministrator, requireTaskReader, type Administrator } from '../access/guards.js';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/record-audit.js';
import { badInput, notFound } from '../common/errors.js';
import type { EventHub } from '../common/event-hub.js';
import { isUuid } from '../common/keyset.js';
import { Channel, notify } from '../db/notifications.js';
import { TaskService } from './task-service.entity.js';

const MANAGING = activity('manage task services', 'Managing task services');

/** What administrators do with task services: list them, follow them, authorize and revoke them. */
export class TaskServicesService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: EventHub<TaskService>,
  ) {}

  list(caller: Caller): Promise<TaskService[]> {
    requireAdministrator(caller, MANAGING);
    return this.em.find(TaskService, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /**
   * Task services that would take an export now: authorized, and online. Whoever may view export
   * tasks may ask (the Tasks page says why tasks wait), without seeing the task services themselves.
   */
  async countAuthorizedOnline(caller: Caller): Promise<number> {
    requireTaskReader(caller);
    const authorized = await this.em.find(TaskService, { authorized: true });
    return authorized.filter((service) => service.online).length;
  }

  /** Every registration, heartbeat, stop, authorization and revocation, as it happens (ADMINISTRATOR). */
  updates(caller: Caller): AsyncIterableIterator<TaskService> {
    requireAdministrator(caller, MANAGING);
    return this.events.subscribe(() => true);
  }

  authorize(caller: Caller, id: string): Promise<TaskService> {
    return this.change(requireAdministrator(caller, MANAGING), caller, id, true);
  }

  revoke(caller: Caller, id: string): Promise<TaskService> {
    return this.change(requireAdministrator(caller, MANAGING), caller, id, false);
  }

  private async change(administrator: Administrator, caller: Caller, id: string, authorized: boolean): Promise<TaskService> {
    if (!isUuid(id)) throw notFound(`There is no task service ${id}.`);
    const { username } = administrator.user;
    await this.em.transactional(async (tx) => {
      const service = await tx.findOne(TaskService, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!service) throw notFound(`There is no task service ${id}.`);
      if (service.authorized === authorized) {
        throw badInput(`The task service ${service.name} is already ${authorized ? 'authorized' : 'not authorized'}.`);
      }
      const now = new Date();
      if (authorized) Object.assign(service, { authorized, authorizedAt: now, authorizedBy: username });
      else Object.assign(service, { authorized, revokedAt: now, revokedBy: username });
      recordAudit(tx, {
        action: authorized ? AuditAction.TASK_SERVICE_AUTHORIZED : AuditAction.TASK_SERVICE_REVOKED,
        outcome: AuditOutcome.SUCCESS,
        actorId: administrator.user.id,
        actorName: username,
        detail: `${describeTaskService(service)}${authorized ? '' : ': it takes no new export tasks; running ones finish'}`,
        clientAddress: caller.clientAddress,
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
