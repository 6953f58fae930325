import type { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { badInput } from '../common/errors.js';
import { filterText } from '../common/filter-text.js';
import { isUuid } from '../common/keyset.js';

/** How auditors narrow the audit trail, in exportAudit and in the CSV download alike. */
export interface AuditFilter {
  from?: Date | null;
  to?: Date | null;
  actor?: string | null;
  recordingId?: string | null;
  action?: AuditAction[] | null;
  outcome?: AuditOutcome[] | null;
}

/** The ORM condition for a filter. */
export function auditWhere(filter: AuditFilter): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (filter.from || filter.to) {
    where.occurredAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
  }
  const actor = filterText(filter.actor, 'actor');
  if (actor) where.actorName = actor;
  if (filter.recordingId) {
    if (!isUuid(filter.recordingId)) throw badInput('recordingId is not a valid id.', 'recordingId');
    where.recordingId = filter.recordingId;
  }
  if (filter.action?.length) where.action = { $in: filter.action };
  if (filter.outcome?.length) where.outcome = { $in: filter.outcome };
  return where;
}
