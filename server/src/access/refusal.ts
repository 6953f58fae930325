import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import type { AuditEntry } from '../audit/record-audit.js';
import { type Principal, recordRefusal } from '../audit/refusal-throttle.js';
import { AppError, type ErrorCode } from '../common/errors.js';
import { countingAuditFailures } from '../metrics/audit-observation.js';
import { isUuid } from '../common/keyset.js';
import type { Caller } from './caller.js';

// A refused request names this many recordings in its audit row; the rest are counted.
const NAMED_RECORDINGS = 10;
const MAX_AUDITED_REASON = 2000;

/**
 * How a refused request is recorded: under which action (ACCESS_DENIED unless a more telling one
 * applies), about which recordings or task, with which reason.
 */
export interface AuditedAs {
  action: AuditAction;
  recordingIds?: readonly string[];
  taskId?: string | null;
  reason?: string | null;
}

/**
 * A request refused by a rule. It carries the one audit row that records it, and whom the
 * refusal counts against; whoever catches it first writes the row: `auditedTransaction`, in the
 * transaction that decided, or the transport (GraphQL, websocket, HTTP route) for refusals thrown
 * outside one (`recordRefusals`). Either way, exactly once.
 */
export class Refusal extends AppError {
  recorded = false;

  constructor(
    code: ErrorCode,
    message: string,
    readonly audit: AuditEntry,
    readonly principals: readonly Principal[],
    extra: Record<string, unknown> = {},
  ) {
    super(code, message, extra);
  }
}

/** A refusal, audited under `auditedAs` (ACCESS_DENIED by default). Its message is also its audit row's detail. */
export function refusal(caller: Caller, code: ErrorCode, message: string, auditedAs?: AuditedAs, extra: Record<string, unknown> = {}): Refusal {
  return new Refusal(code, message, refusalRow(caller, code, message, auditedAs ?? { action: AuditAction.ACCESS_DENIED }), principalsOf(caller), extra);
}

/**
 * Whom a caller's refusals count against: the signed-in user, or, for nobody signed in, the client
 * address. Not both: users sharing an address (behind a proxy or a NAT) must not silence each
 * other's refusals.
 */
export function principalsOf(caller: Caller): Principal[] {
  if (caller.viewer) return [`user:${caller.viewer.user.username}`];
  return caller.clientAddress ? [`address:${caller.clientAddress}`] : [];
}

function refusalRow(caller: Caller, code: ErrorCode, message: string, as: AuditedAs): AuditEntry {
  const ids = [...new Set(as.recordingIds ?? [])];
  const recordingIds = ids.filter(isUuid);
  // The column is a uuid: ids that are not one are kept in the detail instead.
  const notIds = ids.filter((id) => !isUuid(id));
  const notes: string[] = [];
  if (recordingIds.length > 1) {
    const more = recordingIds.length - NAMED_RECORDINGS;
    notes.push(`recordings ${recordingIds.slice(0, NAMED_RECORDINGS).join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
  }
  if (notIds.length) notes.push(`requested id: ${notIds.join(', ').slice(0, 100)}`);
  return {
    action: as.action,
    // A file that is missing, unreadable or out of reach failed the caller; anything else denied them.
    outcome: code === 'GONE' || code === 'UNREADABLE' || code === 'EXPIRED' || code === 'STORAGE_UNAVAILABLE' ? AuditOutcome.FAILURE : AuditOutcome.DENIED,
    actorId: caller.viewer?.user.id ?? null,
    actorName: caller.viewer?.user.username ?? null,
    recordingId: recordingIds.length === 1 ? recordingIds[0] : null,
    taskId: as.taskId && isUuid(as.taskId) ? as.taskId : null,
    reason: as.reason?.trim().slice(0, MAX_AUDITED_REASON) || null,
    detail: notes.length ? `${message} (${notes.join('; ')})` : message,
    clientAddress: caller.clientAddress,
  };
}

/** The refusal an error is, or wraps (GraphQL wraps what resolvers throw). */
function refusalIn(error: unknown): Refusal | null {
  if (error instanceof Refusal) return error;
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return original instanceof Refusal ? original : null;
}

async function write(tx: EntityManager, refused: Refusal): Promise<void> {
  refused.recorded = true;
  await recordRefusal(tx, refused.principals, [refused.audit]);
}

/**
 * Writes the audit rows of refusals that reached the transport without being written (thrown
 * outside `auditedTransaction`), each in a transaction of its own.
 */
export async function recordRefusals(em: EntityManager, errors: readonly unknown[]): Promise<void> {
  for (const error of errors) {
    const refused = refusalIn(error);
    if (refused && !refused.recorded) await countingAuditFailures('refusal', () => em.fork().transactional((tx) => write(tx, refused)));
  }
}

/**
 * Runs `work` in a transaction. When a rule refuses inside it (a thrown Refusal), whatever `work`
 * wrote is rolled back to a savepoint, the refusal's audit row is written in the same
 * transaction, it commits, and the refusal is thrown to the caller: a refused request changes
 * nothing but the audit trail, and is recorded exactly when it is answered.
 */
export async function auditedTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  const outcome = await em.transactional(async (tx): Promise<{ value: T } | { refused: Refusal }> => {
    try {
      return { value: await tx.transactional(work) };
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      if (!error.recorded) await write(tx, error);
      return { refused: error };
    }
  });
  if ('refused' in outcome) throw outcome.refused;
  return outcome.value;
}
