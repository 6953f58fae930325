import type { EntityManager } from '@mikro-orm/postgresql';
import { countingAuditFailures } from '../metrics/audit-observation.js';
import type { AuditAction, AuditOutcome } from './audit-action.js';
import { AuditEvent } from './audit-event.entity.js';

/** What an audit row says; the database adds the id and the time, the chainer the chain hashes. */
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

/**
 * Adds audit rows to the unit of work of `em`, so they commit or roll back with the action they
 * record: callers pass the entity manager of their own transaction. If a row cannot be written,
 * the flush fails and the action is rolled back with it. The insert takes no lock: the database
 * stamps the id and the time, and the chainer of the API processes links the row into the hash
 * chain once it has committed (server/src/audit/chainer.ts).
 */
export function recordAudit(em: EntityManager, ...entries: AuditEntry[]): void {
  for (const entry of entries) em.create(AuditEvent, entry);
}

/** Writes audit rows in a transaction of their own, for events that change nothing else. */
export async function recordAuditNow(em: EntityManager, ...entries: AuditEntry[]): Promise<void> {
  await countingAuditFailures('event', () => em.fork().transactional(async (tx) => recordAudit(tx, ...entries)));
}
