import type { EntityManager } from '@mikro-orm/postgresql';
import type { Signature, SignatureVerifier } from '../signing/key-ring.js';
import { AuditChainHead, AuditCheckpoint } from './audit-checkpoint.entity.js';
import { compareWithLog } from './checkpoint-log-compare.js';
import { factsOf } from './checkpoint-log-entry.js';
import type { CheckpointLog } from './checkpoint-log.js';
import { type CheckpointFacts, checkpointStatement } from './checkpoint-statement.js';
import { runChainWalk } from './integrity-walk-runner.js';
import { latestCheckpoint, lockCheckpoints } from './checkpoints.js';
import { AuditChainProblemKind, type AuditCheckpointProblem, AuditCheckpointProblemKind, type AuditIntegrityReport } from './integrity.types.js';

const CHECKPOINT_BATCH = 500;
/** Enough to act on; a log cut at its end can invalidate thousands of checkpoints at once. */
const MAX_CHECKPOINT_PROBLEMS = 20;

/** A checkpoint to judge against the chain, from the database or from the checkpoint log. */
interface JudgedCheckpoint {
  source: 'database' | 'log';
  checkpointId: string | null;
  number: number;
  facts: CheckpointFacts;
  signature: Signature;
}

/** A checkpoint found valid by a check whose whole walk passed: a later check may start after it. */
export interface VerifiedCheckpoint {
  number: number;
  headEventId: string;
  headHash: string;
  eventCount: string;
}

export interface IntegrityOptions {
  /** Bounds the checkpoint problems listed (all are counted). */
  maxProblems?: number;
  /**
   * Start the walk after this checkpoint, verified by an earlier check, instead of at the start
   * of the chain: only the events after it are hashed again, and only the checkpoints newer than
   * it are judged (it is judged again too). When its head is no longer where it signed it, the
   * whole chain is walked.
   */
  since?: VerifiedCheckpoint | null;
}

/**
 * Walks the linked audit chain in chain order (in a worker thread, see integrity-walk.ts),
 * recomputing every hash and link, and checks every checkpoint: its signature, that its head
 * event is still there with the same hash, and that the number of events up to it is unchanged.
 * The checkpoints judged are the database's and, when the checkpoint log can be read, the logged
 * ones the database lacks or holds otherwise; the two are compared number by number first
 * (compareWithLog). Only what was linked when the check started is judged, so appends during the
 * walk are not mistaken for damage; rows not linked yet are not part of the chain.
 */
export async function checkAuditIntegrity(
  rootEm: EntityManager,
  verifier: SignatureVerifier,
  checkpointLog: CheckpointLog,
  options: IntegrityOptions = {},
): Promise<AuditIntegrityReport> {
  return (await checkAuditIntegritySince(rootEm, verifier, checkpointLog, options)).report;
}

/** checkAuditIntegrity, also returning the newest checkpoint a later check may start after (null unless all is well). */
export async function checkAuditIntegritySince(
  rootEm: EntityManager,
  verifier: SignatureVerifier,
  checkpointLog: CheckpointLog,
  options: IntegrityOptions = {},
): Promise<{ report: AuditIntegrityReport; verified: VerifiedCheckpoint | null }> {
  const em = rootEm.fork();
  // The database's checkpoints and the log under the lock writers take, so that no checkpoint is
  // between the two; then the head, so that every checkpoint read is at or before the head read.
  const { lastCheckpoint, logRead } = await em.transactional(async (tx) => {
    await lockCheckpoints(tx, 'shared');
    return { lastCheckpoint: await latestCheckpoint(tx), logRead: await checkpointLog.read() };
  });
  const head = await em.findOne(AuditChainHead, { id: 1 }, { disableIdentityMap: true });
  const upTo = lastCheckpoint?.number ?? 0;
  const since = options.since && (await headStillSigned(em, options.since)) ? options.since : null;
  const after = since?.number ?? 0;

  const checkpointProblems: AuditCheckpointProblem[] = [];
  let problemCount = 0;
  const addProblem = (problem: AuditCheckpointProblem) => {
    problemCount++;
    if (checkpointProblems.length < (options.maxProblems ?? MAX_CHECKPOINT_PROBLEMS)) checkpointProblems.push(problem);
  };
  const comparison = await compareWithLog(em, upTo, logRead);
  comparison.problems.forEach(addProblem);
  // Checkpoints from the one the walk starts after (judged again: its signature is what vouches
  // for the events before it) up to the newest.
  const logged: JudgedCheckpoint[] = comparison.logged
    .filter(({ entry }) => entry.number > after)
    .map(({ entry, checkpointId }) => ({
      source: 'log',
      checkpointId,
      number: entry.number,
      facts: factsOf(entry),
      signature: { keyId: entry.keyId, algorithm: entry.algorithm as Signature['algorithm'], signature: entry.signature },
    }));
  const range = { $lte: upTo, $gte: after };

  // The heads to look out for on the walk.
  const storedHeads = await em
    .getConnection()
    .execute<{ id: string }[]>('select distinct head_event_id::text as id from audit_checkpoints where number <= ? and number >= ?', [upTo, after]);
  const walk = await runChainWalk({
    databaseUrl: em.config.get('clientUrl') as string,
    afterPosition: since?.eventCount ?? '0',
    previous: since ? { id: since.headEventId, hash: since.headHash } : null,
    endPosition: head?.eventCount ?? '0',
    watch: [...new Set([...storedHeads.map((row) => row.id), ...logged.map((checkpoint) => String(checkpoint.facts.headEventId))])],
  });

  let checkpointsValid = 0;
  let checkpointsTotal = 0;
  let newestValid: VerifiedCheckpoint | null = null;
  /** Signature first; then what the walk saw of its head. */
  const judge = async (checkpoint: JudgedCheckpoint) => {
    checkpointsTotal++;
    const { headEventId, headHash, eventCount } = checkpoint.facts;
    const event = walk.heads[String(headEventId)];
    const name = `${checkpoint.source === 'log' ? 'Logged checkpoint' : 'Checkpoint'} ${checkpoint.number}`;
    const problem = (kind: AuditCheckpointProblemKind, message: string) =>
      addProblem({ checkpointId: checkpoint.checkpointId, number: checkpoint.number, headEventId: String(headEventId), kind, message });
    if (!(await verifier.verify(checkpointStatement(checkpoint.facts), checkpoint.signature))) {
      return problem(
        AuditCheckpointProblemKind.BAD_SIGNATURE,
        `${name} does not carry a valid signature of key ${checkpoint.signature.keyId}: it was edited or forged.`,
      );
    }
    if (since && checkpoint.source === 'database' && checkpoint.number === since.number) {
      // Its head was found where it signed it before the walk (headStillSigned).
      checkpointsValid++;
      return;
    }
    if (!event) {
      const atEnd = BigInt(eventCount) > BigInt(walk.count);
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
    if (checkpoint.source === 'database' && (!newestValid || checkpoint.number > newestValid.number)) {
      newestValid = { number: checkpoint.number, headEventId: String(headEventId), headHash, eventCount: String(eventCount) };
    }
  };

  const stored = batches<AuditCheckpoint>(async (last) =>
    em.find(
      AuditCheckpoint,
      last ? { number: range, $or: [{ headEventId: { $gt: last.headEventId } }, { headEventId: last.headEventId, id: { $gt: last.id } }] } : { number: range },
      { orderBy: { headEventId: 'asc', id: 'asc' }, limit: CHECKPOINT_BATCH, disableIdentityMap: true },
    ),
  );
  const checkpoints = mergeByHead(async () => {
    const row = await stored.next();
    return row && { source: 'database', checkpointId: row.id, number: row.number, facts: row, signature: row };
  }, logged);
  for (let pending = await checkpoints.next(); pending; pending = await checkpoints.next()) await judge(pending);

  let firstProblem = walk.firstProblem;
  // The head remembers the newest event ever linked: rows cut off the end show here.
  if (!firstProblem && head && (head.lastEventId ?? null) !== walk.lastId) {
    firstProblem = {
      eventId: head.lastEventId ?? '0',
      kind: AuditChainProblemKind.EVENTS_MISSING_AT_END,
      message: `The chain head records audit event ${head.lastEventId} as the newest, but the log ends at ${walk.lastId ?? 'nothing'}: the newest events were removed.`,
    };
  }
  if (!firstProblem && head && (head.lastHash !== walk.lastHash || String(head.eventCount) !== String(walk.count))) {
    firstProblem = {
      eventId: head.lastEventId ?? '0',
      kind: AuditChainProblemKind.HEAD_MISMATCH,
      message: `The chain head (${head.eventCount} events, hash ${head.lastHash.slice(0, 12)}…) does not match the log (${walk.count} events, hash ${walk.lastHash.slice(0, 12)}…).`,
    };
  }

  const ok = !firstProblem && problemCount === 0;
  const report: AuditIntegrityReport = {
    ok,
    checkedAt: new Date(),
    eventsChecked: walk.walked,
    eventsInChain: walk.count,
    startedAfterCheckpoint: since?.number ?? null,
    headEventId: walk.lastId,
    headHash: walk.lastId ? walk.lastHash : null,
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
  return { report, verified: ok ? (newestValid ?? since) : null };
}

/** Whether a checkpoint's head is still the event at its position, with the hash it signed. */
async function headStillSigned(em: EntityManager, checkpoint: VerifiedCheckpoint): Promise<boolean> {
  const rows = await em.getConnection().execute<{ found: boolean }[]>(
    `select exists (select 1 from audit_events where chain_position = ? and id = ? and hash = ?)
          and exists (select 1 from audit_checkpoints where number = ? and head_event_id = ? and head_hash = ? and event_count = ?) as found`,
    [checkpoint.eventCount, checkpoint.headEventId, checkpoint.headHash, checkpoint.number, checkpoint.headEventId, checkpoint.headHash, checkpoint.eventCount],
  );
  return rows[0]?.found === true;
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
