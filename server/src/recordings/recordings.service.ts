import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import type { Caller } from '../access/caller.js';
import { requirePlayer, requireRestrictionChange, requireVisibleRecording } from '../access/guards.js';
import { canSeeRestricted } from '../access/permissions.js';
import { recordAudit } from '../audit/record-audit.js';
import { badInput } from '../common/errors.js';
import { decodeCursor, encodeCursor, isUuid, likeContains, pageSize } from '../common/keyset.js';
import { toPage, type Page } from '../common/page.js';
import { ORDER_COLUMNS, type RecordingOrderField, SortDirection } from './recording-order.js';
import { Recording } from './recording.entity.js';

export interface RecordingFilter {
  userName?: string | null;
  serverName?: string | null;
  clientName?: string | null;
  clientIp?: string | null;
  application?: string | null;
  startedFrom?: Date | null;
  startedTo?: Date | null;
  text?: string | null;
}

export interface RecordingOrder {
  field: RecordingOrderField;
  direction: SortDirection;
}

type Condition = [sql: string, params: unknown[]];

/** Turns the filter into SQL conditions; text matches are case-insensitive substrings. */
function conditions(filter: RecordingFilter, showRestricted: boolean): Condition[] {
  const out: Condition[] = [];
  const contains = (column: string, value: string | null | undefined) => {
    if (value?.trim()) out.push([`r.${column} ilike ?`, [likeContains(value.trim())]]);
  };
  contains('user_name', filter.userName);
  contains('server_name', filter.serverName);
  contains('client_name', filter.clientName);
  contains('client_ip', filter.clientIp);
  if (filter.application?.trim()) {
    out.push(['exists (select 1 from unnest(r.applications) app where app ilike ?)', [likeContains(filter.application.trim())]]);
  }
  if (filter.startedFrom) out.push(['r.started_at >= ?', [filter.startedFrom]]);
  if (filter.startedTo) out.push(['r.started_at <= ?', [filter.startedTo]]);
  if (filter.text?.trim()) {
    const like = likeContains(filter.text.trim());
    out.push([
      '(r.user_name ilike ? or r.server_name ilike ? or r.client_name ilike ? or r.client_ip ilike ? or exists (select 1 from unnest(r.applications) app where app ilike ?))',
      [like, like, like, like, like],
    ]);
  }
  if (!showRestricted) out.push(['r.restricted = false', []]);
  return out;
}

/** The catalog as players see it: searching, reading and restricting recordings. */
export class RecordingsService {
  constructor(private readonly em: EntityManager) {}

  async recordings(caller: Caller, filter: RecordingFilter, order: RecordingOrder, first: number, after?: string | null): Promise<Page<Recording>> {
    const viewer = requirePlayer(caller);
    const limit = pageSize(first);
    if (filter.startedFrom && filter.startedTo && filter.startedFrom > filter.startedTo) {
      throw badInput('The start of the time range is after its end.', 'startedFrom');
    }
    const { column, property, kind } = ORDER_COLUMNS[order.field];
    const where = conditions(filter, canSeeRestricted(viewer.roles));

    const count = this.em.createQueryBuilder(Recording, 'r');
    for (const [sql, params] of where) count.andWhere(sql, params);
    const totalCount = await count.getCount();

    const qb = this.em.createQueryBuilder(Recording, 'r');
    for (const [sql, params] of where) qb.andWhere(sql, params);
    const dir = order.direction === SortDirection.ASC ? 'asc' : 'desc';
    if (after) {
      const cursor = decodeCursor(after, kind, 'uuid');
      qb.andWhere(`(r.${column}, r.id) ${dir === 'asc' ? '>' : '<'} (?, ?)`, [cursor.value, cursor.id]);
    }
    const rows = await qb
      .orderBy({ [property]: dir, id: dir })
      .limit(limit + 1)
      .getResult();
    return toPage(
      rows,
      limit,
      totalCount,
      (r) => {
        const value = r[property];
        return encodeCursor(value instanceof Date ? value.toISOString() : value, r.id);
      },
      after,
    );
  }

  /** One recording; a restricted one is NOT_FOUND without PRIVILEGED_PLAYER, its existence not disclosed. */
  async recording(caller: Caller, id: string): Promise<Recording> {
    const viewer = requirePlayer(caller);
    return requireVisibleRecording(caller, viewer, isUuid(id) ? await this.em.findOne(Recording, { id }) : null, id);
  }

  /**
   * Marks a recording restricted (any player) or lifts the restriction (PRIVILEGED_PLAYER only),
   * audited in the same transaction. A recording the viewer cannot see is NOT_FOUND.
   */
  async setRestricted(caller: Caller, id: string, restricted: boolean): Promise<Recording> {
    const viewer = requirePlayer(caller);
    const recording = await this.recording(caller, id);
    requireRestrictionChange(caller, viewer, restricted);
    if (recording.restricted === restricted) return recording;
    await this.em.transactional(async (em) => {
      await em.nativeUpdate(Recording, { id: recording.id }, { restricted });
      recordAudit(em, {
        action: restricted ? AuditAction.RECORDING_RESTRICTED : AuditAction.RECORDING_UNRESTRICTED,
        outcome: AuditOutcome.SUCCESS,
        actorId: viewer.user.id,
        actorName: viewer.user.username,
        recordingId: recording.id,
        clientAddress: caller.clientAddress,
      });
    });
    recording.restricted = restricted;
    return recording;
  }
}
