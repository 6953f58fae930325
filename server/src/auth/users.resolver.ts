import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canAdminister, canExport, canListRecordings, canReadAudit, canSeeRestricted, canViewTasks } from '../access/permissions.js';
import type { RequestContext } from '../access/request-context.js';
import { Role } from '../access/role.js';
import { RoleGrant, RoleSource } from './admin.types.js';
import { Group } from './group.entity.js';
import type { GroupsService } from './groups.service.js';
import { User } from './user.entity.js';
import type { UsersService } from './users.service.js';

/** User administration, and the fields that say what a user may do (from effective roles). */
@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly groupsService: GroupsService,
  ) {}

  @Query(() => [User], { description: 'Every user, by username (ADMINISTRATOR only).' })
  users(@Ctx() { caller }: RequestContext): Promise<User[]> {
    return this.usersService.list(caller);
  }

  @Query(() => User, { description: 'One user (ADMINISTRATOR only).' })
  user(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<User> {
    return this.usersService.user(caller, id);
  }

  @Mutation(() => User, {
    description: 'Disables a user: no sign-in, and every session, API token and open websocket of theirs stops working at once (ADMINISTRATOR only).',
  })
  disableUser(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<User> {
    return this.usersService.setDisabled(caller, id, true);
  }

  @Mutation(() => User, { description: 'Enables a disabled user again; their API tokens work again, sessions do not come back (ADMINISTRATOR only).' })
  enableUser(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<User> {
    return this.usersService.setDisabled(caller, id, false);
  }

  @Mutation(() => User, { description: "Sets a new password for a user and ends the user's sessions (ADMINISTRATOR only)." })
  resetUserPassword(@Arg('id', () => ID) id: string, @Arg('password', () => String) password: string, @Ctx() { caller }: RequestContext): Promise<User> {
    return this.usersService.resetPassword(caller, id, password);
  }

  @Mutation(() => User, { description: 'Assigns a role to a user directly (ADMINISTRATOR only).' })
  grantUserRole(@Arg('userId', () => ID) userId: string, @Arg('role', () => Role) role: Role, @Ctx() { caller }: RequestContext): Promise<User> {
    return this.usersService.setRole(caller, userId, role, true);
  }

  @Mutation(() => User, { description: 'Removes a directly assigned role; roles held through groups stay (ADMINISTRATOR only).' })
  revokeUserRole(@Arg('userId', () => ID) userId: string, @Arg('role', () => Role) role: Role, @Ctx() { caller }: RequestContext): Promise<User> {
    return this.usersService.setRole(caller, userId, role, false);
  }

  @FieldResolver(() => Boolean, { description: 'Disabled users cannot sign in. Visible to the user and to administrators.' })
  disabled(@Root() user: User, @Ctx() { caller }: RequestContext): boolean {
    return this.usersService.disabled(caller, user);
  }

  @FieldResolver(() => [RoleGrant], { description: 'Every role the user holds and where it comes from. Visible to the user and to administrators.' })
  async roleGrants(@Root() user: User, @Ctx() { caller }: RequestContext): Promise<RoleGrant[]> {
    const grants = await this.usersService.roleGrantsOf(caller, user.id);
    const groups = new Map((await this.groupsService.groupsOf(caller, user.id)).map((g) => [g.id, g]));
    return grants.map((g) => ({
      role: g.role,
      source: g.group ? RoleSource.GROUP : RoleSource.DIRECT,
      group: g.group ? (groups.get(g.group.id) ?? null) : null,
    }));
  }

  @FieldResolver(() => [Role], { description: 'Effective roles: assigned directly or through a group. Visible to the user and to administrators.' })
  async effectiveRoles(@Root() user: User, @Ctx() { caller }: RequestContext): Promise<Role[]> {
    return [...(await this.usersService.effectiveRolesOf(caller, user.id))].sort();
  }

  @FieldResolver(() => [Group], { description: 'Groups the user belongs to. Visible to the user and to administrators.' })
  groups(@Root() user: User, @Ctx() { caller }: RequestContext): Promise<Group[]> {
    return this.groupsService.groupsOf(caller, user.id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the user holds both LOGGING_READER and PRIVILEGED_PLAYER.' })
  async canExport(@Root() user: User, @Ctx() { caller }: RequestContext): Promise<boolean> {
    return canExport(await this.usersService.effectiveRolesOf(caller, user.id));
  }

  @FieldResolver(() => Boolean, { description: 'True when the user may read export tasks (exporters and LOGGING_READERs).' })
  async canViewTasks(@Root() user: User, @Ctx() { caller }: RequestContext): Promise<boolean> {
    return canViewTasks(await this.usersService.effectiveRolesOf(caller, user.id));
  }

  @FieldResolver(() => Boolean, { description: 'True when the user may read the export audit (LOGGING_READER).' })
  async canReadAudit(@Root() user: User, @Ctx() { caller }: RequestContext): Promise<boolean> {
    return canReadAudit(await this.usersService.effectiveRolesOf(caller, user.id));
  }

  @FieldResolver(() => Boolean, { description: 'True when the user may list recordings (PLAYER or PRIVILEGED_PLAYER).' })
  async canViewRecordings(@Root() user: User, @Ctx() { caller }: RequestContext): Promise<boolean> {
    return canListRecordings(await this.usersService.effectiveRolesOf(caller, user.id));
  }

  @FieldResolver(() => Boolean, { description: 'True when the user may see, play, unrestrict and export restricted recordings (PRIVILEGED_PLAYER).' })
  async canSeeRestricted(@Root() user: User, @Ctx() { caller }: RequestContext): Promise<boolean> {
    return canSeeRestricted(await this.usersService.effectiveRolesOf(caller, user.id));
  }

  @FieldResolver(() => Boolean, { description: 'True when the user may manage users, groups and roles (ADMINISTRATOR).' })
  async canAdminister(@Root() user: User, @Ctx() { caller }: RequestContext): Promise<boolean> {
    return canAdminister(await this.usersService.effectiveRolesOf(caller, user.id));
  }
}
