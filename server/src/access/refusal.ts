import type { EntityManager } from '@mikro-orm/postgresql';
import { type AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit, type AuditEntry } from '../audit/record-audit.js';
import { AppError, type ErrorCode } from '../common/errors.js';
import { isUuid } from '../common/keyset.js';
import type { Caller } from './caller.js';

// A refused request names at most this many recordings in the audit trail, one row each.
const MAX_AUDITED_RECORDINGS = 100;
const MAX_AUDITED_REASON = 2000;

/** How a refused request is recorded: under which action, about which recordings or task, with which reason. */
export interface AuditedAs {
  action: AuditAction;
  recordingIds?: readonly string[];
  taskId?: string | null;
  reason?: string | null;
}

/**
 * A request refused by a rule. It carries the audit rows that record the refusal;
 * `auditedTransaction` commits them, and only them, before the refusal reaches the caller.
 */
export class Refusal extends AppError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly audit: readonly AuditEntry[] = [],
    extra: Record<string, unknown> = {},
  ) {
    super(code, message, extra);
  }
}

/** A refusal, audited when `auditedAs` says under which action. The message is also the row's detail. */
export function refusal(caller: Caller, code: ErrorCode, message: string, auditedAs?: AuditedAs, extra: Record<string, unknown> = {}): Refusal {
  return new Refusal(code, message, auditedAs ? refusalRows(caller, code, message, auditedAs) : [], extra);
}

function refusalRows(caller: Caller, code: ErrorCode, message: string, as: AuditedAs): AuditEntry[] {
  const ids = [...new Set(as.recordingIds ?? [])];
  const recordingIds = ids.filter(isUuid).slice(0, MAX_AUDITED_RECORDINGS);
  // The column is a uuid: an id that is not one is kept in the detail instead.
  const notIds = ids.filter((id) => !isUuid(id));
  const row: AuditEntry = {
    action: as.action,
    // A file that is missing or unreadable failed the caller; anything else denied them.
    outcome: code === 'GONE' || code === 'UNREADABLE' ? AuditOutcome.FAILURE : AuditOutcome.DENIED,
    actorId: caller.viewer?.user.id ?? null,
    actorName: caller.viewer?.user.username ?? null,
    taskId: as.taskId ?? null,
    reason: as.reason?.trim().slice(0, MAX_AUDITED_REASON) || null,
    detail: notIds.length ? `${message} (requested id: ${notIds.join(', ').slice(0, 100)})` : message,
    clientAddress: caller.clientAddress,
  };
  return recordingIds.length ? recordingIds.map((recordingId) => ({ ...row, recordingId })) : [{ ...row, recordingId: null }];
}

/**
 * Runs `work` in a transaction. When a rule refuses inside it (a thrown Refusal), whatever `work`
 * wrote is rolled back to a savepoint, the refusal's audit rows are written in the same
 * transaction, it commits, and the refusal is thrown to the caller: a refused request changes
 * nothing but the audit trail, and is recorded exactly when it is answered.
 */
export async function auditedTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  const outcome = await em.transactional(async (tx): Promise<{ value: T } | { refused: Refusal }> => {
    try {
      return { value: await tx.transactional(work) };
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      recordAudit(tx, ...error.audit);
      return { refused: error };
    }
  });
  if ('refused' in outcome) throw outcome.refused;
  return outcome.value;
}
