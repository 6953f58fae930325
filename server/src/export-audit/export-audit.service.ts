import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import { requireAuditReader } from '../access/guards.js';
import { canSeeRestricted } from '../access/permissions.js';
import type { AuditCheckpoint } from '../audit/audit-checkpoint.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { CheckpointLog } from '../audit/checkpoint-log.js';
import { listCheckpoints, writeCheckpoint } from '../audit/checkpoints.js';
import { linkAuditEvents } from '../audit/chainer.js';
import { checkAuditIntegritySince, type VerifiedCheckpoint } from '../audit/integrity.js';
import type { AuditIntegrityReport } from '../audit/integrity.types.js';
import { BatchLoader } from '../common/batch-loader.js';
import { decodeCursor, encodeCursor, pageSize } from '../common/keyset.js';
import { toPage, type Page } from '../common/page.js';
import { countFromFirstPage, totalCount } from '../common/total-count.js';
import { Recording } from '../recordings/recording.entity.js';
import type { KeyRing } from '../signing/key-ring.js';
import { auditWhere, type AuditFilter } from './audit-filter.js';
import { csvLine } from './csv.js';
import { auditCsvBatches, CSV_COLUMNS } from './csv-stream.js';
import { isRestricted, redactForReader } from './redaction.js';

/** What auditors read (LOGGING_READER): the export audit, its integrity and its signed checkpoints. */
export class ExportAuditService {
  private readonly recordings: BatchLoader<string, Recording>;
  /** The newest checkpoint the last check found valid with the whole walk passing; null after a failed one. */
  private verified: VerifiedCheckpoint | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly keyRing: KeyRing,
    private readonly checkpointLog: CheckpointLog,
  ) {
    this.recordings = new BatchLoader(async (ids) => new Map((await em.find(Recording, { id: { $in: ids } })).map((r) => [r.id, r])));
  }

  /** The audit trail, newest first, in pages. */
  async exportAudit(caller: Caller, filter: AuditFilter, first: number, after?: string | null): Promise<Page<AuditEvent>> {
    const reader = requireAuditReader(caller);
    const limit = pageSize(first);
    const where = auditWhere(filter);
    // Events about a restricted recording the reader may not see are not found by its id either.
    if (filter.recordingId && !canSeeRestricted(reader.roles) && (await isRestricted(this.em, filter.recordingId)))
      return toPage([], limit, { count: 0, exact: true }, () => '', after);
    const qb = this.em.createQueryBuilder(AuditEvent, 'a').where(where);
    if (after) {
      const cursor = decodeCursor(after, 'date', 'serial');
      qb.andWhere('(a.occurred_at, a.id) < (?, ?)', [cursor.value, cursor.id]);
    }
    const rows = await qb
      .orderBy({ occurredAt: 'desc', id: 'desc' })
      .limit(limit + 1)
      .getResult();
    const total = await totalCount(this.em, this.em.createQueryBuilder(AuditEvent, 'a').where(where), countFromFirstPage(rows.length, limit, after));
    const visible = await redactForReader(this.em, reader.roles, rows);
    return toPage(visible, limit, total, (row) => encodeCursor(row.occurredAt.toISOString(), row.id), after);
  }

  /**
   * The filtered audit trail as CSV lines, header first, in id order (the order rows were
   * written). The database writes the lines (csv-stream.ts); rows are read a batch at a time as
   * the reader asks for them, so the size of the log does not matter.
   */
  csv(caller: Caller, filter: AuditFilter): AsyncIterable<string> {
    const reader = requireAuditReader(caller);
    const where = auditWhere(filter);
    const em = this.em;
    return (async function* lines() {
      // As in exportAudit: a restricted recording's events are not found by its id without PRIVILEGED_PLAYER.
      const hideRestricted = !canSeeRestricted(reader.roles);
      const hidden = !!filter.recordingId && hideRestricted && (await isRestricted(em, filter.recordingId));
      // What committed so far joins the chain first, so that its rows carry their hashes.
      await linkAuditEvents(em);
      yield csvLine(CSV_COLUMNS);
      if (hidden) return;
      yield* auditCsvBatches(em, where, hideRestricted);
    })();
  }

  /**
   * The integrity check, in a worker thread. Unless `full`, it starts after the newest checkpoint
   * an earlier check of this process found valid (and whose head is still in place), so only
   * what was added since is hashed again; a full walk also finds changes to older events.
   */
  async integrity(caller: Caller, full = false): Promise<AuditIntegrityReport> {
    requireAuditReader(caller);
    // What committed so far joins the chain first.
    await linkAuditEvents(this.em);
    const { report, verified } = await checkAuditIntegritySince(this.em, this.keyRing, this.checkpointLog, { since: full ? null : this.verified });
    this.verified = verified;
    return report;
  }

  checkpoints(caller: Caller, first: number, after?: string | null): Promise<Page<AuditCheckpoint>> {
    requireAuditReader(caller);
    return listCheckpoints(this.em, first, after);
  }

  createCheckpoint(caller: Caller): Promise<AuditCheckpoint | null> {
    requireAuditReader(caller);
    return writeCheckpoint(this.em, this.keyRing, this.checkpointLog);
  }

  /** The recording an event is about, when it still exists and the reader may see it (restricted ones need PRIVILEGED_PLAYER). */
  async recordingOf(caller: Caller, event: AuditEvent): Promise<Recording | null> {
    if (!event.recordingId || !caller.viewer) return null;
    const recording = await this.recordings.load(event.recordingId);
    return recording && (!recording.restricted || canSeeRestricted(caller.viewer.roles)) ? recording : null;
  }
}
