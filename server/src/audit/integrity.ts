import type { EntityManager } from '@mikro-orm/postgresql';
import type { Signature, SignatureVerifier } from '../signing/key-ring.js';
import { AuditChainHead, AuditCheckpoint } from './audit-checkpoint.entity.js';
import { chainContent, chainHash, GENESIS_HASH } from './chain-hash.js';
import { compareWithLog } from './checkpoint-log-compare.js';
import { factsOf } from './checkpoint-log-entry.js';
import type { CheckpointLog } from './checkpoint-log.js';
import { type CheckpointFacts, checkpointStatement } from './checkpoint-statement.js';
import { latestCheckpoint, lockCheckpoints } from './checkpoints.js';
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

/** A checkpoint to judge against the chain, from the database or from the checkpoint log. */
interface JudgedCheckpoint {
  source: 'database' | 'log';
  checkpointId: string | null;
  number: number;
  facts: CheckpointFacts;
  signature: Signature;
}

/**
 * Walks the audit chain in id order, a batch at a time (memory stays constant however long the
 * log is; only the checkpoint log, a line per checkpoint, is read whole), recomputing every hash and link, and checks every checkpoint along the way: its
 * signature, that its head event is still there with the same hash, and that the number of
 * events up to it is unchanged. The checkpoints judged are the database's and, when the checkpoint
 * log can be read, the logged ones the database lacks or holds otherwise; the two are compared
 * number by number first (compareWithLog). Only what existed when the check started is judged, so
 * appends during the walk are not mistaken for damage.
 *
 * `maxProblems` bounds the checkpoint problems listed (all are counted).
 */
export async function checkAuditIntegrity(
  rootEm: EntityManager,
  verifier: SignatureVerifier,
  checkpointLog: CheckpointLog,
  options: { maxProblems?: number } = {},
): Promise<AuditIntegrityReport> {
  const em = rootEm.fork();
  // The database's checkpoints and the log under the lock writers take, so that no checkpoint is
  // between the two; then the head, so that every checkpoint read is at or before the head read.
  const { lastCheckpoint, logRead } = await em.transactional(async (tx) => {
    await lockCheckpoints(tx, 'shared');
    return { lastCheckpoint: await latestCheckpoint(tx), logRead: await checkpointLog.read() };
  });
  const head = await em.findOne(AuditChainHead, { id: 1 });
  const endId = head?.lastEventId ?? '0';
  const upTo = lastCheckpoint?.number ?? 0;

  const checkpointProblems: AuditCheckpointProblem[] = [];
  let problemCount = 0;
  const addProblem = (problem: AuditCheckpointProblem) => {
    problemCount++;
    if (checkpointProblems.length < (options.maxProblems ?? MAX_CHECKPOINT_PROBLEMS)) checkpointProblems.push(problem);
  };
  const comparison = await compareWithLog(em, upTo, logRead);
  comparison.problems.forEach(addProblem);

  const stored = batches<AuditCheckpoint>(async (after) =>
    em.find(
      AuditCheckpoint,
      after
        ? { number: { $lte: upTo }, $or: [{ headEventId: { $gt: after.headEventId } }, { headEventId: after.headEventId, id: { $gt: after.id } }] }
        : { number: { $lte: upTo } },
      { orderBy: { headEventId: 'asc', id: 'asc' }, limit: CHECKPOINT_BATCH, disableIdentityMap: true },
    ),
  );
  const checkpoints = mergeByHead(
    async () => {
      const row = await stored.next();
      return row && { source: 'database', checkpointId: row.id, number: row.number, facts: row, signature: row };
    },
    comparison.logged.map(({ entry, checkpointId }) => ({
      source: 'log',
      checkpointId,
      number: entry.number,
      facts: factsOf(entry),
      signature: { keyId: entry.keyId, algorithm: entry.algorithm as Signature['algorithm'], signature: entry.signature },
    })),
  );
  let checkpointsValid = 0;
  let checkpointsTotal = 0;
  /** Signature first; then what the chain says about its head (`event` undefined: the head is gone). */
  const judge = async (checkpoint: JudgedCheckpoint, event: { hash: string; count: number } | undefined, atEnd = false) => {
    checkpointsTotal++;
    const { headEventId, headHash, eventCount } = checkpoint.facts;
    const name = `${checkpoint.source === 'log' ? 'Logged checkpoint' : 'Checkpoint'} ${checkpoint.number}`;
    const problem = (kind: AuditCheckpointProblemKind, message: string) =>
      addProblem({ checkpointId: checkpoint.checkpointId, number: checkpoint.number, headEventId: String(headEventId), kind, message });
    if (!(await verifier.verify(checkpointStatement(checkpoint.facts), checkpoint.signature))) {
      return problem(
        AuditCheckpointProblemKind.BAD_SIGNATURE,
        `${name} does not carry a valid signature of key ${checkpoint.signature.keyId}: it was edited or forged.`,
      );
    }
    if (!event) {
      return problem(
        AuditCheckpointProblemKind.HEAD_MISSING,
        `${name} covers audit event ${headEventId}, which no longer exists: events were removed${atEnd ? ' from the end of the log' : ''}.`,
      );
    }
    if (event.hash !== headHash) {
      return problem(
        AuditCheckpointProblemKind.HEAD_CHANGED,
        `Audit event ${headEventId} no longer has the hash ${name.toLowerCase()} signed: it or an event before it was changed.`,
      );
    }
    if (String(event.count) !== String(eventCount)) {
      return problem(
        AuditCheckpointProblemKind.COUNT_CHANGED,
        `${name} signed ${eventCount} events up to event ${headEventId}; the log now has ${event.count}: events before it were removed or added.`,
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
      while (pending && BigInt(pending.facts.headEventId) < BigInt(row.id)) {
        await judge(pending, undefined);
        pending = await checkpoints.next();
      }
      while (pending && String(pending.facts.headEventId) === row.id) {
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
    ok: !firstProblem && problemCount === 0,
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
      problemCount,
      log: comparison.state,
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

/** The database's checkpoints and the logged ones, both in head order, as one list in head order. */
function mergeByHead(nextStored: () => Promise<JudgedCheckpoint | undefined>, logged: JudgedCheckpoint[]): { next(): Promise<JudgedCheckpoint | undefined> } {
  let stored: JudgedCheckpoint | undefined;
  let storedRead = false;
  let index = 0;
  return {
    async next() {
      if (!storedRead) {
        stored = await nextStored();
        storedRead = true;
      }
      const fromLog = logged[index];
      if (stored && (!fromLog || BigInt(stored.facts.headEventId) <= BigInt(fromLog.facts.headEventId))) {
        storedRead = false;
        return stored;
      }
      if (fromLog) index++;
      return fromLog;
    },
  };
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
