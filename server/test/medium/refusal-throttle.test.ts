import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedTransaction, refusal } from '../../src/access/refusal.js';
import { AuditAction } from '../../src/audit/audit-action.js';
import { REFUSALS_PER_MINUTE, reportSuppressedRefusals } from '../../src/audit/refusal-throttle.js';
import { callerFor } from '../support/builders.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

describe('refusals beyond the limit of a principal', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t?.close());

  const refuse = async (username: string, clientAddress = '192.0.2.30') => {
    const caller = callerFor({ id: randomUUID(), username }, [], clientAddress);
    const refused = refusal(caller, 'FORBIDDEN', 'Refused.');
    await auditedTransaction(t.em.fork(), async () => {
      throw refused;
    }).catch((error: unknown) => {
      if (error !== refused) throw error;
    });
  };
  const rowsOf = async (actor: string, action: AuditAction) =>
    t.sql<{ detail: string; actor_name: string | null }>('select detail, actor_name from audit_events where actor_name = $1 and action = $2 order by id', [
      actor,
      action,
    ]);
  /** Moves a principal's counts a minute back, as if that minute had passed. */
  const minutePasses = (principal: string) =>
    t.sql("update audit_refusal_counts set window_start = window_start - interval '1 minute' where principal = $1", [principal]);

  /** Counts are per clock minute: a burst that began just before a minute ends would be split in two. */
  const clearOfMinuteEnd = async () => {
    const seconds = new Date().getSeconds();
    if (seconds >= 55) await new Promise((resolve) => setTimeout(resolve, (61 - seconds) * 1000));
  };

  it('are counted, not written, and one REFUSALS_SUPPRESSED row says how many once the minute is over', async () => {
    const flooder = `flooder-${randomUUID().slice(0, 8)}`;
    await clearOfMinuteEnd();
    for (let i = 0; i < REFUSALS_PER_MINUTE + 5; i++) await refuse(flooder);
    expect(await rowsOf(flooder, AuditAction.ACCESS_DENIED)).toHaveLength(REFUSALS_PER_MINUTE);

    // Not reported while the minute lasts: more may come.
    await reportSuppressedRefusals(t.em);
    expect(await rowsOf(flooder, AuditAction.REFUSALS_SUPPRESSED)).toEqual([]);

    await minutePasses(`user:${flooder}`);
    await reportSuppressedRefusals(t.em);
    await reportSuppressedRefusals(t.em);
    const summary = await rowsOf(flooder, AuditAction.REFUSALS_SUPPRESSED);
    expect(summary).toHaveLength(1);
    expect(summary[0]!.detail).toMatch(new RegExp(`^5 of ${REFUSALS_PER_MINUTE + 5} refused requests of user:${flooder} in the minute from `));
  });

  it('count per principal: one flooding user does not silence another at the same address', async () => {
    const [flooder, neighbour] = [`flooder-${randomUUID().slice(0, 8)}`, `neighbour-${randomUUID().slice(0, 8)}`];
    await clearOfMinuteEnd();
    for (let i = 0; i < REFUSALS_PER_MINUTE + 3; i++) await refuse(flooder, '192.0.2.31');
    await refuse(neighbour, '192.0.2.31');
    expect(await rowsOf(neighbour, AuditAction.ACCESS_DENIED)).toHaveLength(1);
  });

  it('start again in the next minute', async () => {
    const user = `returning-${randomUUID().slice(0, 8)}`;
    await clearOfMinuteEnd();
    for (let i = 0; i < REFUSALS_PER_MINUTE + 1; i++) await refuse(user);
    await minutePasses(`user:${user}`);
    await refuse(user);
    expect(await rowsOf(user, AuditAction.ACCESS_DENIED)).toHaveLength(REFUSALS_PER_MINUTE + 1);
  });
});
