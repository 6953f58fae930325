import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../access/role.js';
import type { Viewer } from '../access/viewer.js';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/record-audit.js';

/** Records an administrator's change inside the transaction that makes it. */
export function auditAdminChange(em: EntityManager, viewer: Viewer, action: AuditAction, detail: string, clientAddress: string | null): void {
  recordAudit(em, { action, outcome: AuditOutcome.SUCCESS, actorId: viewer.user.id, actorName: viewer.user.username, detail, clientAddress });
}

/** Records a role given to or taken from a user or a group, e.g. "Role PLAYER to group Investigators". */
export function auditRoleChange(
  em: EntityManager,
  viewer: Viewer,
  change: { role: Role; granted: boolean; holder: string },
  clientAddress: string | null,
): void {
  const { role, granted, holder } = change;
  auditAdminChange(
    em,
    viewer,
    granted ? AuditAction.ROLE_GRANTED : AuditAction.ROLE_REVOKED,
    `Role ${role} ${granted ? 'to' : 'from'} ${holder}`,
    clientAddress,
  );
}
