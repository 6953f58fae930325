import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import { AuditAction, AuditOutcome } from './audit-action.js';
import { type AuditEntry, recordAudit } from './record-audit.js';

/**
 * Refusals each principal may add to the audit trail in a minute. Beyond it they are counted,
 * not written, and one REFUSALS_SUPPRESSED row per principal and minute says how many there
 * were: a flood of refused requests cannot flood the append-only log, and nothing goes unsaid.
 */
export const REFUSALS_PER_MINUTE = 20;

/** Who a refusal is counted against: `user:<id>`, `account:<name typed>` or `address:<client address>`. */
export type Principal = `${'user' | 'account' | 'address'}:${string}`;

/**
 * Counts a refusal against each of its principals and, unless one of them is over its limit this
 * minute, adds its audit rows to the caller's transaction. Returns whether the rows were written.
 */
export async function recordRefusal(tx: EntityManager, principals: readonly Principal[], entries: readonly AuditEntry[]): Promise<boolean> {
  let within = true;
  for (const principal of new Set(principals)) {
    const rows: { count: number }[] = await tx.getConnection().execute(
      `insert into audit_refusal_counts (principal, window_start, count) values (?, date_trunc('minute', now()), 1)
       on conflict (principal, window_start) do update set count = audit_refusal_counts.count + 1
       returning count`,
      [principal.slice(0, 200)],
      'all',
      tx.getTransactionContext(),
    );
    if ((rows[0]?.count ?? 0) > REFUSALS_PER_MINUTE) within = false;
  }
  if (within) recordAudit(tx, ...entries);
  return within;
}

/**
 * Writes one REFUSALS_SUPPRESSED row for each principal and past minute with refusals beyond the
 * limit, once, and forgets counts older than a day. Safe in several processes at once (SKIP LOCKED).
 */
export async function reportSuppressedRefusals(em: EntityManager): Promise<number> {
  return em.fork().transactional(async (tx) => {
    const due: { principal: string; window_start: Date; count: number }[] = await tx.getConnection().execute(
      `with due as (
         select principal, window_start from audit_refusal_counts
          where not reported and count > ? and window_start < date_trunc('minute', now())
          for update skip locked)
       update audit_refusal_counts c set reported = true from due
        where c.principal = due.principal and c.window_start = due.window_start
       returning c.principal, c.window_start, c.count`,
      [REFUSALS_PER_MINUTE],
      'all',
      tx.getTransactionContext(),
    );
    recordAudit(
      tx,
      ...due.map((row) => ({
        action: AuditAction.REFUSALS_SUPPRESSED,
        outcome: AuditOutcome.DENIED,
        actorName: row.principal.startsWith('address:') ? null : row.principal.slice(row.principal.indexOf(':') + 1),
        clientAddress: row.principal.startsWith('address:') ? row.principal.slice('address:'.length) : null,
        detail: `${row.count - REFUSALS_PER_MINUTE} of ${row.count} refused requests of ${row.principal} in the minute from ${new Date(row.window_start).toISOString()} were not written (at most ${REFUSALS_PER_MINUTE} a minute are).`,
      })),
    );
    await tx
      .getConnection()
      .execute(
        `delete from audit_refusal_counts where window_start < now() - interval '1 day' and (reported or count <= ?)`,
        [REFUSALS_PER_MINUTE],
        'run',
        tx.getTransactionContext(),
      );
    return due.length;
  });
}

/** Reports suppressed refusals every minute until stopped. */
export function startSuppressedRefusalReports(em: EntityManager, log: Log): () => void {
  const timer = setInterval(() => {
    reportSuppressedRefusals(em).catch((error: Error) => log(`suppressed refusals: ${error.message}`));
  }, 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
