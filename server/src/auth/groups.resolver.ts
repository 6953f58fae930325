import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../access/request-context.js';
import { Role } from '../access/role.js';
import { CreateGroupInput } from './admin.types.js';
import { Group } from './group.entity.js';
import type { GroupsService } from './groups.service.js';
import { User } from './user.entity.js';

/** Groups, their members and their roles: all for administrators only. */
@Resolver(() => Group)
export class GroupsResolver {
  constructor(private readonly groupsService: GroupsService) {}

  @Query(() => [Group], { description: 'Every group, by name (ADMINISTRATOR only).' })
  groups(@Ctx() { caller }: RequestContext): Promise<Group[]> {
    return this.groupsService.list(caller);
  }

  @Mutation(() => Group, { description: 'Creates a group, optionally with roles (ADMINISTRATOR only).' })
  createGroup(@Arg('input', () => CreateGroupInput) input: CreateGroupInput, @Ctx() { caller }: RequestContext): Promise<Group> {
    return this.groupsService.create(caller, input);
  }

  @Mutation(() => Group, { description: 'Renames a group (ADMINISTRATOR only).' })
  renameGroup(@Arg('id', () => ID) id: string, @Arg('name', () => String) name: string, @Ctx() { caller }: RequestContext): Promise<Group> {
    return this.groupsService.rename(caller, id, name);
  }

  @Mutation(() => Boolean, { description: 'Deletes a group; its members lose the roles it gave (ADMINISTRATOR only).' })
  deleteGroup(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<boolean> {
    return this.groupsService.delete(caller, id);
  }

  @Mutation(() => Group, { description: 'Adds a user to a group (ADMINISTRATOR only).' })
  addGroupMember(@Arg('groupId', () => ID) groupId: string, @Arg('userId', () => ID) userId: string, @Ctx() { caller }: RequestContext): Promise<Group> {
    return this.groupsService.setMember(caller, groupId, userId, true);
  }

  @Mutation(() => Group, { description: 'Removes a user from a group; the roles it gave are gone at once (ADMINISTRATOR only).' })
  removeGroupMember(@Arg('groupId', () => ID) groupId: string, @Arg('userId', () => ID) userId: string, @Ctx() { caller }: RequestContext): Promise<Group> {
    return this.groupsService.setMember(caller, groupId, userId, false);
  }

  @Mutation(() => Group, { description: 'Gives a role to a group, and so to each member (ADMINISTRATOR only).' })
  grantGroupRole(@Arg('groupId', () => ID) groupId: string, @Arg('role', () => Role) role: Role, @Ctx() { caller }: RequestContext): Promise<Group> {
    return this.groupsService.setRole(caller, groupId, role, true);
  }

  @Mutation(() => Group, { description: 'Takes a role from a group (ADMINISTRATOR only).' })
  revokeGroupRole(@Arg('groupId', () => ID) groupId: string, @Arg('role', () => Role) role: Role, @Ctx() { caller }: RequestContext): Promise<Group> {
    return this.groupsService.setRole(caller, groupId, role, false);
  }

  @FieldResolver(() => [User], { description: 'Members, by username (ADMINISTRATOR only).' })
  members(@Root() group: Group, @Ctx() { caller }: RequestContext): Promise<User[]> {
    return this.groupsService.membersOf(caller, group.id);
  }
}
