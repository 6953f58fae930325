import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../common/keyset.js';
import { pgArray } from '../db/pg-array.js';
import type { Role } from '../access/role.js';

/** One reason a user holds a role: given directly (group null) or through a group. */
export interface RoleGrantRow {
  role: Role;
  group: { id: string; name: string } | null;
}

/**
 * Every role a user holds and where each comes from. A user's effective roles are the union of
 * their own and those of every group they belong to; all permission checks use that union.
 */
export async function roleGrantsOf(em: EntityManager, userIds: readonly string[]): Promise<Map<string, RoleGrantRow[]>> {
  const out = new Map<string, RoleGrantRow[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return out;
  if (!userIds.every(isUuid)) throw new Error('roleGrantsOf: not a user id');
  const rows = await em.getConnection().execute<{ user_id: string; role: Role; group_id: string | null; group_name: string | null }[]>(
    `select u.id as user_id, r.role, null::uuid as group_id, null::text as group_name
       from users u cross join unnest(u.roles) as r(role) where u.id = any(?::uuid[])
     union all
     select m.user_id, r.role, g.id, g.name
       from group_members m join groups g on g.id = m.group_id cross join unnest(g.roles) as r(role)
      where m.user_id = any(?::uuid[])
     order by 1, 2, 4 nulls first`,
    [pgArray(userIds), pgArray(userIds)],
    'all',
    em.getTransactionContext(),
  );
  for (const row of rows) {
    out.get(row.user_id)?.push({ role: row.role, group: row.group_id ? { id: row.group_id, name: row.group_name! } : null });
  }
  return out;
}

export async function effectiveRolesOf(em: EntityManager, userId: string): Promise<Set<Role>> {
  const grants = (await roleGrantsOf(em, [userId])).get(userId) ?? [];
  return new Set(grants.map((g) => g.role));
}
