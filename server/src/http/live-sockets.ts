import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import type { WebSocket } from 'ws';
import { AuthService, type AuthSettings } from '../auth/auth.service.js';
import { decodeCredentialEvent, type CredentialEvent } from '../auth/credential-events.js';
import { effectiveRolesOf } from '../auth/effective-roles.js';
import { hashSecret } from '../auth/secrets.js';
import type { Role } from '../access/role.js';
import type { Viewer } from '../access/viewer.js';
import { Channel, PgListener } from '../db/notifications.js';
import { recheckCredentials } from './credential-recheck.js';

/**
 * Close code for a socket whose credentials were revoked: the same as for a socket that never
 * had valid ones, because the remedy is the same (authenticate again), and clients already
 * treat it as "signed out" instead of retrying.
 */
export const REVOKED_CLOSE_CODE = 4401;

/**
 * How long a credential that opened a socket opens more without being read again: a page
 * reloaded by many users at once, or a client reconnecting, costs no queries. Any credential
 * change announced meanwhile empties the cache, so only the periodic recheck's bound is affected.
 */
export const HANDSHAKE_CACHE_MS = 5_000;

/**
 * The authenticated websockets of this API process. Credential changes made by any process
 * arrive through NOTIFY: sockets of a disabled user, an ended session or a revoked token are
 * closed (which ends their subscriptions); role changes replace the viewer's roles in place, so
 * subscription filters use the new roles from the next event on. Every socket is also checked
 * again every `recheckSeconds` (in a few queries for all of them), which bounds how long a change
 * without a notification (an expired session, a row edited by hand, a notification lost) goes
 * unnoticed.
 */
export class LiveSockets {
  private readonly open = new Map<WebSocket, Viewer>();
  private readonly listener: PgListener;
  /** Credentials that opened a socket recently, by secret hash (see HANDSHAKE_CACHE_MS). */
  private readonly handshakes = new Map<string, { viewer: Viewer; until: number }>();
  /** Counts credential changes, so a check that raced one is not cached. */
  private changes = 0;
  private recheckTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly em: EntityManager,
    databaseUrl: string,
    private readonly settings: AuthSettings & { credentialRecheckSeconds?: number },
    private readonly log: Log,
  ) {
    this.listener = new PgListener(databaseUrl, [Channel.credentialsRevoked], log);
    this.listener.on('notification', (_channel: string, payload: string) => {
      const event = decodeCredentialEvent(payload);
      this.forgetHandshakes();
      if (event) void this.apply(event).catch((error: Error) => this.log(`credential event: ${error.message}`));
    });
    // Notifications sent while the connection was down are lost: check every socket again.
    this.listener.on('reconnected', () => {
      this.forgetHandshakes();
      void this.recheckAll().catch((error: Error) => this.log(`credential recheck: ${error.message}`));
    });
  }

  async start(): Promise<void> {
    await this.listener.start();
    const seconds = this.settings.credentialRecheckSeconds;
    if (!seconds) return;
    this.recheckTimer = setInterval(() => void this.recheckAll().catch((error: Error) => this.log(`credential recheck: ${error.message}`)), seconds * 1000);
    this.recheckTimer.unref();
  }

  stop(): Promise<void> {
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    return this.listener.stop();
  }

  /**
   * Authenticates a socket's credential and registers the socket, or returns null. A credential
   * that opened a socket within HANDSHAKE_CACHE_MS is not read again; the socket is registered
   * before anything else can run, so a revocation announced from then on closes it.
   */
  async connect(socket: WebSocket, secret: string | undefined): Promise<Viewer | null> {
    if (!secret) return null;
    const key = hashSecret(secret);
    const cached = this.handshakes.get(key);
    if (cached && cached.until > Date.now()) {
      const viewer: Viewer = { ...cached.viewer, user: { ...cached.viewer.user } };
      this.register(socket, viewer);
      return viewer;
    }
    const changesBefore = this.changes;
    const viewer = await this.auth().authenticate(secret);
    if (!viewer || !(await this.add(socket, viewer))) return null;
    if (this.changes === changesBefore) this.handshakes.set(key, { viewer: { ...viewer, user: { ...viewer.user } }, until: Date.now() + HANDSHAKE_CACHE_MS });
    return viewer;
  }

  private forgetHandshakes(): void {
    this.changes++;
    this.handshakes.clear();
  }

  private register(socket: WebSocket, viewer: Viewer): void {
    this.open.set(socket, viewer);
    socket.once('close', () => this.open.delete(socket));
  }

  get size(): number {
    return this.open.size;
  }

  /** Registers a socket, then checks once more so a revocation during the handshake is not missed. */
  async add(socket: WebSocket, viewer: Viewer): Promise<boolean> {
    this.register(socket, viewer);
    if (await this.auth().stillValid(viewer)) return true;
    this.open.delete(socket);
    return false;
  }

  private auth(): AuthService {
    return new AuthService(this.em.fork(), this.settings);
  }

  private async apply(event: CredentialEvent): Promise<void> {
    const matches = (viewer: Viewer) =>
      event.kind === 'session' ? viewer.sessionId === event.id : event.kind === 'token' ? viewer.apiTokenId === event.id : viewer.user.id === event.id;
    const affected = [...this.open].filter(([, viewer]) => matches(viewer));
    if (affected.length === 0) return;
    if (event.kind === 'roles') {
      const roles = await effectiveRolesOf(this.em.fork(), event.id);
      for (const [, viewer] of affected) viewer.roles = roles;
      return;
    }
    for (const [socket] of affected) this.close(socket);
  }

  private async recheckAll(): Promise<void> {
    const sockets = [...this.open];
    if (sockets.length === 0) return;
    const { revoked, roles } = await recheckCredentials(
      this.em.fork(),
      sockets.map(([, viewer]) => viewer),
    );
    for (const [socket, viewer] of sockets) {
      if (revoked.has(viewer)) this.close(socket);
      else if (!sameRoles(viewer.roles, roles.get(viewer.user.id))) viewer.roles = roles.get(viewer.user.id) ?? new Set();
    }
  }

  private close(socket: WebSocket): void {
    this.open.delete(socket);
    socket.close(REVOKED_CLOSE_CODE, 'Unauthorized: credentials revoked');
  }
}

function sameRoles(current: ReadonlySet<Role>, next: ReadonlySet<Role> | undefined): boolean {
  return !!next && current.size === next.size && [...current].every((role) => next.has(role));
}
