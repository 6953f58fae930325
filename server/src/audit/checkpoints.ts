import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor, pageSize } from '../common/keyset.js';
import { toPage, type Page } from '../common/page.js';
import { countFromFirstPage, totalCount } from '../common/total-count.js';
import { auditWriteFailed } from '../metrics/audit-observation.js';
import { checkSigningKeyActive } from '../signing/active-signing-key.js';
import type { KeyRing } from '../signing/key-ring.js';
import { AuditChainHead, AuditCheckpoint } from './audit-checkpoint.entity.js';
import { linkAuditEvents } from './chainer.js';
import { logEntryOf } from './checkpoint-log-entry.js';
import { syncCheckpointLog } from './checkpoint-log-sync.js';
import type { CheckpointLog } from './checkpoint-log.js';
import { checkpointStatement } from './checkpoint-statement.js';
import type { Log } from '../common/log.js';

/** Taken by whoever writes checkpoints (exclusive) and by the integrity check while it reads them and the log (shared). */
export async function lockCheckpoints(em: EntityManager, mode: 'exclusive' | 'shared'): Promise<void> {
  const lock = mode === 'exclusive' ? 'pg_advisory_xact_lock' : 'pg_advisory_xact_lock_shared';
  await em.getConnection().execute(`select ${lock}(hashtext('custodian-audit-checkpoint'))`, [], 'run', em.getTransactionContext());
}

/** The newest checkpoint in the database. */
export async function latestCheckpoint(em: EntityManager): Promise<AuditCheckpoint | null> {
  return (await em.find(AuditCheckpoint, {}, { orderBy: { number: 'desc' }, limit: 1 }))[0] ?? null;
}

/**
 * Links what committed, then signs the current chain head into audit_checkpoints and the checkpoint log, unless the newest
 * checkpoint already covers it (or the chain is empty). Several API processes may run this at
 * once: a transaction lock lets one of them write, and numbers are assigned under it.
 *
 * Order of writes: the row is inserted (not yet committed), then its line is appended to the log
 * and synced, and only then does the transaction commit. A checkpoint counts as written once it
 * is in both.
 * - The append or the sync fails: the error rolls the transaction back, so the database has no
 *   checkpoint the log lacks, and the next checkpoint takes the same number. A line torn by the
 *   failure stays in the log and is reported by the integrity check as not a checkpoint.
 * - The commit fails after the sync: the log has one checkpoint more than the database. The
 *   integrity check reports it as missing from the database until the next checkpoint is
 *   written, which first writes that row again from the log (syncCheckpointLog).
 */
export async function writeCheckpoint(
  rootEm: EntityManager,
  keyRing: KeyRing,
  checkpointLog: CheckpointLog,
  log: Log = () => {},
): Promise<AuditCheckpoint | null> {
  // What committed so far joins the chain first; a checkpoint covers linked events only.
  await linkAuditEvents(rootEm);
  return rootEm.fork().transactional(async (em) => {
    await lockCheckpoints(em, 'exclusive');
    const head = await em.findOne(AuditChainHead, { id: 1 });
    const { latest, loggedUpTo } = await syncCheckpointLog(em, checkpointLog, keyRing, await latestCheckpoint(em), log);
    if (!head?.lastEventId) return null;
    if (latest?.headEventId === head.lastEventId) return null;
    const facts = { createdAt: new Date(), headEventId: head.lastEventId, headHash: head.lastHash, eventCount: head.eventCount };
    // Another process may have rotated the key since this one started.
    await keyRing.refresh();
    await checkSigningKeyActive(em, keyRing.activeKeyId);
    const signature = keyRing.sign(checkpointStatement(facts));
    const checkpoint = em.create(AuditCheckpoint, {
      ...facts,
      number: Math.max(latest?.number ?? 0, loggedUpTo) + 1,
      keyId: signature.keyId,
      algorithm: signature.algorithm,
      signature: signature.signature,
    });
    // The row first, so that a refused insert stops before the log; then the line, synced.
    await em.flush();
    await checkpointLog.append([logEntryOf(checkpoint)]);
    return checkpoint;
  });
}

/** Writes a checkpoint now and then every `intervalMinutes`; returns a function that stops it. */
export function startCheckpointSchedule(options: {
  em: EntityManager;
  keyRing: KeyRing;
  checkpointLog: CheckpointLog;
  intervalMinutes: number;
  log: Log;
}): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = writeCheckpoint(options.em, options.keyRing, options.checkpointLog, options.log)
      .then((checkpoint) => {
        if (checkpoint)
          options.log(`audit checkpoint ${checkpoint.number}: ${checkpoint.eventCount} events up to ${checkpoint.headEventId}, signed by ${checkpoint.keyId}`);
      })
      .catch((error: Error) => {
        auditWriteFailed('checkpoint');
        options.log(`audit checkpoint failed: ${error.message}`);
      });
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
  const where = after ? { id: { $lt: decodeCursor(after, 'number', 'serial').id } } : {};
  const rows = await em.find(AuditCheckpoint, where, { orderBy: { id: 'desc' }, limit: limit + 1 });
  const total = await totalCount(em, em.createQueryBuilder(AuditCheckpoint), countFromFirstPage(rows.length, limit, after));
  return toPage(rows, limit, total, (row) => encodeCursor(Number(row.id), row.id), after);
}
