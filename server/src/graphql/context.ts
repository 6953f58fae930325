import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { GroupsService } from '../auth/groups.service.js';
import type { SignInLimits } from '../auth/sign-in-limiter.js';
import { roleGrantsOf, type RoleGrantRow } from '../auth/effective-roles.js';
import { UsersService } from '../auth/users.service.js';
import type { Viewer } from '../auth/viewer.js';
import { BatchLoader } from '../common/batch-loader.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { ExportsService } from '../exports/exports.service.js';
import { Recording } from '../recordings/recording.entity.js';
import { RecordingsService } from '../recordings/recordings.service.js';
import type { TaskEventHub } from '../exports/task-event-hub.js';
import type { JobQueue } from '../tasks/queue.js';
import type { KeyRing } from '../signing/key-ring.js';
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
  users: UsersService;
  groups: GroupsService;
  recordings: RecordingsService;
  exports: ExportsService;
  audit: AuditService;
  taskEvents: TaskEventHub;
  /** Recordings by id, loaded in one query per response (for fields on list rows). */
  recordingById: BatchLoader<string, Recording>;
  evidence: EvidenceService;
  /** Each user's role grants (direct and through groups), loaded in one query per response. */
  roleGrants: BatchLoader<string, RoleGrantRow[]>;
  /** Signs and verifies audit checkpoints. */
  keyRing: KeyRing;
  settings: SettingsService;
  taskServices: TaskServicesService;
  taskServiceEvents: EventHub<TaskService>;
}

export interface ContextDeps {
  /** The root entity manager; each request forks it. */
  em: EntityManager;
  queue: Pick<JobQueue, 'send'>;
  sessionTtlHours: number;
  signInLimits: SignInLimits;
  taskEvents: TaskEventHub;
  keyRing: KeyRing;
  taskServiceEvents: EventHub<TaskService>;
}

export function authService(deps: ContextDeps): AuthService {
  return new AuthService(deps.em.fork(), deps);
}

export function createContext(deps: ContextDeps, viewer: Viewer | null, clientAddress: string | null, cookie: SessionCookie | null): RequestContext {
  const em = deps.em.fork();
  return {
    em,
    viewer,
    clientAddress,
    cookie,
    auth: new AuthService(em, deps),
    users: new UsersService(em, clientAddress, deps.signInLimits),
    groups: new GroupsService(em, clientAddress),
    recordings: new RecordingsService(em, clientAddress),
    exports: new ExportsService(em, deps.queue, clientAddress),
    audit: new AuditService(em),
    taskEvents: deps.taskEvents,
    recordingById: new BatchLoader(async (ids) => new Map((await em.find(Recording, { id: { $in: ids } })).map((r) => [r.id, r]))),
    evidence: new EvidenceService(em, deps.keyRing, clientAddress),
    roleGrants: new BatchLoader((ids) => roleGrantsOf(em, ids)),
    keyRing: deps.keyRing,
    settings: new SettingsService(em, clientAddress),
    taskServices: new TaskServicesService(em, clientAddress),
    taskServiceEvents: deps.taskServiceEvents,
  };
}
