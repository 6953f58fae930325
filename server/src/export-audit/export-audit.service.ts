import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import { requireAuditReader } from '../access/guards.js';
import { canSeeRestricted } from '../access/permissions.js';
import { AUDIT_ACTION_LABELS } from '../audit/audit-action.js';
import type { AuditCheckpoint } from '../audit/audit-checkpoint.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { CheckpointLog } from '../audit/checkpoint-log.js';
import { listCheckpoints, writeCheckpoint } from '../audit/checkpoints.js';
import { checkAuditIntegrity } from '../audit/integrity.js';
import type { AuditIntegrityReport } from '../audit/integrity.types.js';
import { BatchLoader } from '../common/batch-loader.js';
import { decodeCursor, encodeCursor, pageSize } from '../common/keyset.js';
import { toPage, type Page } from '../common/page.js';
import { Recording } from '../recordings/recording.entity.js';
import type { KeyRing } from '../signing/key-ring.js';
import { auditWhere, type AuditFilter } from './audit-filter.js';
import { csvLine } from './csv.js';
import { isRestricted, redactForReader } from './redaction.js';

const CSV_BATCH = 1000;
const CSV_COLUMNS = [
  'id',
  'occurred_at',
  'action',
  'action_label',
  'outcome',
  'actor',
  'actor_id',
  'recording_id',
  'task_id',
  'reason',
  'detail',
  'client_address',
  'prev_hash',
  'hash',
  'withheld',
];

/** What auditors read (LOGGING_READER): the export audit, its integrity and its signed checkpoints. */
export class ExportAuditService {
  private readonly recordings: BatchLoader<string, Recording>;

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
      return toPage([], limit, 0, () => '', after);
    const totalCount = await this.em.count(AuditEvent, where);
    const qb = this.em.createQueryBuilder(AuditEvent, 'a').where(where);
    if (after) {
      const cursor = decodeCursor(after, 'date', 'serial');
      qb.andWhere('(a.occurred_at, a.id) < (?, ?)', [cursor.value, cursor.id]);
    }
    const rows = await qb
      .orderBy({ occurredAt: 'desc', id: 'desc' })
      .limit(limit + 1)
      .getResult();
    const visible = await redactForReader(this.em, reader.roles, rows);
    return toPage(visible, limit, totalCount, (row) => encodeCursor(row.occurredAt.toISOString(), row.id), after);
  }

  /**
   * The filtered audit trail as CSV lines, header first, oldest first (chain order). Rows are
   * read a batch at a time by id as the reader asks for them, so the size of the log does not matter.
   */
  csv(caller: Caller, filter: AuditFilter): AsyncIterable<string> {
    const reader = requireAuditReader(caller);
    const where = auditWhere(filter);
    const em = this.em;
    return (async function* lines() {
      // As in exportAudit: a restricted recording's events are not found by its id without PRIVILEGED_PLAYER.
      const hidden = !!filter.recordingId && !canSeeRestricted(reader.roles) && (await isRestricted(em, filter.recordingId));
      yield csvLine(CSV_COLUMNS);
      if (hidden) return;
      for (let after = '0'; ; ) {
        const rows = await em.find(AuditEvent, { ...where, id: { $gt: after } }, { orderBy: { id: 'asc' }, limit: CSV_BATCH, disableIdentityMap: true });
        const events = await redactForReader(em, reader.roles, rows);
        let chunk = '';
        for (const e of events) {
          chunk += csvLine([
            e.id,
            e.occurredAt,
            e.action,
            AUDIT_ACTION_LABELS[e.action] ?? e.action,
            e.outcome,
            e.actorName,
            e.actorId,
            e.recordingId,
            e.taskId,
            e.reason,
            e.detail,
            e.clientAddress,
            e.prevHash,
            e.hash,
            e.withheld ? 'yes' : '',
          ]);
        }
        if (chunk) yield chunk;
        if (rows.length < CSV_BATCH) return;
        after = rows[rows.length - 1]!.id;
      }
    })();
  }

  integrity(caller: Caller): Promise<AuditIntegrityReport> {
    requireAuditReader(caller);
    return checkAuditIntegrity(this.em, this.keyRing, this.checkpointLog);
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
