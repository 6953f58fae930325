import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditCheckpoint } from './audit-checkpoint.entity.js';
import { type CheckpointLogEntry, differences } from './checkpoint-log-entry.js';
import type { LogRead } from './checkpoint-log.js';
import { type AuditCheckpointLogState, type AuditCheckpointProblem, AuditCheckpointProblemKind } from './integrity.types.js';

const BATCH = 500;

export interface LogComparison {
  /** In the order of the log's lines, then of the numbers. */
  problems: AuditCheckpointProblem[];
  /**
   * Logged checkpoints the database lacks or holds otherwise, in head order: the integrity walk
   * judges them against the chain like the database's own (the database row of the same number,
   * when there is one, is named by `checkpointId`).
   */
  logged: { entry: CheckpointLogEntry; checkpointId: string | null }[];
  state: AuditCheckpointLogState;
}

/**
 * Goes through the checkpoint numbers 1, 2, 3, ... of the database (up to `upTo`, what existed
 * when the log was read) and of the log together, and reports every number missing from both,
 * every checkpoint on one side only, and every one that differs between them. When the log could
 * not be read, only the database's own numbers are checked for gaps. Numbers past the last one
 * written cannot be missed; a checkpoint is what shows that events were cut off the end, and the
 * log is what shows that checkpoints were.
 *
 * The database's checkpoints are read a batch at a time; the log is held in memory (a line of a
 * few hundred bytes per checkpoint).
 */
export async function compareWithLog(em: EntityManager, upTo: number, read: LogRead): Promise<LogComparison> {
  const problems: AuditCheckpointProblem[] = [];
  const logged: LogComparison['logged'] = [];
  const problem = (kind: AuditCheckpointProblemKind, number: number | null, message: string, extra: Partial<AuditCheckpointProblem> = {}) =>
    problems.push({ checkpointId: null, headEventId: null, ...extra, number, kind, message });

  const byNumber = new Map<number, CheckpointLogEntry>();
  if (read.readable) {
    let highest = 0;
    for (const line of read.lines) {
      if ('error' in line) {
        problem(AuditCheckpointProblemKind.LOG_LINE_INVALID, null, `Line ${line.line} of the checkpoint log is not a checkpoint: ${line.error}.`);
        continue;
      }
      const { number } = line.entry;
      if (byNumber.has(number)) {
        problem(AuditCheckpointProblemKind.LOG_LINE_INVALID, number, `Line ${line.line} of the checkpoint log repeats checkpoint ${number}.`);
        continue;
      }
      if (number < highest)
        problem(
          AuditCheckpointProblemKind.LOG_LINE_INVALID,
          number,
          `Line ${line.line} of the checkpoint log holds checkpoint ${number} after checkpoint ${highest}: lines were moved.`,
        );
      byNumber.set(number, line.entry);
      highest = Math.max(highest, number);
    }
  }

  let expected = 1;
  const visit = (number: number, stored: AuditCheckpoint | undefined) => {
    if (number > expected) {
      const range = number - 1 === expected ? `${expected}` : `${expected} to ${number - 1}`;
      problem(
        AuditCheckpointProblemKind.NUMBER_MISSING,
        expected,
        read.readable
          ? `No checkpoint is numbered ${range}, in the database or in the checkpoint log: checkpoints were removed from both.`
          : `The database has no checkpoint numbered ${range}: checkpoints were removed.`,
      );
    }
    expected = number + 1;
    const entry = byNumber.get(number);
    if (stored && entry) {
      const differing = differences(entry, stored);
      if (differing.length === 0) return;
      problem(
        AuditCheckpointProblemKind.LOG_MISMATCH,
        number,
        `Checkpoint ${number} differs between the database and the checkpoint log (${differing.join(', ')}): one of them was edited.`,
        { checkpointId: stored.id, headEventId: stored.headEventId },
      );
      logged.push({ entry, checkpointId: stored.id });
    } else if (stored) {
      if (read.readable)
        problem(
          AuditCheckpointProblemKind.NOT_IN_LOG,
          number,
          `Checkpoint ${number} is in the database but not in the checkpoint log: the log was cut or edited, or is not the log of this database.`,
          { checkpointId: stored.id, headEventId: stored.headEventId },
        );
    } else if (entry) {
      problem(
        AuditCheckpointProblemKind.NOT_IN_DATABASE,
        number,
        `Checkpoint ${number} (audit event ${entry.headEventId}, ${entry.eventCount} events) is in the checkpoint log but not in the database: it was removed from the database.`,
        { headEventId: entry.headEventId },
      );
      logged.push({ entry, checkpointId: null });
    }
  };

  const logNumbers = [...byNumber.keys()].sort((a, b) => a - b);
  let next = 0;
  for (let after = 0; ; ) {
    const rows = await em.find(AuditCheckpoint, { number: { $gt: after, $lte: upTo } }, { orderBy: { number: 'asc' }, limit: BATCH, disableIdentityMap: true });
    for (const row of rows) {
      while (next < logNumbers.length && logNumbers[next]! < row.number) visit(logNumbers[next++]!, undefined);
      if (logNumbers[next] === row.number) next++;
      visit(row.number, row);
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]!.number;
  }
  while (next < logNumbers.length) visit(logNumbers[next++]!, undefined);

  logged.sort((a, b) => Number(BigInt(a.entry.headEventId) - BigInt(b.entry.headEventId)) || a.entry.number - b.entry.number);
  return {
    problems,
    logged,
    state: { compared: read.readable, entries: byNumber.size, reason: read.readable ? null : read.reason },
  };
}
