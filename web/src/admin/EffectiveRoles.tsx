import type { Role, RoleSource } from '../gql/graphql';
import { StatusBadge } from '../ui/StatusBadge';
import { ROLES } from './roles';

export interface Grant {
  role: Role;
  source: RoleSource;
  group?: { name: string } | null;
}

/** Each effective role once, with every place it comes from: "direct" or the group's name. */
export function EffectiveRoles({ grants }: { grants: readonly Grant[] }) {
  const byRole = new Map<Role, string[]>();
  for (const grant of grants) {
    const from = grant.source === 'DIRECT' ? 'direct' : `group ${grant.group?.name ?? '?'}`;
    byRole.set(grant.role, [...(byRole.get(grant.role) ?? []), from]);
  }
  if (byRole.size === 0) return <span className="muted">No roles</span>;
  return (
    <ul className="effective-roles">
      {ROLES.filter((r) => byRole.has(r.value)).map((r) => (
        <li key={r.value}>
          <StatusBadge tone={r.value === 'ADMINISTRATOR' ? 'warning' : 'info'} title={r.allows}>
            {r.label}
          </StatusBadge>{' '}
          <span className="muted">from {byRole.get(r.value)!.join(', ')}</span>
        </li>
      ))}
    </ul>
  );
}
