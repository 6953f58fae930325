import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { AuditAction } from '../audit/audit-action.js';
import { badInput, notFound } from '../common/errors.js';
import { isUuid } from '../common/keyset.js';
import { auditAdminChange, auditRoleChange } from './admin-audit.js';
import { announceCredentialChange } from './credential-events.js';
import { Group } from './group.entity.js';
import type { Role } from '../access/role.js';
import { User } from './user.entity.js';
import type { Caller } from '../access/caller.js';
import { activity, requireAdministrator, requireSelfOrAdministrator } from '../access/guards.js';

const MANAGING_GROUPS = activity('manage groups', 'Managing groups');

const GROUP_NAME = /^\S(.{0,98}\S)?$/;

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!GROUP_NAME.test(trimmed)) throw badInput('A group name has 1 to 100 characters.', 'name');
  return trimmed;
}

/** Groups, their members and their roles: managed by administrators. */
export class GroupsService {
  constructor(private readonly em: EntityManager) {}

  list(caller: Caller): Promise<Group[]> {
    requireAdministrator(caller, MANAGING_GROUPS);
    return this.em.find(Group, {}, { orderBy: { name: 'asc' } });
  }

  /** A group's members, by username (ADMINISTRATOR). */
  async membersOf(caller: Caller, groupId: string): Promise<User[]> {
    requireAdministrator(caller, MANAGING_GROUPS);
    const group = await this.em.findOne(Group, { id: groupId }, { populate: ['members'] });
    return group ? [...group.members].sort((a, b) => a.username.localeCompare(b.username)) : [];
  }

  /** The groups a user belongs to: the user's own, or anyone's for an administrator. */
  groupsOf(caller: Caller, userId: string): Promise<Group[]> {
    requireSelfOrAdministrator(caller, userId);
    return this.em.find(Group, { members: userId }, { orderBy: { name: 'asc' } });
  }

  private async get(id: string, em: EntityManager): Promise<Group> {
    const group = isUuid(id) ? await em.findOne(Group, { id }) : null;
    if (!group) throw notFound(`There is no group ${id}.`);
    return group;
  }

  async create(caller: Caller, input: { name: string; roles: Role[] }): Promise<Group> {
    const viewer = requireAdministrator(caller, MANAGING_GROUPS);
    const name = checkName(input.name);
    const roles = [...new Set(input.roles)];
    return this.unique(name, () =>
      this.em.transactional(async (em) => {
        const group = em.create(Group, { name, roles });
        auditAdminChange(em, viewer, AuditAction.GROUP_CREATED, `Group ${name}${roles.length ? ` with roles ${roles.join(', ')}` : ''}`, caller.clientAddress);
        for (const role of roles) auditRoleChange(em, viewer, { role, granted: true, holder: `group ${name}` }, caller.clientAddress);
        await em.flush();
        return group;
      }),
    );
  }

  async rename(caller: Caller, id: string, newName: string): Promise<Group> {
    const viewer = requireAdministrator(caller, MANAGING_GROUPS);
    const name = checkName(newName);
    return this.unique(name, () =>
      this.em.transactional(async (em) => {
        const group = await this.get(id, em);
        if (group.name === name) return group;
        auditAdminChange(em, viewer, AuditAction.GROUP_RENAMED, `Group ${group.name} renamed to ${name}`, caller.clientAddress);
        group.name = name;
        await em.flush();
        return group;
      }),
    );
  }

  /** Deleting a group takes its roles away from its former members at once. */
  async delete(caller: Caller, id: string): Promise<boolean> {
    const viewer = requireAdministrator(caller, MANAGING_GROUPS);
    return this.em.transactional(async (em) => {
      const group = await this.get(id, em);
      await em.populate(group, ['members']);
      const memberIds = group.members.getItems().map((u) => u.id);
      auditAdminChange(
        em,
        viewer,
        AuditAction.GROUP_DELETED,
        `Group ${group.name} (${memberIds.length} members, roles ${group.roles.join(', ') || 'none'})`,
        caller.clientAddress,
      );
      em.remove(group);
      await em.flush();
      await announceCredentialChange(em, ...memberIds.map((uid) => ({ kind: 'roles' as const, id: uid })));
      return true;
    });
  }

  async setMember(caller: Caller, groupId: string, userId: string, member: boolean): Promise<Group> {
    const viewer = requireAdministrator(caller, MANAGING_GROUPS);
    return this.em.transactional(async (em) => {
      const group = await this.get(groupId, em);
      const user = isUuid(userId) ? await em.findOne(User, { id: userId }) : null;
      if (!user) throw notFound(`There is no user ${userId}.`);
      await em.populate(group, ['members']);
      if (group.members.contains(user) === member) return group;
      if (member) group.members.add(user);
      else group.members.remove(user);
      auditAdminChange(
        em,
        viewer,
        member ? AuditAction.GROUP_MEMBER_ADDED : AuditAction.GROUP_MEMBER_REMOVED,
        `User ${user.username} ${member ? 'to' : 'from'} group ${group.name}`,
        caller.clientAddress,
      );
      await em.flush();
      await announceCredentialChange(em, { kind: 'roles', id: user.id });
      return group;
    });
  }

  async setRole(caller: Caller, groupId: string, role: Role, granted: boolean): Promise<Group> {
    const viewer = requireAdministrator(caller, MANAGING_GROUPS);
    return this.em.transactional(async (em) => {
      const group = await this.get(groupId, em);
      if (group.roles.includes(role) === granted) return group;
      await em.populate(group, ['members']);
      group.roles = granted ? [...group.roles, role] : group.roles.filter((r) => r !== role);
      auditRoleChange(em, viewer, { role, granted, holder: `group ${group.name}` }, caller.clientAddress);
      await em.flush();
      await announceCredentialChange(em, ...group.members.getItems().map((u) => ({ kind: 'roles' as const, id: u.id })));
      return group;
    });
  }

  private async unique<T>(name: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw badInput(`A group named "${name}" already exists.`, 'name');
      throw error;
    }
  }
}
