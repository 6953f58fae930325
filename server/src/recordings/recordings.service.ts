import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import type { Caller } from '../access/caller.js';
import { activity, requirePlayer, requireRestrictionChange, requireVisibleRecording } from '../access/guards.js';
import type { AuditedAs } from '../access/refusal.js';
import { canSeeRestricted } from '../access/permissions.js';
import { recordAudit } from '../audit/record-audit.js';
import { badInput } from '../common/errors.js';
import { filterText } from '../common/filter-text.js';
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

const RESTRICTING = activity('restrict recordings', 'Restricting recordings');
const UNRESTRICTING = activity('lift restrictions', 'Lifting a restriction');

type Condition = [sql: string, params: unknown[]];

/** Turns the filter into SQL conditions; text matches are case-insensitive substrings. */
function conditions(filter: RecordingFilter, showRestricted: boolean): Condition[] {
  const out: Condition[] = [];
  const contains = (column: string, value: string | null) => {
    if (value) out.push([`r.${column} ilike ?`, [likeContains(value)]]);
  };
  contains('user_name', filterText(filter.userName, 'userName'));
  contains('server_name', filterText(filter.serverName, 'serverName'));
  contains('client_name', filterText(filter.clientName, 'clientName'));
  contains('client_ip', filterText(filter.clientIp, 'clientIp'));
  const application = filterText(filter.application, 'application');
  if (application) out.push(['exists (select 1 from unnest(r.applications) app where app ilike ?)', [likeContains(application)]]);
  if (filter.startedFrom) out.push(['r.started_at >= ?', [filter.startedFrom]]);
  if (filter.startedTo) out.push(['r.started_at <= ?', [filter.startedTo]]);
  const text = filterText(filter.text, 'text');
  if (text) {
    const like = likeContains(text);
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
    const refusedAs: AuditedAs = { action: restricted ? AuditAction.RECORDING_RESTRICTED : AuditAction.RECORDING_UNRESTRICTED, recordingIds: [id] };
    const viewer = requirePlayer(caller, restricted ? RESTRICTING : UNRESTRICTING, refusedAs);
    const recording = requireVisibleRecording(caller, viewer, isUuid(id) ? await this.em.findOne(Recording, { id }) : null, id, refusedAs);
    requireRestrictionChange(caller, viewer, restricted, refusedAs);
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
