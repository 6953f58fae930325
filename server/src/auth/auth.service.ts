import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit, type AuditEntry } from '../audit/record-audit.js';
import { type Principal, recordRefusal } from '../audit/refusal-throttle.js';
import { badInput, tooManyRequests, unauthenticated } from '../common/errors.js';
import { isUuid } from '../common/keyset.js';
import { ApiToken } from './api-token.entity.js';
import { announceCredentialChange } from './credential-events.js';
import { effectiveRolesOf } from './effective-roles.js';
import type { Caller } from '../access/caller.js';
import { activity, requireAdministrator, requireSignedIn } from '../access/guards.js';
import { canAdminister } from '../access/permissions.js';
import { PasswordHasher, verifyPassword } from './password-hash.js';
import { hashSecret, newSecret } from './secrets.js';
import { Session } from './session.entity.js';
import { SignInLimiter, type SignInLimits } from './sign-in-limiter.js';
import { User } from './user.entity.js';
import { viewerOf, type Viewer } from '../access/viewer.js';

// Touching last_used_at on every request would turn reads into writes; once a minute is enough.
const LAST_USED_RESOLUTION_MS = 60_000;
const SEEING_ALL_TOKENS = activity("see other users' API tokens", "Seeing other users' API tokens");

// What a failed sign-in records of the name typed: enough to recognise it, never unbounded input.
const MAX_AUDITED_NAME = 64;

export interface AuthSettings {
  sessionTtlHours: number;
  signInLimits: SignInLimits;
  passwordHashCost: number;
}

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: AuthSettings,
  ) {}

  private get limiter(): SignInLimiter {
    return new SignInLimiter(this.em, this.settings.signInLimits);
  }

  /**
   * Checks the rate limits, then the password. Every outcome is audited (the password never is);
   * a refusal because of the limits answers TOO_MANY_REQUESTS with a retry-after hint.
   */
  async signIn(username: string, password: string, clientAddress: string | null): Promise<{ user: User; token: string }> {
    const typed = username.trim().slice(0, MAX_AUDITED_NAME);
    const failed = (detail: string, outcome = AuditOutcome.FAILURE): AuditEntry => ({
      action: AuditAction.SIGN_IN_FAILED,
      outcome,
      actorName: typed || null,
      detail,
      clientAddress,
    });
    const gate = await this.limiter.begin(typed, clientAddress);
    if (!gate.allowed) {
      const which = gate.scope === 'account' ? 'this account' : 'your address';
      await this.recordFailure(typed, clientAddress, failed(`Refused: too many sign-in attempts for ${which}.`, AuditOutcome.DENIED));
      throw tooManyRequests(`Too many sign-in attempts for ${which}. Try again in ${gate.retryAfterSeconds} seconds.`, gate.retryAfterSeconds);
    }
    const user = await this.em.findOne(User, { username: typed }, { populate: ['passwordHash'] });
    const hasher = new PasswordHasher(this.settings.passwordHashCost);
    const valid = await verifyPassword(password, user?.passwordHash ?? hasher.unknownUserHash);
    if (!user || !valid || user.disabled) {
      const detail = !user ? 'Unknown username.' : !valid ? 'Wrong password.' : 'The user is disabled.';
      await this.recordFailure(typed, clientAddress, { ...failed(detail), actorId: user?.id ?? null });
      throw unauthenticated('The username or password is wrong.');
    }
    const token = newSecret('cs');
    // The password is at hand only now: bring a hash made with other parameters up to date.
    const upgraded = hasher.needsRehash(user.passwordHash) ? await hasher.hash(password) : null;
    await this.em.transactional(async (em) => {
      if (upgraded) await em.nativeUpdate(User, { id: user.id }, { passwordHash: upgraded });
      em.create(Session, {
        user: user.id,
        tokenHash: hashSecret(token),
        expiresAt: new Date(Date.now() + this.settings.sessionTtlHours * 3600_000),
        clientAddress,
      });
      recordAudit(em, { action: AuditAction.SIGN_IN_SUCCEEDED, outcome: AuditOutcome.SUCCESS, actorId: user.id, actorName: user.username, clientAddress });
    });
    await this.limiter.succeeded(typed, gate.attemptIds);
    return { user, token };
  }

  /**
   * A failed sign-in counts against the client address (or, without one, the account name): the
   * guesses of one address, whatever names they try, cannot flood the audit trail.
   */
  private recordFailure(typed: string, clientAddress: string | null, entry: AuditEntry): Promise<boolean> {
    const principal: Principal = clientAddress ? `address:${clientAddress}` : `account:${typed}`;
    return this.em.transactional((em) => recordRefusal(em, [principal], [entry]));
  }

  /** Ends the caller's session; websockets opened with it are closed by every API process. False when nobody was signed in. */
  async signOut(caller: Caller): Promise<boolean> {
    if (!caller.viewer) return false;
    const sessionId = caller.viewer.sessionId;
    if (!sessionId) return true;
    await this.em.transactional(async (em) => {
      await em.nativeDelete(Session, { id: sessionId });
      await announceCredentialChange(em, { kind: 'session', id: sessionId });
    });
    return true;
  }

  /** Resolves a bearer secret (session or API token) to its viewer with effective roles, or null. */
  async authenticate(secret: string | undefined | null): Promise<Viewer | null> {
    if (!secret) return null;
    const tokenHash = hashSecret(secret);
    if (secret.startsWith('cs_')) {
      const session = await this.em.findOne(Session, { tokenHash, expiresAt: { $gt: new Date() } }, { populate: ['user'] });
      if (!session || session.user.disabled) return null;
      return viewerOf(session.user, await effectiveRolesOf(this.em, session.user.id), { sessionId: session.id });
    }
    if (secret.startsWith('ct_')) {
      const token = await this.em.findOne(ApiToken, { tokenHash, revokedAt: null }, { populate: ['user'] });
      if (!token || token.user.disabled) return null;
      if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
        await this.em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: new Date() });
      }
      return viewerOf(token.user, await effectiveRolesOf(this.em, token.user.id), { apiTokenId: token.id });
    }
    return null;
  }

  /** True while the credential an open websocket was authenticated with is still good. */
  async stillValid(viewer: Viewer): Promise<boolean> {
    const user = await this.em.findOne(User, { id: viewer.user.id }, { fields: ['disabled'] });
    if (!user || user.disabled) return false;
    if (viewer.sessionId) return (await this.em.count(Session, { id: viewer.sessionId, expiresAt: { $gt: new Date() } })) > 0;
    if (viewer.apiTokenId) return (await this.em.count(ApiToken, { id: viewer.apiTokenId, revokedAt: null })) > 0;
    return false;
  }

  /** An API token for the signed-in user; the secret is returned this once and only its hash is kept. */
  async createApiToken(caller: Caller, name: string): Promise<{ apiToken: ApiToken; secret: string }> {
    const viewer = requireSignedIn(caller);
    const clientAddress = caller.clientAddress;
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > 100) throw badInput('A token name has 1 to 100 characters.', 'name');
    const secret = newSecret('ct');
    const apiToken = await this.em.transactional(async (em) => {
      // The owner is loaded, so the answer can show it.
      const owner = await em.findOneOrFail(User, { id: viewer.user.id });
      const created = em.create(ApiToken, { user: owner, name: trimmed, tokenHash: hashSecret(secret) });
      recordAudit(em, {
        action: AuditAction.TOKEN_CREATED,
        outcome: AuditOutcome.SUCCESS,
        actorId: viewer.user.id,
        actorName: viewer.user.username,
        detail: `API token "${trimmed}" (${created.id}) of ${viewer.user.username}`,
        clientAddress,
      });
      return created;
    });
    return { apiToken, secret };
  }

  /** The caller's own tokens, or with `everyone` (administrators only) every user's. */
  listApiTokens(caller: Caller, everyone = false): Promise<ApiToken[]> {
    const viewer = everyone ? requireAdministrator(caller, SEEING_ALL_TOKENS) : requireSignedIn(caller);
    const where = everyone ? { revokedAt: null } : { user: viewer.user.id, revokedAt: null };
    return this.em.find(ApiToken, where, { populate: ['user'], orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  /**
   * Revokes one of the viewer's own tokens, or anyone's for an administrator. Sockets opened with
   * it are closed. Another user's token is reported as missing to a non-administrator.
   */
  async revokeApiToken(caller: Caller, id: string): Promise<boolean> {
    const viewer = requireSignedIn(caller);
    const clientAddress = caller.clientAddress;
    if (!isUuid(id)) return false;
    const token = await this.em.findOne(ApiToken, { id, revokedAt: null }, { populate: ['user'] });
    if (!token || (token.user.id !== viewer.user.id && !canAdminister(viewer.roles))) return false;
    return this.em.transactional(async (em) => {
      const count = await em.nativeUpdate(ApiToken, { id, revokedAt: null }, { revokedAt: new Date() });
      if (count === 0) return false;
      recordAudit(em, {
        action: AuditAction.TOKEN_REVOKED,
        outcome: AuditOutcome.SUCCESS,
        actorId: viewer.user.id,
        actorName: viewer.user.username,
        detail: `API token "${token.name}" (${token.id}) of ${token.user.username}`,
        clientAddress,
      });
      await announceCredentialChange(em, { kind: 'token', id });
      return true;
    });
  }
}
