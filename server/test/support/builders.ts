import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { callerOf, type Caller } from '../../src/access/caller.js';
import type { Role } from '../../src/access/role.js';
import { viewerOf } from '../../src/access/viewer.js';
import { User } from '../../src/auth/user.entity.js';
import { RecordingKind } from '../../src/recordings/recording-kind.js';
import { Recording } from '../../src/recordings/recording.entity.js';
import { TaskService } from '../../src/taskservices/task-service.entity.js';

/*
 * Rows for medium tests, written through the entities as the application writes them. Passwords
 * are not hashed: these users never sign in, they act through callers.
 */

export async function createUser(em: EntityManager, username: string, roles: Role[]): Promise<User> {
  const fork = em.fork();
  const user = fork.create(User, { username: `${username}-${randomBytes(3).toString('hex')}`, passwordHash: 'not-a-password', roles });
  await fork.flush();
  return user;
}

/** A caller signed in as `user` with exactly `roles` (its effective roles). */
export function callerFor(user: Pick<User, 'id' | 'username'>, roles: Role[], clientAddress = '192.0.2.10'): Caller {
  return callerOf(viewerOf(user, roles, { sessionId: randomUUID() }), clientAddress);
}

export const ANONYMOUS: Caller = callerOf(null, '192.0.2.99');

export async function createRecording(em: EntityManager, options: { restricted?: boolean; userName?: string } = {}): Promise<Recording> {
  const fork = em.fork();
  const startedAt = new Date('2026-11-20T09:14:03Z');
  const recording = fork.create(Recording, {
    userName: options.userName ?? 'jdoe',
    serverName: 'db-prod-01',
    clientName: 'LAPTOP-7',
    clientIp: '10.0.0.5',
    applications: ['psql'],
    protocol: 'RDP',
    startedAt,
    endedAt: new Date(startedAt.getTime() + 60_000),
    durationSeconds: 60,
    sizeBytes: 1000,
    kind: RecordingKind.VIDEO,
    format: 'webm',
    hasAudio: false,
    restricted: options.restricted ?? false,
    sourceLocation: `ab/${randomUUID()}.webm`,
    sourceSha256: randomBytes(32).toString('hex'),
  });
  await fork.flush();
  return recording;
}

export async function createTaskService(em: EntityManager, options: { authorized: boolean; hostName?: string }): Promise<TaskService> {
  const fork = em.fork();
  const now = new Date();
  const service = fork.create(TaskService, {
    id: randomUUID(),
    name: `worker-${randomBytes(3).toString('hex')}`,
    hostName: options.hostName ?? 'render-01',
    softwareVersion: '0.1.0',
    concurrency: 1,
    ffmpegVersion: '5.1',
    ffmpegSource: 'system',
    startedAt: now,
    lastHeartbeatAt: now,
    heartbeatTimeoutSeconds: 30,
    authorized: options.authorized,
  });
  await fork.flush();
  return service;
}
