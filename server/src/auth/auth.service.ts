import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, unauthenticated } from '../common/errors.js';
import { ApiToken } from './api-token.entity.js';
import { passwordProblem, usernameProblem } from './password-policy.js';
import { Role } from './role.js';
import { hashPassword, hashSecret, newSecret, UNKNOWN_USER_HASH, verifyPassword } from './secrets.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { viewerOf, type Viewer } from './viewer.js';

// Touching last_used_at on every request would turn reads into writes; once a minute is enough.
const LAST_USED_RESOLUTION_MS = 60_000;

export class AuthService {
  constructor(private readonly em: EntityManager, private readonly sessionTtlHours: number) {}

  async signIn(username: string, password: string, clientAddress: string | null): Promise<{ user: User; token: string }> {
    const user = await this.em.findOne(User, { username }, { populate: ['passwordHash'] });
    const valid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !valid || user.disabled) throw unauthenticated('The username or password is wrong.');
    const token = newSecret('cs');
    this.em.create(Session, {
      user,
      tokenHash: hashSecret(token),
      expiresAt: new Date(Date.now() + this.sessionTtlHours * 3600_000),
      clientAddress,
    });
    await this.em.flush();
    return { user, token };
  }

  async signOut(viewer: Viewer): Promise<void> {
    if (viewer.sessionId) await this.em.nativeDelete(Session, { id: viewer.sessionId });
  }

  /** Resolves a bearer secret (session or API token) to its viewer, or null. */
  async authenticate(secret: string | undefined | null): Promise<Viewer | null> {
    if (!secret) return null;
    const tokenHash = hashSecret(secret);
    if (secret.startsWith('cs_')) {
      const session = await this.em.findOne(Session, { tokenHash, expiresAt: { $gt: new Date() } }, { populate: ['user'] });
      if (!session || session.user.disabled) return null;
      return viewerOf(session.user, { sessionId: session.id });
    }
    if (secret.startsWith('ct_')) {
      const token = await this.em.findOne(ApiToken, { tokenHash, revokedAt: null }, { populate: ['user'] });
      if (!token || token.user.disabled) return null;
      if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
        await this.em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: new Date() });
      }
      return viewerOf(token.user, { apiTokenId: token.id });
    }
    return null;
  }

  async createUser(input: { username: string; password: string; roles: Role[] }): Promise<User> {
    const username = input.username.trim();
    const problem = usernameProblem(username) ?? passwordProblem(input.password);
    if (problem) throw badInput(problem);
    if (await this.em.count(User, { username })) throw badInput(`A user named "${username}" already exists.`, 'username');
    const user = this.em.create(User, {
      username,
      passwordHash: await hashPassword(input.password),
      roles: [...new Set(input.roles)],
    });
    await this.em.flush();
    return user;
  }

  async createApiToken(viewer: Viewer, name: string): Promise<{ apiToken: ApiToken; secret: string }> {
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > 100) throw badInput('A token name has 1 to 100 characters.', 'name');
    const secret = newSecret('ct');
    const apiToken = this.em.create(ApiToken, { user: viewer.user.id, name: trimmed, tokenHash: hashSecret(secret) });
    await this.em.flush();
    return { apiToken, secret };
  }

  listApiTokens(viewer: Viewer): Promise<ApiToken[]> {
    return this.em.find(ApiToken, { user: viewer.user.id, revokedAt: null }, { orderBy: { createdAt: 'desc' } });
  }

  /** Revokes one of the viewer's own tokens; returns false when there was none to revoke. */
  async revokeApiToken(viewer: Viewer, id: string): Promise<boolean> {
    const count = await this.em.nativeUpdate(ApiToken, { id, user: viewer.user.id, revokedAt: null }, { revokedAt: new Date() });
    return count > 0;
  }
}
