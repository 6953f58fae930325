import os from 'node:os';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/record-audit.js';
import { Channel, notify } from '../db/notifications.js';
import type { MediaTools } from '../media/media-tools.js';
import { softwareVersion } from './software-version.js';
import { describeTaskService } from './task-services.service.js';
import type { WorkerIdentity } from './worker-identity.js';

export interface RegistrationInfo {
  identity: WorkerIdentity;
  concurrency: number;
  mediaTools: Pick<MediaTools, 'ffmpegVersion' | 'ffmpegSource'>;
  heartbeatTimeoutSeconds: number;
}

/**
 * The worker's side of its task service row: it registers on start, beats while running, and says
 * when it stops. Each call answers whether the worker is authorized right now.
 */
export class TaskServiceRegistration {
  constructor(
    private readonly em: EntityManager,
    private readonly info: RegistrationInfo,
  ) {}

  get id(): string {
    return this.info.identity.id;
  }

  get name(): string {
    return this.info.identity.name;
  }

  /** Creates or refreshes the row; authorization is kept across restarts. */
  async register(): Promise<boolean> {
    const { identity, concurrency, mediaTools, heartbeatTimeoutSeconds } = this.info;
    return this.write(
      `insert into task_services (id, name, host_name, software_version, concurrency, ffmpeg_version, ffmpeg_source,
                                  registered_at, started_at, last_heartbeat_at, stopped_at, heartbeat_timeout_seconds, running_tasks, authorized)
       values (?, ?, ?, ?, ?, ?, ?, now(), now(), now(), null, ?, 0, false)
       on conflict (id) do update set name = excluded.name, host_name = excluded.host_name, software_version = excluded.software_version,
         concurrency = excluded.concurrency, ffmpeg_version = excluded.ffmpeg_version, ffmpeg_source = excluded.ffmpeg_source,
         started_at = now(), last_heartbeat_at = now(), stopped_at = null,
         heartbeat_timeout_seconds = excluded.heartbeat_timeout_seconds, running_tasks = 0
       returning authorized`,
      [identity.id, identity.name, os.hostname(), softwareVersion(), concurrency, mediaTools.ffmpegVersion, mediaTools.ffmpegSource, heartbeatTimeoutSeconds],
    );
  }

  /** Registers without counting as running (the connection check): it shows offline. */
  async registerOffline(): Promise<void> {
    await this.register();
    await this.stopped();
  }

  async heartbeat(runningTasks: number): Promise<boolean> {
    return this.write('update task_services set last_heartbeat_at = now(), running_tasks = ?, stopped_at = null where id = ? returning authorized', [
      runningTasks,
      this.id,
    ]);
  }

  /** Reads the authorization without writing (its own heartbeat notifications would echo). */
  async isAuthorized(): Promise<boolean> {
    const rows: { authorized: boolean }[] = await this.em.fork().getConnection().execute('select authorized from task_services where id = ?', [this.id]);
    return rows[0]?.authorized ?? false;
  }

  async stopped(): Promise<void> {
    await this.write('update task_services set stopped_at = now(), running_tasks = 0 where id = ? returning authorized', [this.id]);
  }

  /**
   * The worker that `npm start` runs beside the server is authorized by the system, once: a later
   * revocation by an administrator is respected on the next start.
   */
  async authorizeAsLocal(): Promise<boolean> {
    return this.em.fork().transactional(async (tx) => {
      const rows: { id: string; name: string; host_name: string }[] = await tx.getConnection().execute(
        `update task_services set authorized = true, authorized_at = now(), authorized_by = null
          where id = ? and not authorized and authorized_at is null and revoked_at is null
          returning id, name, host_name`,
        [this.id],
        'all',
        tx.getTransactionContext(),
      );
      const row = rows[0];
      if (!row) return false;
      recordAudit(tx, {
        action: AuditAction.TASK_SERVICE_AUTHORIZED,
        outcome: AuditOutcome.SUCCESS,
        detail: `Authorized automatically: ${describeTaskService({ id: row.id, name: row.name, hostName: row.host_name })} is the local task service of a single-machine install (npm start).`,
      });
      await tx.flush();
      await notify(tx, Channel.taskServiceUpdated, this.id);
      return true;
    });
  }

  private async write(sql: string, values: unknown[]): Promise<boolean> {
    return this.em.fork().transactional(async (tx) => {
      const rows: { authorized: boolean }[] = await tx.getConnection().execute(sql, values, 'all', tx.getTransactionContext());
      await notify(tx, Channel.taskServiceUpdated, this.id);
      return rows[0]?.authorized ?? false;
    });
  }
}
