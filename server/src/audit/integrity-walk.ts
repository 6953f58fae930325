import pg from 'pg';
import { CONNECTION_OPTIONS } from '../db/connection-options.js';
import { chainContent, chainHash, GENESIS_HASH } from './chain-hash.js';
import { AuditChainProblemKind } from './chain-problem-kind.js';
import type { AuditChainProblem } from './integrity.types.js';

const EVENT_BATCH = 1000;

/** Which part of the chain to walk, and whose hashes to note on the way. */
export interface WalkRequest {
  databaseUrl: string;
  /** The walk starts after this chain position (0: at the start), whose event is `previous`. */
  afterPosition: string;
  previous: { id: string; hash: string } | null;
  /** The last position to walk: the chain head read when the check started. */
  endPosition: string;
  /** Event ids (checkpoint heads) whose hash and number of events up to them are wanted. */
  watch: string[];
}

export interface WalkResult {
  /** Events in the chain up to the last one walked: the position the walk started after plus those walked. */
  count: number;
  walked: number;
  lastId: string | null;
  lastHash: string;
  firstProblem: AuditChainProblem | null;
  /** For each watched event found: its hash and the number of events up to it. */
  heads: Record<string, { hash: string; count: number }>;
}

/**
 * Walks the linked audit events in chain order, a batch at a time on a connection of its own
 * (memory stays constant however long the chain is), recomputing every hash and link. Runs in a
 * worker thread when the server runs compiled (integrity-walk.worker.ts), so that the API thread
 * is not busy hashing for the length of the walk.
 */
export async function walkChain(request: WalkRequest): Promise<WalkResult> {
  const client = new pg.Client({ connectionString: request.databaseUrl, application_name: 'custodian-audit-integrity', ...CONNECTION_OPTIONS });
  await client.connect();
  try {
    // As audit_event_hash hashes: in UTC whatever the server's default zone.
    await client.query(`set timezone to 'UTC'`);
    const watch = new Set(request.watch);
    const result: WalkResult = {
      count: Number(request.afterPosition),
      walked: 0,
      lastId: request.previous?.id ?? null,
      lastHash: request.previous?.hash ?? GENESIS_HASH,
      firstProblem: null,
      heads: {},
    };
    // Positions are consecutive, so a batch is a range of them: its size is known whatever the
    // table's statistics say, and only its rows are read (a range up to the end of the chain,
    // ordered and cut, can make the planner read all of it again for every batch).
    const end = BigInt(request.endPosition);
    for (let after = BigInt(request.afterPosition); after < end; after += BigInt(EVENT_BATCH)) {
      const last = after + BigInt(EVENT_BATCH) < end ? after + BigInt(EVENT_BATCH) : end;
      const { rows } = await client.query<EventRow>(
        `select a.id::text as id, a.hash, a.prev_hash, to_jsonb(a) - 'hash' - 'chain_position' as content
           from audit_events a where a.chain_position between $1 and $2 order by a.chain_position`,
        [String(after + 1n), String(last)],
      );
      for (const row of rows) {
        result.count++;
        result.walked++;
        if (!result.firstProblem) result.firstProblem = judgeEvent(row, result.lastId, result.lastHash, result.count);
        if (watch.has(row.id)) result.heads[row.id] = { hash: row.hash, count: result.count };
        result.lastHash = row.hash;
        result.lastId = row.id;
      }
    }
    return result;
  } finally {
    await client.end();
  }
}

/** One event as the chain hashes it: `content` is the row read as `to_jsonb(a) - 'hash' - 'chain_position'`. */
export interface EventRow {
  id: string;
  hash: string;
  prev_hash: string;
  content: Record<string, unknown>;
}

/** What is wrong with one event, given the event before it in the chain; null when nothing is. */
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
