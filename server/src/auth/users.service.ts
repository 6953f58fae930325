import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit-action.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import { BatchLoader } from '../common/batch-loader.js';
import { isUuid } from '../common/keyset.js';
import { auditAdminChange, auditRoleChange } from './admin-audit.js';
import { roleGrantsOf, type RoleGrantRow } from './effective-roles.js';
import { announceCredentialChange } from './credential-events.js';
import { passwordProblem, usernameProblem } from './password-policy.js';
import { Role } from '../access/role.js';
import { PasswordHasher } from './password-hash.js';
import { Session } from './session.entity.js';
import { SignInLimiter, type SignInLimits } from './sign-in-limiter.js';
import { User } from './user.entity.js';
import type { Caller } from '../access/caller.js';
import { activity, requireAdministrator, requireSelfOrAdministrator } from '../access/guards.js';

const MANAGING_USERS = activity('manage users', 'Managing users');

/** Users: administrators manage them; each user reads their own roles and status. */
export class UsersService {
  private readonly roleGrants: BatchLoader<string, RoleGrantRow[]>;
  private readonly passwords: PasswordHasher;

  constructor(
    private readonly em: EntityManager,
    private readonly settings: { signInLimits: SignInLimits; passwordHashCost: number },
  ) {
    this.roleGrants = new BatchLoader((ids) => roleGrantsOf(em, ids));
    this.passwords = new PasswordHasher(settings.passwordHashCost);
  }

  /** The signed-in user, or null. */
  async me(caller: Caller): Promise<User | null> {
    return caller.viewer ? this.em.findOne(User, { id: caller.viewer.user.id }) : null;
  }

  list(caller: Caller): Promise<User[]> {
    requireAdministrator(caller, MANAGING_USERS);
    return this.em.find(User, {}, { orderBy: { username: 'asc' } });
  }

  async user(caller: Caller, id: string): Promise<User> {
    requireAdministrator(caller, MANAGING_USERS);
    return this.get(id);
  }

  /** Every role a user holds and where it comes from: the user's own, or anyone's for an administrator. */
  async roleGrantsOf(caller: Caller, userId: string): Promise<RoleGrantRow[]> {
    requireSelfOrAdministrator(caller, userId);
    return (await this.roleGrants.load(userId)) ?? [];
  }

  /** A user's effective roles; the signed-in user's own come with the request. */
  async effectiveRolesOf(caller: Caller, userId: string): Promise<ReadonlySet<Role>> {
    if (caller.viewer?.user.id === userId) return caller.viewer.roles;
    return new Set((await this.roleGrantsOf(caller, userId)).map((grant) => grant.role));
  }

  /** Whether a user is disabled: the user's own status, or anyone's for an administrator. */
  disabled(caller: Caller, user: User): boolean {
    requireSelfOrAdministrator(caller, user.id);
    return user.disabled;
  }

  private async get(id: string): Promise<User> {
    const user = isUuid(id) ? await this.em.findOne(User, { id }) : null;
    if (!user) throw notFound(`There is no user ${id}.`);
    return user;
  }

  async create(caller: Caller, input: { username: string; password: string; roles: Role[] }): Promise<User> {
    const viewer = requireAdministrator(caller, MANAGING_USERS);
    const username = input.username.trim();
    const problem = usernameProblem(username) ?? passwordProblem(input.password);
    if (problem) throw badInput(problem);
    if (await this.em.count(User, { username })) throw badInput(`A user named "${username}" already exists.`, 'username');
    const passwordHash = await this.passwords.hash(input.password);
    const roles = [...new Set(input.roles)];
    return this.em.transactional(async (em) => {
      const user = em.create(User, { username, passwordHash, roles });
      auditAdminChange(em, viewer, AuditAction.USER_CREATED, `User ${username}${roles.length ? ` with roles ${roles.join(', ')}` : ''}`, caller.clientAddress);
      for (const role of roles) auditRoleChange(em, viewer, { role, granted: true, holder: `user ${username}` }, caller.clientAddress);
      return user;
    });
  }

  /**
   * A disabled user cannot sign in, and every session and API token of theirs stops working at
   * once: sessions are deleted, tokens are refused while the user is disabled, and every API
   * process closes their open websockets. Re-enabling brings the tokens back, not the sessions.
   */
  async setDisabled(caller: Caller, id: string, disabled: boolean): Promise<User> {
    const viewer = requireAdministrator(caller, MANAGING_USERS);
    const user = await this.get(id);
    if (disabled && user.id === viewer.user.id) throw conflict('You cannot disable yourself; ask another administrator.');
    if (user.disabled === disabled) return user;
    return this.em.transactional(async (em) => {
      await em.nativeUpdate(User, { id }, { disabled });
      if (disabled) {
        await em.nativeDelete(Session, { user: id });
        await announceCredentialChange(em, { kind: 'user', id });
      }
      auditAdminChange(em, viewer, disabled ? AuditAction.USER_DISABLED : AuditAction.USER_ENABLED, `User ${user.username}`, caller.clientAddress);
      user.disabled = disabled;
      return user;
    });
  }

  /** Sets a new password; the user's sessions end (API tokens stay) and sign-in limits reset. */
  async resetPassword(caller: Caller, id: string, password: string): Promise<User> {
    const viewer = requireAdministrator(caller, MANAGING_USERS);
    const user = await this.get(id);
    const problem = passwordProblem(password);
    if (problem) throw badInput(problem, 'password');
    const passwordHash = await this.passwords.hash(password);
    await this.em.transactional(async (em) => {
      await em.nativeUpdate(User, { id }, { passwordHash });
      const sessions = await em.find(Session, { user: id }, { fields: ['id'] });
      await em.nativeDelete(Session, { user: id });
      await announceCredentialChange(em, ...sessions.map((s) => ({ kind: 'session' as const, id: s.id })));
      auditAdminChange(em, viewer, AuditAction.PASSWORD_RESET, `User ${user.username}`, caller.clientAddress);
    });
    await new SignInLimiter(this.em, this.settings.signInLimits).resetAccount(user.username);
    return user;
  }

  async setRole(caller: Caller, id: string, role: Role, granted: boolean): Promise<User> {
    const viewer = requireAdministrator(caller, MANAGING_USERS);
    const user = await this.get(id);
    if (user.roles.includes(role) === granted) return user;
    if (!granted && role === Role.ADMINISTRATOR && user.id === viewer.user.id) {
      throw conflict('You cannot take the ADMINISTRATOR role from yourself; ask another administrator.');
    }
    const roles = granted ? [...user.roles, role] : user.roles.filter((r) => r !== role);
    return this.em.transactional(async (em) => {
      await em.nativeUpdate(User, { id }, { roles });
      auditRoleChange(em, viewer, { role, granted, holder: `user ${user.username}` }, caller.clientAddress);
      await announceCredentialChange(em, { kind: 'roles', id });
      user.roles = roles;
      return user;
    });
  }
}
