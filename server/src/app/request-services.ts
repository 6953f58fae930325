import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import type { RequestContext, ServiceType, SessionCookie } from '../access/request-context.js';
import { CheckpointLog } from '../audit/checkpoint-log.js';
import { AuthService } from '../auth/auth.service.js';
import { GroupsService } from '../auth/groups.service.js';
import { UsersService } from '../auth/users.service.js';
import type { EventHub } from '../common/event-hub.js';
import type { Config } from '../config/config.js';
import { DownloadsService } from '../downloads/downloads.service.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { ExportAuditService } from '../export-audit/export-audit.service.js';
import { ExportsService } from '../exports/exports.service.js';
import type { TaskEventHub } from '../exports/task-event-hub.js';
import type { MediaTools } from '../media/media-tools.js';
import { PlaybackService } from '../playback/playback.service.js';
import { BrowserPreviewsService } from '../previews/browser-previews.service.js';
import { IdleStretchScansService } from '../idle-stretches/idle-stretch-scans.service.js';
import type { JobQueue } from '../queue/job-queue.js';
import { PreferencesService } from '../preferences/preferences.service.js';
import { RecordingUploadService } from '../recordings/recording-upload.service.js';
import { RecordingsService } from '../recordings/recordings.service.js';
import { SettingsService } from '../settings/settings.service.js';
import type { KeyRing } from '../signing/key-ring.js';
import type { Storage } from '../storage/storage.js';
import type { TaskService } from '../taskservices/task-service.entity.js';
import { TaskServicesService } from '../taskservices/task-services.service.js';
import { RESOLVERS } from './resolvers.js';

/** The process-wide parts every request's services are built from. */
export interface ApiDeps {
  /** The root entity manager; each request forks it. */
  em: EntityManager;
  config: Config;
  queue: Pick<JobQueue, 'send'>;
  keyRing: KeyRing;
  mediaTools: MediaTools;
  storage: Storage;
  taskEvents: TaskEventHub;
  taskServiceEvents: EventHub<TaskService>;
}

/** The services of one request, sharing its unit of work. */
export interface RequestServices {
  auth: AuthService;
  users: UsersService;
  groups: GroupsService;
  recordings: RecordingsService;
  uploads: RecordingUploadService;
  playback: PlaybackService;
  browserPreviews: BrowserPreviewsService;
  idleStretchScans: IdleStretchScansService;
  exports: ExportsService;
  evidence: EvidenceService;
  exportAudit: ExportAuditService;
  downloads: DownloadsService;
  settings: SettingsService;
  taskServices: TaskServicesService;
  preferences: PreferencesService;
}

export function requestServices(deps: ApiDeps, em: EntityManager): RequestServices {
  const { config } = deps;
  const exportAudit = new ExportAuditService(em, deps.keyRing, new CheckpointLog(config.checkpointLogPath));
  return {
    auth: new AuthService(em, config),
    users: new UsersService(em, config),
    groups: new GroupsService(em),
    recordings: new RecordingsService(em),
    uploads: new RecordingUploadService(em, deps.mediaTools.ffprobePath, deps.storage.recordings, config.maxUploadBytes),
    playback: new PlaybackService(em, deps.storage.recordings, deps.storage.exports),
    browserPreviews: new BrowserPreviewsService(em, deps.queue, deps.storage.exports, config.heartbeatTimeoutSeconds),
    idleStretchScans: new IdleStretchScansService(em, deps.queue, config.heartbeatTimeoutSeconds),
    exports: new ExportsService(em, deps.queue, deps.taskEvents),
    evidence: new EvidenceService(em, deps.keyRing),
    exportAudit,
    downloads: new DownloadsService(em, deps.storage.exports, deps.keyRing, exportAudit),
    settings: new SettingsService(em),
    taskServices: new TaskServicesService(em, deps.taskServiceEvents),
    preferences: new PreferencesService(em),
  };
}

/**
 * The context of one GraphQL operation or HTTP request: the caller, a fresh unit of work, and
 * the services and resolvers bound to it.
 */
export function createRequestContext(deps: ApiDeps, caller: Caller, cookie: SessionCookie | null): RequestContext {
  const services = requestServices(deps, deps.em.fork());
  const instances = new Map<unknown, unknown>(Object.values(services).map((service) => [service.constructor, service]));
  for (const [type, make] of RESOLVERS) instances.set(type, make(services));
  return {
    caller,
    cookie,
    get<T>(type: ServiceType<T>): T {
      const found = instances.get(type);
      if (!found) throw new Error(`${type.name} is not a service of a request`);
      return found as T;
    },
  };
}
