import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor, isUuid, pageSize } from '../common/keyset.js';
import { badInput } from '../common/errors.js';
import { toPage, type Page } from '../graphql/page-info.js';
import { AuditAction, AuditOutcome } from './audit-action.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  action: AuditAction;
  outcome: AuditOutcome;
  actorId?: string | null;
  actorName?: string | null;
  recordingId?: string | null;
  taskId?: string | null;
  reason?: string | null;
  detail?: string | null;
  clientAddress?: string | null;
}

export interface AuditFilter {
  from?: Date | null;
  to?: Date | null;
  actor?: string | null;
  recordingId?: string | null;
  action?: AuditAction[] | null;
  outcome?: AuditOutcome[] | null;
}

/**
 * Adds audit rows to the unit of work of `em`, so they commit or roll back with the action they
 * record: callers pass the entity manager of their own transaction. If a row cannot be written,
 * the flush fails and the action is rolled back with it. On insert the database chains the row
 * (id, prev_hash, hash) under a lock held until the transaction ends: keep audited transactions
 * short, and do slow work before them.
 */
export function recordAudit(em: EntityManager, ...entries: AuditEntry[]): void {
  for (const entry of entries) em.create(AuditEvent, { ...entry, occurredAt: new Date() });
}

/** The ORM condition for a filter; shared by the paged query and the CSV download. */
export function auditWhere(filter: AuditFilter): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (filter.from || filter.to) {
    where.occurredAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
  }
  if (filter.actor) where.actorName = filter.actor;
  if (filter.recordingId) {
    if (!isUuid(filter.recordingId)) throw badInput('recordingId is not a valid id.', 'recordingId');
    where.recordingId = filter.recordingId;
  }
  if (filter.action?.length) where.action = { $in: filter.action };
  if (filter.outcome?.length) where.outcome = { $in: filter.outcome };
  return where;
}

export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /** Writes audit rows in a transaction of their own (for refusals, where no other change happens). */
  async recordNow(...entries: AuditEntry[]): Promise<void> {
    await this.em.transactional(async (em) => recordAudit(em, ...entries));
  }

  async exportAudit(filter: AuditFilter, first: number, after?: string | null): Promise<Page<AuditEvent>> {
    const limit = pageSize(first);
    const where = auditWhere(filter);
    const totalCount = await this.em.count(AuditEvent, where);
    const qb = this.em.createQueryBuilder(AuditEvent, 'a').where(where);
    if (after) {
      const cursor = decodeCursor(after, 'date', 'serial');
      qb.andWhere('(a.occurred_at, a.id) < (?, ?)', [cursor.value, cursor.id]);
    }
    const rows = await qb.orderBy({ occurredAt: 'desc', id: 'desc' }).limit(limit + 1).getResult();
    return toPage(rows, limit, totalCount, (row) => encodeCursor(row.occurredAt.toISOString(), row.id), after);
  }
}
