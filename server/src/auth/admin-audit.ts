import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../access/viewer.js';
import { type AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/record-audit.js';

/** Records an administrator's change inside the transaction that makes it. */
export function auditAdminChange(em: EntityManager, viewer: Viewer, action: AuditAction, detail: string, clientAddress: string | null): void {
  recordAudit(em, { action, outcome: AuditOutcome.SUCCESS, actorId: viewer.user.id, actorName: viewer.user.username, detail, clientAddress });
}
