import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor, pageSize } from '../common/keyset.js';
import { toPage, type Page } from '../common/page.js';
import type { KeyRing } from '../signing/key-ring.js';
import { AuditChainHead, AuditCheckpoint } from './audit-checkpoint.entity.js';
import { checkpointStatement } from './checkpoint-statement.js';
import type { Log } from '../common/log.js';

/**
 * Signs the current chain head into audit_checkpoints, unless the newest checkpoint already
 * covers it (or the chain is empty). Several API processes may run this at once: a transaction
 * lock lets one of them write.
 */
export async function writeCheckpoint(rootEm: EntityManager, keyRing: KeyRing): Promise<AuditCheckpoint | null> {
  return rootEm.fork().transactional(async (em) => {
    await em.getConnection().execute(`select pg_advisory_xact_lock(hashtext('custodian-audit-checkpoint'))`, [], 'run', em.getTransactionContext());
    const head = await em.findOne(AuditChainHead, { id: 1 });
    if (!head?.lastEventId) return null;
    const latest = (await em.find(AuditCheckpoint, {}, { orderBy: { id: 'desc' }, limit: 1 }))[0] ?? null;
    if (latest?.headEventId === head.lastEventId) return null;
    const facts = { createdAt: new Date(), headEventId: head.lastEventId, headHash: head.lastHash, eventCount: head.eventCount };
    // Another process may have rotated the key since this one started.
    await keyRing.refresh();
    const signature = keyRing.sign(checkpointStatement(facts));
    return em.create(AuditCheckpoint, { ...facts, keyId: signature.keyId, algorithm: signature.algorithm, signature: signature.signature });
  });
}

/** Writes a checkpoint now and then every `intervalMinutes`; returns a function that stops it. */
export function startCheckpointSchedule(options: { em: EntityManager; keyRing: KeyRing; intervalMinutes: number; log: Log }): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = writeCheckpoint(options.em, options.keyRing)
      .then((checkpoint) => {
        if (checkpoint)
          options.log(`audit checkpoint ${checkpoint.id}: ${checkpoint.eventCount} events up to ${checkpoint.headEventId}, signed by ${checkpoint.keyId}`);
      })
      .catch((error: Error) => options.log(`audit checkpoint failed: ${error.message}`));
  };
  tick();
  const timer = setInterval(tick, options.intervalMinutes * 60_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/** Checkpoints, newest first, with keyset pagination on the id. */
export async function listCheckpoints(em: EntityManager, first: number, after?: string | null): Promise<Page<AuditCheckpoint>> {
  const limit = pageSize(first);
  const totalCount = await em.count(AuditCheckpoint, {});
  const where = after ? { id: { $lt: decodeCursor(after, 'number', 'serial').id } } : {};
  const rows = await em.find(AuditCheckpoint, where, { orderBy: { id: 'desc' }, limit: limit + 1 });
  return toPage(rows, limit, totalCount, (row) => encodeCursor(Number(row.id), row.id), after);
}
