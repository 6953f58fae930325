import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../../src/auth/user.entity.js';
import { request } from '../../src/exports/export-task-lifecycle.js';
import { resolveRenderOptions } from '../../src/exports/render-options.js';
import type { Recording } from '../../src/recordings/recording.entity.js';

export const REQUEST_REASON = 'Case 2026-114: unauthorized payment approvals';

/** Runs `work` in a transaction of a fresh unit of work, as the application's callers of the lifecycle do. */
export function inTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return em.fork().transactional(work);
}

/**
 * PENDING export tasks of one request by `requester`, made through the lifecycle: one per
 * recording given (the same recording may come several times). No job is queued for them.
 */
export async function requestTasks(em: EntityManager, requester: Pick<User, 'id' | 'username'>, recordings: readonly Recording[]): Promise<string[]> {
  const tasks = await inTransaction(em, (tx) =>
    request(tx, {
      requester: { id: requester.id, username: requester.username },
      reason: REQUEST_REASON,
      idempotencyKey: null,
      clientAddress: '192.0.2.10',
      recordings,
      renderOptions: resolveRenderOptions(null),
    }),
  );
  return tasks.map((task) => task.id);
}
