import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import type { WebSocket } from 'ws';
import { AuthService, type AuthSettings } from '../auth/auth.service.js';
import { decodeCredentialEvent, type CredentialEvent } from '../auth/credential-events.js';
import { effectiveRolesOf } from '../auth/effective-roles.js';
import type { Viewer } from '../access/viewer.js';
import { Channel, PgListener } from '../db/notifications.js';

/**
 * Close code for a socket whose credentials were revoked: the same as for a socket that never
 * had valid ones, because the remedy is the same (authenticate again), and clients already
 * treat it as "signed out" instead of retrying.
 */
export const REVOKED_CLOSE_CODE = 4401;

/**
 * The authenticated websockets of this API process. Credential changes made by any process
 * arrive through NOTIFY: sockets of a disabled user, an ended session or a revoked token are
 * closed (which ends their subscriptions); role changes replace the viewer's roles in place, so
 * subscription filters use the new roles from the next event on.
 */
export class LiveSockets {
  private readonly open = new Map<WebSocket, Viewer>();
  private readonly listener: PgListener;

  constructor(
    private readonly em: EntityManager,
    databaseUrl: string,
    private readonly settings: AuthSettings,
    private readonly log: Log,
  ) {
    this.listener = new PgListener(databaseUrl, [Channel.credentialsRevoked], log);
    this.listener.on('notification', (_channel: string, payload: string) => {
      const event = decodeCredentialEvent(payload);
      if (event) void this.apply(event).catch((error: Error) => this.log(`credential event: ${error.message}`));
    });
    // Notifications sent while the connection was down are lost: check every socket again.
    this.listener.on('reconnected', () => void this.recheckAll().catch((error: Error) => this.log(`credential recheck: ${error.message}`)));
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  stop(): Promise<void> {
    return this.listener.stop();
  }

  get size(): number {
    return this.open.size;
  }

  /** Registers a socket, then checks once more so a revocation during the handshake is not missed. */
  async add(socket: WebSocket, viewer: Viewer): Promise<boolean> {
    this.open.set(socket, viewer);
    socket.once('close', () => this.open.delete(socket));
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
    for (const [socket, viewer] of [...this.open]) {
      if (!(await this.auth().stillValid(viewer))) this.close(socket);
      else viewer.roles = await effectiveRolesOf(this.em.fork(), viewer.user.id);
    }
  }

  private close(socket: WebSocket): void {
    this.open.delete(socket);
    socket.close(REVOKED_CLOSE_CODE, 'Unauthorized: credentials revoked');
  }
}
