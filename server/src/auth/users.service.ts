import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit-action.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import { isUuid } from '../common/keyset.js';
import { auditAdminChange } from './admin-audit.js';
import { announceCredentialChange } from './credential-events.js';
import { passwordProblem, usernameProblem } from './password-policy.js';
import { Role } from './role.js';
import { hashPassword } from './secrets.js';
import { Session } from './session.entity.js';
import { SignInLimiter, type SignInLimits } from './sign-in-limiter.js';
import { User } from './user.entity.js';
import type { Viewer } from './viewer.js';

/** User administration. Callers (the resolver) check that the viewer is an ADMINISTRATOR. */
export class UsersService {
  constructor(private readonly em: EntityManager, private readonly clientAddress: string | null, private readonly signInLimits: SignInLimits) {}

  list(): Promise<User[]> {
    return this.em.find(User, {}, { orderBy: { username: 'asc' } });
  }

  async get(id: string): Promise<User> {
    const user = isUuid(id) ? await this.em.findOne(User, { id }) : null;
    if (!user) throw notFound(`There is no user ${id}.`);
    return user;
  }

  async create(viewer: Viewer, input: { username: string; password: string; roles: Role[] }): Promise<User> {
    const username = input.username.trim();
    const problem = usernameProblem(username) ?? passwordProblem(input.password);
    if (problem) throw badInput(problem);
    if (await this.em.count(User, { username })) throw badInput(`A user named "${username}" already exists.`, 'username');
    const passwordHash = await hashPassword(input.password);
    const roles = [...new Set(input.roles)];
    return this.em.transactional(async (em) => {
      const user = em.create(User, { username, passwordHash, roles });
      auditAdminChange(em, viewer, AuditAction.USER_CREATED, `User ${username}${roles.length ? ` with roles ${roles.join(', ')}` : ''}`, this.clientAddress);
      for (const role of roles) auditAdminChange(em, viewer, AuditAction.ROLE_GRANTED, `Role ${role} to user ${username}`, this.clientAddress);
      return user;
    });
  }

  /**
   * A disabled user cannot sign in, and every session and API token of theirs stops working at
   * once: sessions are deleted, tokens are refused while the user is disabled, and every API
   * process closes their open websockets. Re-enabling brings the tokens back, not the sessions.
   */
  async setDisabled(viewer: Viewer, id: string, disabled: boolean): Promise<User> {
    const user = await this.get(id);
    if (disabled && user.id === viewer.user.id) throw conflict('You cannot disable yourself; ask another administrator.');
    if (user.disabled === disabled) return user;
    return this.em.transactional(async (em) => {
      await em.nativeUpdate(User, { id }, { disabled });
      if (disabled) {
        await em.nativeDelete(Session, { user: id });
        await announceCredentialChange(em, { kind: 'user', id });
      }
      auditAdminChange(em, viewer, disabled ? AuditAction.USER_DISABLED : AuditAction.USER_ENABLED, `User ${user.username}`, this.clientAddress);
      user.disabled = disabled;
      return user;
    });
  }

  /** Sets a new password; the user's sessions end (API tokens stay) and sign-in limits reset. */
  async resetPassword(viewer: Viewer, id: string, password: string): Promise<User> {
    const user = await this.get(id);
    const problem = passwordProblem(password);
    if (problem) throw badInput(problem, 'password');
    const passwordHash = await hashPassword(password);
    await this.em.transactional(async (em) => {
      await em.nativeUpdate(User, { id }, { passwordHash });
      const sessions = await em.find(Session, { user: id }, { fields: ['id'] });
      await em.nativeDelete(Session, { user: id });
      await announceCredentialChange(em, ...sessions.map((s) => ({ kind: 'session' as const, id: s.id })));
      auditAdminChange(em, viewer, AuditAction.PASSWORD_RESET, `User ${user.username}`, this.clientAddress);
    });
    await new SignInLimiter(this.em, this.signInLimits).resetAccount(user.username);
    return user;
  }

  async setRole(viewer: Viewer, id: string, role: Role, granted: boolean): Promise<User> {
    const user = await this.get(id);
    if (user.roles.includes(role) === granted) return user;
    if (!granted && role === Role.ADMINISTRATOR && user.id === viewer.user.id) {
      throw conflict('You cannot take the ADMINISTRATOR role from yourself; ask another administrator.');
    }
    const roles = granted ? [...user.roles, role] : user.roles.filter((r) => r !== role);
    return this.em.transactional(async (em) => {
      await em.nativeUpdate(User, { id }, { roles });
      auditAdminChange(em, viewer, granted ? AuditAction.ROLE_GRANTED : AuditAction.ROLE_REVOKED, `Role ${role} ${granted ? 'to' : 'from'} user ${user.username}`, this.clientAddress);
      await announceCredentialChange(em, { kind: 'roles', id });
      user.roles = roles;
      return user;
    });
  }
}
