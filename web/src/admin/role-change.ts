import type { Role } from '../gql/graphql';
import { ROLES } from './roles';

export interface RoleChange {
  role: Role;
  /** true grants the role, false takes it away. */
  on: boolean;
  /** "dana" or "group Auditors". */
  holder: string;
  /** Whose roles change: one user, or every member of a group. */
  kind: 'user' | 'group';
}

/** The words of a role change's confirmation: its question, consequence and button. */
export function describeRoleChange({ role, on, holder, kind }: RoleChange): { title: string; consequence: string; confirmLabel: string } {
  const entry = ROLES.find((r) => r.value === role);
  const label = entry?.label ?? role;
  const allows = entry?.allows ?? 'use this role';
  const who = kind === 'user' ? holder : `Every member of ${holder}`;
  if (on) {
    return {
      title: `Grant ${label} to ${holder}?`,
      consequence: `${who} will be able to ${allows}, from the next request on. The change is written to the audit trail.`,
      confirmLabel: `Grant ${label}`,
    };
  }
  return {
    title: `Take ${label} away from ${holder}?`,
    consequence: `${who} will no longer be able to ${allows}, unless another ${kind === 'user' ? 'group' : 'group or a direct grant'} gives the role. The change is written to the audit trail.`,
    confirmLabel: `Revoke ${label}`,
  };
}
