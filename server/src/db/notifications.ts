import { EventEmitter } from 'node:events';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { CONNECTION_OPTIONS } from './connection-options.js';
import type { Log } from '../common/log.js';

/**
 * PostgreSQL channels Custodian uses between processes. Payloads carry ids only: NOTIFY payloads
 * must stay under 8000 bytes, and receivers re-read the row anyway.
 */
export const Channel = {
  /** An export task changed (status or progress); payload: the task id. */
  taskUpdated: 'custodian_task_updated',
  /** Export jobs were queued; payload: empty. Wakes idle workers at once. */
  exportQueued: 'custodian_export_queued',
  /** Browser preview jobs were queued; payload: empty. Wakes idle workers at once. */
  browserPreviewQueued: 'custodian_browser_preview_queued',
  /** Idle stretch scan jobs were queued; payload: empty. Wakes idle workers at once. */
  idleStretchScanQueued: 'custodian_idle_stretch_scan_queued',
  /** A user was disabled, a session ended, a token was revoked or roles changed; payload: see auth/credential-events.ts. */
  credentialsRevoked: 'custodian_credentials_revoked',
  /** A task service registered, beat, stopped, or was authorized or revoked; payload: its id. */
  taskServiceUpdated: 'custodian_task_service_updated',
  /** A task service asks for the signature of a finished export's manifest; payload: the signing request's id. */
  signingRequested: 'custodian_signing_requested',
} as const;
export type Channel = (typeof Channel)[keyof typeof Channel];

/** Sends a notification inside `em`'s transaction: it is delivered only if that commits. */
export async function notify(em: EntityManager, channel: Channel, payload = ''): Promise<void> {
  await em.getConnection().execute('select pg_notify(?, ?)', [channel, payload], 'run', em.getTransactionContext());
}

/**
 * LISTENs on a dedicated connection (pooled connections stop delivering silently) and reconnects
 * with back-off. Emits `notification` (channel, payload), and `reconnected` (the time the
 * connection was lost) so that owners can re-read what they may have missed.
 */
export class PgListener extends EventEmitter {
  private client: pg.Client | null = null;
  private stopped = false;
  private lostAt: Date | null = null;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly channels: readonly Channel[],
    private readonly log: Log = () => {},
  ) {
    super();
  }

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'custodian-listener', ...CONNECTION_OPTIONS });
    client.on('notification', (message) => this.emit('notification', message.channel, message.payload ?? ''));
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    await client.connect();
    for (const channel of this.channels) await client.query(`LISTEN ${channel}`);
    this.client = client;
    if (this.lostAt) {
      const since = this.lostAt;
      this.lostAt = null;
      this.log('database notifications restored');
      this.emit('reconnected', since);
    }
  }

  private lost(client: pg.Client): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    this.lostAt ??= new Date();
    this.log('database notifications lost; reconnecting');
    client.end().catch(() => undefined);
    this.scheduleReconnect(500);
  }

  private scheduleReconnect(delayMs: number): void {
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect().catch(() => this.scheduleReconnect(Math.min(delayMs * 2, 10_000)));
    }, delayMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}
