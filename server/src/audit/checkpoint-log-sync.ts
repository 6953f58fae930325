import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import type { SignatureVerifier } from '../signing/key-ring.js';
import { AuditCheckpoint } from './audit-checkpoint.entity.js';
import { type CheckpointLogEntry, factsOf, logEntryOf } from './checkpoint-log-entry.js';
import type { CheckpointLog } from './checkpoint-log.js';
import { checkpointStatement } from './checkpoint-statement.js';

const BACKFILL_BATCH = 500;

/**
 * Run under the checkpoint lock before a new checkpoint is numbered. Mends the two states the
 * write order leaves behind and nothing else, and returns the database's newest checkpoint and
 * the number the log has reached (0 when it cannot be read: numbering then follows the database).
 *
 * - An empty or absent log while the database has checkpoints (the first start with a new log,
 *   or after the upgrade that introduced it): the database's checkpoints are copied into it,
 *   oldest first, so it covers them too.
 * - The log one checkpoint ahead of the database, with a valid signature: the process appended
 *   that line but its transaction did not commit. The row is written again from the line.
 *
 * Any other disagreement (a log behind the database, or ahead by more than one) is not mended,
 * and so not hidden: the next number follows the larger of the two, and auditIntegrity reports
 * the checkpoints missing on either side.
 */
export async function syncCheckpointLog(
  em: EntityManager,
  checkpointLog: CheckpointLog,
  verifier: SignatureVerifier,
  latest: AuditCheckpoint | null,
  log: Log,
): Promise<{ latest: AuditCheckpoint | null; loggedUpTo: number }> {
  const tail = await checkpointLog.last();
  if (!tail.readable) return { latest, loggedUpTo: 0 };
  const inDatabase = latest?.number ?? 0;
  if (!tail.entry) {
    if (latest) {
      await copyAll(em, checkpointLog);
      log(`copied ${inDatabase} audit checkpoint(s) into the new checkpoint log ${checkpointLog.file}`);
    }
    return { latest, loggedUpTo: inDatabase };
  }
  const entry = tail.entry;
  // A line that does not verify is not Custodian's: it neither numbers nor restores anything.
  if (!(await signed(entry, verifier))) return { latest, loggedUpTo: 0 };
  if (entry.number !== inDatabase + 1) return { latest, loggedUpTo: entry.number };
  const restored = em.create(AuditCheckpoint, {
    number: entry.number,
    createdAt: new Date(entry.createdAt),
    headEventId: entry.headEventId,
    headHash: entry.headHash,
    eventCount: entry.eventCount,
    keyId: entry.keyId,
    algorithm: entry.algorithm as 'Ed25519',
    signature: entry.signature,
  });
  await em.flush();
  log(`audit checkpoint ${entry.number} was in the checkpoint log but not in the database (its transaction did not commit): written again from the log`);
  return { latest: restored, loggedUpTo: entry.number };
}

function signed(entry: CheckpointLogEntry, verifier: SignatureVerifier): Promise<boolean> {
  return verifier.verify(checkpointStatement(factsOf(entry)), { keyId: entry.keyId, algorithm: entry.algorithm as 'Ed25519', signature: entry.signature });
}

async function copyAll(em: EntityManager, checkpointLog: CheckpointLog): Promise<void> {
  for (let after = 0; ; ) {
    const rows = await em.find(AuditCheckpoint, { number: { $gt: after } }, { orderBy: { number: 'asc' }, limit: BACKFILL_BATCH, disableIdentityMap: true });
    await checkpointLog.append(rows.map(logEntryOf));
    if (rows.length < BACKFILL_BATCH) return;
    after = rows[rows.length - 1]!.number;
  }
}
