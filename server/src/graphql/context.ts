import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import type { Viewer } from '../auth/viewer.js';
import { BatchLoader } from '../common/batch-loader.js';
import { ExportsService } from '../exports/exports.service.js';
import { Recording } from '../recordings/recording.entity.js';
import { RecordingsService } from '../recordings/recordings.service.js';
import type { TaskEventHub } from '../exports/task-event-hub.js';
import type { JobQueue } from '../tasks/queue.js';
import type { EventHub } from '../common/event-hub.js';
import { SettingsService } from '../settings/settings.service.js';
import type { TaskService } from '../taskservices/task-service.entity.js';
import { TaskServicesService } from '../taskservices/task-services.service.js';

/** Talks back to the browser about its session cookie; absent on websockets. */
export interface SessionCookie {
  set(token: string): void;
  clear(): void;
}

/** What every resolver receives: a fresh unit of work, the caller, and the services bound to both. */
export interface RequestContext {
  em: EntityManager;
  viewer: Viewer | null;
  clientAddress: string | null;
  cookie: SessionCookie | null;
  auth: AuthService;
  recordings: RecordingsService;
  exports: ExportsService;
  audit: AuditService;
  taskEvents: TaskEventHub;
  /** Recordings by id, loaded in one query per response (for fields on list rows). */
  recordingById: BatchLoader<string, Recording>;
  settings: SettingsService;
  taskServices: TaskServicesService;
  taskServiceEvents: EventHub<TaskService>;
}

export interface ContextDeps {
  /** The root entity manager; each request forks it. */
  em: EntityManager;
  queue: Pick<JobQueue, 'send'>;
  sessionTtlHours: number;
  taskEvents: TaskEventHub;
  taskServiceEvents: EventHub<TaskService>;
}

export function authService(deps: ContextDeps): AuthService {
  return new AuthService(deps.em.fork(), deps.sessionTtlHours);
}

export function createContext(deps: ContextDeps, viewer: Viewer | null, clientAddress: string | null, cookie: SessionCookie | null): RequestContext {
  const em = deps.em.fork();
  return {
    em,
    viewer,
    clientAddress,
    cookie,
    auth: new AuthService(em, deps.sessionTtlHours),
    recordings: new RecordingsService(em),
    exports: new ExportsService(em, deps.queue, clientAddress),
    audit: new AuditService(em),
    taskEvents: deps.taskEvents,
    recordingById: new BatchLoader(async (ids) => new Map((await em.find(Recording, { id: { $in: ids } })).map((r) => [r.id, r]))),
    settings: new SettingsService(em, clientAddress),
    taskServices: new TaskServicesService(em, clientAddress),
    taskServiceEvents: deps.taskServiceEvents,
  };
}
