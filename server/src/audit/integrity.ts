import type { EntityManager } from '@mikro-orm/postgresql';
import type { KeyRing } from '../signing/key-ring.js';
import { AuditChainHead, AuditCheckpoint } from './audit-checkpoint.entity.js';
import { chainContent, chainHash, GENESIS_HASH } from './chain-hash.js';
import { checkpointStatement } from './checkpoint-statement.js';
import {
  type AuditChainProblem,
  AuditChainProblemKind,
  type AuditCheckpointProblem,
  AuditCheckpointProblemKind,
  type AuditIntegrityReport,
} from './integrity.types.js';

const EVENT_BATCH = 1000;
const CHECKPOINT_BATCH = 500;
/** Enough to act on; a log cut at its end can invalidate thousands of checkpoints at once. */
const MAX_CHECKPOINT_PROBLEMS = 20;

interface EventRow {
  id: string;
  hash: string;
  prev_hash: string;
  content: Record<string, unknown>;
}

/**
 * Walks the audit chain in id order, a batch at a time (memory stays constant however long the
 * log is), recomputing every hash and link, and checks every checkpoint along the way: its
 * signature, that its head event is still there with the same hash, and that the number of
 * events up to it is unchanged. Only what existed when the check started is judged, so appends
 * during the walk are not mistaken for damage.
 */
export async function checkAuditIntegrity(rootEm: EntityManager, keyRing: KeyRing): Promise<AuditIntegrityReport> {
  const em = rootEm.fork();
  // Checkpoints first, then the head: every checkpoint read is then at or before the head read.
  const lastCheckpoint = (await em.find(AuditCheckpoint, {}, { orderBy: { id: 'desc' }, limit: 1 }))[0] ?? null;
  const head = await em.findOne(AuditChainHead, { id: 1 });
  const endId = head?.lastEventId ?? '0';

  const checkpoints = batches<AuditCheckpoint>(async (after) =>
    lastCheckpoint
      ? em.find(
          AuditCheckpoint,
          after
            ? { id: { $lte: lastCheckpoint.id }, $or: [{ headEventId: { $gt: after.headEventId } }, { headEventId: after.headEventId, id: { $gt: after.id } }] }
            : { id: { $lte: lastCheckpoint.id } },
          {
            orderBy: { headEventId: 'asc', id: 'asc' },
            limit: CHECKPOINT_BATCH,
            disableIdentityMap: true,
          },
        )
      : [],
  );
  const checkpointProblems: AuditCheckpointProblem[] = [];
  let checkpointsValid = 0;
  let checkpointsTotal = 0;
  const checkpointProblem = (checkpoint: AuditCheckpoint, kind: AuditCheckpointProblemKind, message: string) => {
    if (checkpointProblems.length < MAX_CHECKPOINT_PROBLEMS)
      checkpointProblems.push({ checkpointId: checkpoint.id, headEventId: checkpoint.headEventId, kind, message });
  };
  /** Signature first; then what the chain says about its head (`event` undefined: the head is gone). */
  const judge = async (checkpoint: AuditCheckpoint, event: { hash: string; count: number } | undefined, atEnd = false) => {
    checkpointsTotal++;
    const signed = await keyRing.verify(checkpointStatement(checkpoint), {
      keyId: checkpoint.keyId,
      algorithm: checkpoint.algorithm,
      signature: checkpoint.signature,
    });
    if (!signed) {
      return checkpointProblem(
        checkpoint,
        AuditCheckpointProblemKind.BAD_SIGNATURE,
        `Checkpoint ${checkpoint.id} does not carry a valid signature of key ${checkpoint.keyId}: it was edited or forged.`,
      );
    }
    if (!event) {
      return checkpointProblem(
        checkpoint,
        AuditCheckpointProblemKind.HEAD_MISSING,
        `Checkpoint ${checkpoint.id} covers audit event ${checkpoint.headEventId}, which no longer exists: events were removed${atEnd ? ' from the end of the log' : ''}.`,
      );
    }
    if (event.hash !== checkpoint.headHash) {
      return checkpointProblem(
        checkpoint,
        AuditCheckpointProblemKind.HEAD_CHANGED,
        `Audit event ${checkpoint.headEventId} no longer has the hash checkpoint ${checkpoint.id} signed: it or an event before it was changed.`,
      );
    }
    if (String(event.count) !== String(checkpoint.eventCount)) {
      return checkpointProblem(
        checkpoint,
        AuditCheckpointProblemKind.COUNT_CHANGED,
        `Checkpoint ${checkpoint.id} signed ${checkpoint.eventCount} events up to event ${checkpoint.headEventId}; the log now has ${event.count}: events before it were removed or added.`,
      );
    }
    checkpointsValid++;
  };

  let firstProblem: AuditChainProblem | null = null;
  let previousHash = GENESIS_HASH;
  let previousId: string | null = null;
  let count = 0;
  let pending = await checkpoints.next();

  for (let after = '0'; ; ) {
    const rows = await readEvents(em, after, endId);
    for (const row of rows) {
      count++;
      if (!firstProblem) firstProblem = judgeEvent(row, previousId, previousHash, count);
      while (pending && BigInt(pending.headEventId) < BigInt(row.id)) {
        await judge(pending, undefined);
        pending = await checkpoints.next();
      }
      while (pending && pending.headEventId === row.id) {
        await judge(pending, { hash: row.hash, count });
        pending = await checkpoints.next();
      }
      previousHash = row.hash;
      previousId = row.id;
    }
    if (rows.length < EVENT_BATCH) break;
    after = rows[rows.length - 1].id;
  }
  for (; pending; pending = await checkpoints.next()) await judge(pending, undefined, true);

  // The head remembers the newest event ever appended: rows cut off the end show here.
  if (!firstProblem && head && (head.lastEventId ?? null) !== previousId) {
    firstProblem = {
      eventId: head.lastEventId ?? '0',
      kind: AuditChainProblemKind.EVENTS_MISSING_AT_END,
      message: `The chain head records audit event ${head.lastEventId} as the newest, but the log ends at ${previousId ?? 'nothing'}: the newest events were removed.`,
    };
  }
  if (!firstProblem && head && (head.lastHash !== previousHash || String(head.eventCount) !== String(count))) {
    firstProblem = {
      eventId: head.lastEventId ?? '0',
      kind: AuditChainProblemKind.HEAD_MISMATCH,
      message: `The chain head (${head.eventCount} events, hash ${head.lastHash.slice(0, 12)}…) does not match the log (${count} events, hash ${previousHash.slice(0, 12)}…).`,
    };
  }

  return {
    ok: !firstProblem && checkpointProblems.length === 0,
    checkedAt: new Date(),
    eventsChecked: count,
    headEventId: previousId,
    headHash: previousId ? previousHash : null,
    firstProblem,
    checkpoints: {
      total: checkpointsTotal,
      valid: checkpointsValid,
      latest: lastCheckpoint,
      problems: checkpointProblems,
      problemCount: checkpointsTotal - checkpointsValid,
    },
  };
}

/** One batch of events as the chain hashes them, read in UTC like the insert trigger hashes them. */
async function readEvents(em: EntityManager, after: string, endId: string): Promise<EventRow[]> {
  return em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext();
    await conn.execute(`set local timezone to 'UTC'`, [], 'run', ctx);
    return conn.execute(
      `select a.id::text as id, a.hash, a.prev_hash, to_jsonb(a) - 'hash' as content
         from audit_events a where a.id > ? and a.id <= ? order by a.id limit ?`,
      [after, endId, EVENT_BATCH],
      'all',
      ctx,
    );
  });
}

/** What is wrong with one event, given the event before it; null when nothing is. */
export function judgeEvent(row: EventRow, previousId: string | null, previousHash: string, position: number): AuditChainProblem | null {
  if (chainHash(chainContent(row.content, row.id)) !== row.hash) {
    return {
      eventId: row.id,
      kind: AuditChainProblemKind.CONTENT_CHANGED,
      message: `Audit event ${row.id} was changed after it was written: its content no longer matches its hash.`,
    };
  }
  if (row.prev_hash !== previousHash) {
    const message =
      position === 1
        ? `Audit event ${row.id} is the first in the log but does not start the chain: the events before it were removed.`
        : `Audit event ${row.id} does not link to audit event ${previousId}, the one before it: events between them were removed, or a link was edited.`;
    return { eventId: row.id, kind: AuditChainProblemKind.LINK_BROKEN, message };
  }
  return null;
}

/** Reads a keyset-ordered list a batch at a time, one item per `next()`. */
function batches<T>(load: (after: T | undefined) => Promise<T[]>): { next(): Promise<T | undefined> } {
  let buffer: T[] = [];
  let last: T | undefined;
  let done = false;
  return {
    async next() {
      if (buffer.length === 0 && !done) {
        buffer = await load(last);
        if (buffer.length === 0) done = true;
      }
      const item = buffer.shift();
      if (item) last = item;
      return item;
    },
  };
}
