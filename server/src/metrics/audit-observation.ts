import { auditWriteFailures } from './instruments.js';

/** What could not be written: an audit event of its own, a refusal's row, the chain's links of committed rows, or a signed checkpoint. */
export type AuditWriteKind = 'event' | 'refusal' | 'chain' | 'checkpoint';

/** Counts a failed audit write; any value above zero deserves an operator's look. */
export function auditWriteFailed(kind: AuditWriteKind): void {
  auditWriteFailures.inc({ kind });
}

/** Runs an audit write, counting it when it fails; the error goes on to the caller. */
export async function countingAuditFailures<T>(kind: AuditWriteKind, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    auditWriteFailed(kind);
    throw error;
  }
}
