import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { AuditAction } from '../audit/audit-action.js';
import { badInput, notFound } from '../common/errors.js';
import { isUuid } from '../common/keyset.js';
import { auditAdminChange } from './admin-audit.js';
import { announceCredentialChange } from './credential-events.js';
import { Group } from './group.entity.js';
import { Role } from './role.js';
import { User } from './user.entity.js';
import type { Viewer } from './viewer.js';

const GROUP_NAME = /^\S(.{0,98}\S)?$/;

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!GROUP_NAME.test(trimmed)) throw badInput('A group name has 1 to 100 characters.', 'name');
  return trimmed;
}

/** Groups and their members and roles. Callers (the resolver) check for ADMINISTRATOR. */
export class GroupsService {
  constructor(private readonly em: EntityManager, private readonly clientAddress: string | null) {}

  list(): Promise<Group[]> {
    return this.em.find(Group, {}, { orderBy: { name: 'asc' } });
  }

  async get(id: string, em: EntityManager = this.em): Promise<Group> {
    const group = isUuid(id) ? await em.findOne(Group, { id }) : null;
    if (!group) throw notFound(`There is no group ${id}.`);
    return group;
  }

  async membersOf(groupIds: readonly string[]): Promise<Map<string, User[]>> {
    const groups = await this.em.find(Group, { id: { $in: [...groupIds] } }, { populate: ['members'] });
    return new Map(groups.map((g) => [g.id, [...g.members].sort((a, b) => a.username.localeCompare(b.username))]));
  }

  async groupsOf(userId: string): Promise<Group[]> {
    return this.em.find(Group, { members: userId }, { orderBy: { name: 'asc' } });
  }

  async create(viewer: Viewer, input: { name: string; roles: Role[] }): Promise<Group> {
    const name = checkName(input.name);
    const roles = [...new Set(input.roles)];
    return this.unique(name, () =>
      this.em.transactional(async (em) => {
        const group = em.create(Group, { name, roles });
        auditAdminChange(em, viewer, AuditAction.GROUP_CREATED, `Group ${name}${roles.length ? ` with roles ${roles.join(', ')}` : ''}`, this.clientAddress);
        for (const role of roles) auditAdminChange(em, viewer, AuditAction.ROLE_GRANTED, `Role ${role} to group ${name}`, this.clientAddress);
        await em.flush();
        return group;
      }),
    );
  }

  async rename(viewer: Viewer, id: string, newName: string): Promise<Group> {
    const name = checkName(newName);
    return this.unique(name, () =>
      this.em.transactional(async (em) => {
        const group = await this.get(id, em);
        if (group.name === name) return group;
        auditAdminChange(em, viewer, AuditAction.GROUP_RENAMED, `Group ${group.name} renamed to ${name}`, this.clientAddress);
        group.name = name;
        await em.flush();
        return group;
      }),
    );
  }

  /** Deleting a group takes its roles away from its former members at once. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const group = await this.get(id, em);
      await em.populate(group, ['members']);
      const memberIds = group.members.getItems().map((u) => u.id);
      auditAdminChange(em, viewer, AuditAction.GROUP_DELETED, `Group ${group.name} (${memberIds.length} members, roles ${group.roles.join(', ') || 'none'})`, this.clientAddress);
      em.remove(group);
      await em.flush();
      await announceCredentialChange(em, ...memberIds.map((uid) => ({ kind: 'roles' as const, id: uid })));
      return true;
    });
  }

  async setMember(viewer: Viewer, groupId: string, userId: string, member: boolean): Promise<Group> {
    return this.em.transactional(async (em) => {
      const group = await this.get(groupId, em);
      const user = isUuid(userId) ? await em.findOne(User, { id: userId }) : null;
      if (!user) throw notFound(`There is no user ${userId}.`);
      await em.populate(group, ['members']);
      if (group.members.contains(user) === member) return group;
      if (member) group.members.add(user);
      else group.members.remove(user);
      auditAdminChange(em, viewer, member ? AuditAction.GROUP_MEMBER_ADDED : AuditAction.GROUP_MEMBER_REMOVED, `User ${user.username} ${member ? 'to' : 'from'} group ${group.name}`, this.clientAddress);
      await em.flush();
      await announceCredentialChange(em, { kind: 'roles', id: user.id });
      return group;
    });
  }

  async setRole(viewer: Viewer, groupId: string, role: Role, granted: boolean): Promise<Group> {
    return this.em.transactional(async (em) => {
      const group = await this.get(groupId, em);
      if (group.roles.includes(role) === granted) return group;
      await em.populate(group, ['members']);
      group.roles = granted ? [...group.roles, role] : group.roles.filter((r) => r !== role);
      auditAdminChange(em, viewer, granted ? AuditAction.ROLE_GRANTED : AuditAction.ROLE_REVOKED, `Role ${role} ${granted ? 'to' : 'from'} group ${group.name}`, this.clientAddress);
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
