import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { requireViewer } from '../graphql/require.js';
import { forbidden } from '../common/errors.js';
import { RoleGrant, RoleSource } from './admin.types.js';
import { Group } from './group.entity.js';
import { canAdminister, canExport, canListRecordings, canReadAudit, canSeeRestricted, canViewTasks } from './permissions.js';
import { Role } from './role.js';
import { User } from './user.entity.js';

const ADMIN_ONLY = 'Managing users needs the ADMINISTRATOR role.';

/** User administration, and the fields that say what a user may do (from effective roles). */
@Resolver(() => User)
export class UsersResolver {
  @Query(() => [User], { description: 'Every user, by username (ADMINISTRATOR only).' })
  users(@Ctx() ctx: RequestContext): Promise<User[]> {
    requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY);
    return ctx.users.list();
  }

  @Query(() => User, { description: 'One user (ADMINISTRATOR only).' })
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<User> {
    requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY);
    return ctx.users.get(id);
  }

  @Mutation(() => User, { description: 'Disables a user: no sign-in, and every session, API token and open websocket of theirs stops working at once (ADMINISTRATOR only).' })
  disableUser(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.users.setDisabled(requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY), id, true);
  }

  @Mutation(() => User, { description: 'Enables a disabled user again; their API tokens work again, sessions do not come back (ADMINISTRATOR only).' })
  enableUser(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.users.setDisabled(requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY), id, false);
  }

  @Mutation(() => User, { description: "Sets a new password for a user and ends the user's sessions (ADMINISTRATOR only)." })
  resetUserPassword(@Arg('id', () => ID) id: string, @Arg('password', () => String) password: string, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.users.resetPassword(requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY), id, password);
  }

  @Mutation(() => User, { description: 'Assigns a role to a user directly (ADMINISTRATOR only).' })
  grantUserRole(@Arg('userId', () => ID) userId: string, @Arg('role', () => Role) role: Role, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.users.setRole(requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY), userId, role, true);
  }

  @Mutation(() => User, { description: 'Removes a directly assigned role; roles held through groups stay (ADMINISTRATOR only).' })
  revokeUserRole(@Arg('userId', () => ID) userId: string, @Arg('role', () => Role) role: Role, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.users.setRole(requireViewer(ctx.viewer, canAdminister, ADMIN_ONLY), userId, role, false);
  }

  @FieldResolver(() => Boolean, { description: 'Disabled users cannot sign in. Visible to the user and to administrators.' })
  disabled(@Root() user: User, @Ctx() ctx: RequestContext): boolean {
    this.requireSelfOrAdmin(user, ctx);
    return user.disabled;
  }

  @FieldResolver(() => [RoleGrant], { description: 'Every role the user holds and where it comes from. Visible to the user and to administrators.' })
  async roleGrants(@Root() user: User, @Ctx() ctx: RequestContext): Promise<RoleGrant[]> {
    this.requireSelfOrAdmin(user, ctx);
    const grants = (await ctx.roleGrants.load(user.id)) ?? [];
    const groups = new Map((await ctx.groups.groupsOf(user.id)).map((g) => [g.id, g]));
    return grants.map((g) => ({
      role: g.role,
      source: g.group ? RoleSource.GROUP : RoleSource.DIRECT,
      group: g.group ? groups.get(g.group.id) ?? null : null,
    }));
  }

  @FieldResolver(() => [Role], { description: 'Effective roles: assigned directly or through a group. Visible to the user and to administrators.' })
  async effectiveRoles(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Role[]> {
    return [...(await this.rolesOf(user, ctx))].sort();
  }

  @FieldResolver(() => [Group], { description: 'Groups the user belongs to. Visible to the user and to administrators.' })
  groups(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Group[]> {
    this.requireSelfOrAdmin(user, ctx);
    return ctx.groups.groupsOf(user.id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the user holds both LOGGING_READER and PRIVILEGED_PLAYER.' })
  async canExport(@Root() user: User, @Ctx() ctx: RequestContext): Promise<boolean> {
    return canExport(await this.rolesOf(user, ctx));
  }

  @FieldResolver(() => Boolean, { description: 'True when the user may read export tasks (exporters and LOGGING_READERs).' })
  async canViewTasks(@Root() user: User, @Ctx() ctx: RequestContext): Promise<boolean> {
    return canViewTasks(await this.rolesOf(user, ctx));
  }

  @FieldResolver(() => Boolean, { description: 'True when the user may read the export audit (LOGGING_READER).' })
  async canReadAudit(@Root() user: User, @Ctx() ctx: RequestContext): Promise<boolean> {
    return canReadAudit(await this.rolesOf(user, ctx));
  }

  @FieldResolver(() => Boolean, { description: 'True when the user may list recordings (PLAYER or PRIVILEGED_PLAYER).' })
  async canViewRecordings(@Root() user: User, @Ctx() ctx: RequestContext): Promise<boolean> {
    return canListRecordings(await this.rolesOf(user, ctx));
  }

  @FieldResolver(() => Boolean, { description: 'True when the user may see, play, unrestrict and export restricted recordings (PRIVILEGED_PLAYER).' })
  async canSeeRestricted(@Root() user: User, @Ctx() ctx: RequestContext): Promise<boolean> {
    return canSeeRestricted(await this.rolesOf(user, ctx));
  }

  @FieldResolver(() => Boolean, { description: 'True when the user may manage users, groups and roles (ADMINISTRATOR).' })
  async canAdminister(@Root() user: User, @Ctx() ctx: RequestContext): Promise<boolean> {
    return canAdminister(await this.rolesOf(user, ctx));
  }

  /** The signed-in user's own roles come from the request; anyone else's need an administrator. */
  private async rolesOf(user: User, ctx: RequestContext): Promise<ReadonlySet<Role>> {
    if (ctx.viewer?.user.id === user.id) return ctx.viewer.roles;
    this.requireSelfOrAdmin(user, ctx);
    return new Set(((await ctx.roleGrants.load(user.id)) ?? []).map((g) => g.role));
  }

  private requireSelfOrAdmin(user: User, ctx: RequestContext): void {
    const viewer = requireViewer(ctx.viewer);
    if (viewer.user.id !== user.id && !canAdminister(viewer.roles)) throw forbidden("Another user's roles and status are visible to administrators only.");
  }
}
