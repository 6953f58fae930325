import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordRefusals, refusal } from '../../src/access/refusal.js';
import { AuditAction, AuditOutcome } from '../../src/audit/audit-action.js';
import { recordAuditNow } from '../../src/audit/record-audit.js';
import { auditWriteFailures } from '../../src/metrics/instruments.js';
import { callerFor } from '../support/builders.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

// An action the database does not know: its foreign key refuses the row, as a broken write would be.
const UNKNOWN_ACTION = 'NOT_AN_AUDIT_ACTION' as AuditAction;

describe('the audit write failure counter', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t?.close());

  const failures = async (kind: string) => (await auditWriteFailures.get()).values.find((v) => v.labels.kind === kind)?.value ?? 0;

  it('counts an audit event that could not be written, and not one that was', async () => {
    const before = await failures('event');
    await recordAuditNow(t.em, { action: AuditAction.ACCESS_DENIED, outcome: AuditOutcome.DENIED, detail: 'written' });
    expect(await failures('event')).toBe(before);
    await expect(recordAuditNow(t.em, { action: UNKNOWN_ACTION, outcome: AuditOutcome.DENIED })).rejects.toThrow();
    expect(await failures('event')).toBe(before + 1);
  });

  it('counts a refusal whose row could not be written', async () => {
    const before = await failures('refusal');
    const caller = callerFor({ id: randomUUID(), username: 'refused-user' }, [], '192.0.2.40');
    await recordRefusals(t.em, [refusal(caller, 'FORBIDDEN', 'Refused and recorded.')]);
    expect(await failures('refusal')).toBe(before);
    await expect(recordRefusals(t.em, [refusal(caller, 'FORBIDDEN', 'Refused, not recorded.', { action: UNKNOWN_ACTION })])).rejects.toThrow();
    expect(await failures('refusal')).toBe(before + 1);
  });
});
