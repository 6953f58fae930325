import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { requireViewer } from '../graphql/require.js';
import { CreateGroupInput } from './admin.types.js';
import { Group } from './group.entity.js';
import { canAdminister } from './permissions.js';
import { Role } from './role.js';
import { User } from './user.entity.js';

const ADMIN_ONLY = 'Managing groups needs the ADMINISTRATOR role.';

/** Groups, their members and their roles: all for administrators only. */
@Resolver(() => Group)
export class GroupsResolver {
  @Query(() => [Group], { description: 'Every group, by name (ADMINISTRATOR only).' })
  groups(@Ctx() ctx: RequestContext): Promise<Group[]> {
    requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY);
    return ctx.groups.list();
  }

  @Mutation(() => Group, { description: 'Creates a group, optionally with roles (ADMINISTRATOR only).' })
  createGroup(@Arg('input', () => CreateGroupInput) input: CreateGroupInput, @Ctx() ctx: RequestContext): Promise<Group> {
    return ctx.groups.create(requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY), input);
  }

  @Mutation(() => Group, { description: 'Renames a group (ADMINISTRATOR only).' })
  renameGroup(@Arg('id', () => ID) id: string, @Arg('name', () => String) name: string, @Ctx() ctx: RequestContext): Promise<Group> {
    return ctx.groups.rename(requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY), id, name);
  }

  @Mutation(() => Boolean, { description: 'Deletes a group; its members lose the roles it gave (ADMINISTRATOR only).' })
  deleteGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.groups.delete(requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY), id);
  }

  @Mutation(() => Group, { description: 'Adds a user to a group (ADMINISTRATOR only).' })
  addGroupMember(@Arg('groupId', () => ID) groupId: string, @Arg('userId', () => ID) userId: string, @Ctx() ctx: RequestContext): Promise<Group> {
    return ctx.groups.setMember(requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY), groupId, userId, true);
  }

  @Mutation(() => Group, { description: 'Removes a user from a group; the roles it gave are gone at once (ADMINISTRATOR only).' })
  removeGroupMember(@Arg('groupId', () => ID) groupId: string, @Arg('userId', () => ID) userId: string, @Ctx() ctx: RequestContext): Promise<Group> {
    return ctx.groups.setMember(requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY), groupId, userId, false);
  }

  @Mutation(() => Group, { description: 'Gives a role to a group, and so to each member (ADMINISTRATOR only).' })
  grantGroupRole(@Arg('groupId', () => ID) groupId: string, @Arg('role', () => Role) role: Role, @Ctx() ctx: RequestContext): Promise<Group> {
    return ctx.groups.setRole(requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY), groupId, role, true);
  }

  @Mutation(() => Group, { description: 'Takes a role from a group (ADMINISTRATOR only).' })
  revokeGroupRole(@Arg('groupId', () => ID) groupId: string, @Arg('role', () => Role) role: Role, @Ctx() ctx: RequestContext): Promise<Group> {
    return ctx.groups.setRole(requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY), groupId, role, false);
  }

  @FieldResolver(() => [User], { description: 'Members, by username (ADMINISTRATOR only).' })
  async members(@Root() group: Group, @Ctx() ctx: RequestContext): Promise<User[]> {
    requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY);
    return (await ctx.groups.membersOf([group.id])).get(group.id) ?? [];
  }
}
