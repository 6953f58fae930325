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
import { countFromFirstPage, estimatedRows, totalCount } from '../common/total-count.js';
import { ORDER_COLUMNS, RecordingOrderField, SortDirection } from './recording-order.js';
import { Recording } from './recording.entity.js';
import { type FilterValues, fewestValues, filterValues, type ValueColumn } from './filter-values.js';
import type { RecordingKind } from './recording-kind.js';

export interface RecordingFilter {
  userName?: string | null;
  serverName?: string | null;
  clientName?: string | null;
  clientIp?: string | null;
  application?: string | null;
  startedFrom?: Date | null;
  startedTo?: Date | null;
  text?: string | null;
  kind?: RecordingKind | null;
  restricted?: boolean | null;
}

export interface RecordingOrder {
  field: RecordingOrderField;
  direction: SortDirection;
}

const RESTRICTING = activity('restrict recordings', 'Restricting recordings');
const UNRESTRICTING = activity('lift restrictions', 'Lifting a restriction');

export type Condition = [sql: string, params: unknown[]];

/** Every field the free text is matched against, as the search column holds them (see the migration). */
const TEXT_FIELDS_MATCH =
  '(r.user_name ilike ? or r.server_name ilike ? or r.client_name ilike ? or r.client_ip ilike ? or exists (select 1 from unnest(r.applications) app where app ilike ?))';
const APPLICATIONS_MATCH = 'exists (select 1 from unnest(r.applications) app where app ilike ?)';

/**
 * Turns the filter into SQL conditions; text matches are case-insensitive substrings, each served
 * by a trigram index (Migration20261210100000). Free text and applications are matched on columns
 * that join several values with a newline; a pattern holding a newline could match across two of
 * them, so for that one it is checked value by value as well.
 *
 * `values` holds, for user, server, client name or client IP filters, every value of the column that contains
 * the filter's text (see filter-values.ts): such a filter is matched by those values exactly, which
 * finds the same rows through the btree indexes. The column `without` gets no condition (the
 * caller matches it value by value).
 */
export function recordingConditions(filter: RecordingFilter, showRestricted: boolean, values: FilterValues = {}, without?: ValueColumn): Condition[] {
  const out: Condition[] = [];
  const contains = (column: string, value: string | null) => {
    if (!value || column === without) return;
    const exact = values[column as ValueColumn];
    if (!exact) out.push([`r.${column} ilike ?`, [likeContains(value)]]);
    else if (exact.length === 0) out.push(['false', []]);
    else out.push([`r.${column} in (${exact.map(() => '?').join(', ')})`, exact]);
  };
  contains('user_name', filterText(filter.userName, 'userName'));
  contains('server_name', filterText(filter.serverName, 'serverName'));
  contains('client_name', filterText(filter.clientName, 'clientName'));
  contains('client_ip', filterText(filter.clientIp, 'clientIp'));
  const application = filterText(filter.application, 'application');
  if (application) {
    const like = likeContains(application);
    out.push(['recording_applications_text(r.applications) ilike ?', [like]]);
    if (application.includes('\n')) out.push([APPLICATIONS_MATCH, [like]]);
  }
  if (filter.startedFrom) out.push(['r.started_at >= ?', [filter.startedFrom]]);
  if (filter.startedTo) out.push(['r.started_at <= ?', [filter.startedTo]]);
  const text = filterText(filter.text, 'text');
  if (text) {
    const like = likeContains(text);
    out.push(['r.search ilike ?', [like]]);
    if (text.includes('\n')) out.push([TEXT_FIELDS_MATCH, [like, like, like, like, like]]);
  }
  if (filter.kind) out.push(['r.kind = ?', [filter.kind]]);
  if (filter.restricted !== undefined && filter.restricted !== null) out.push([filter.restricted ? 'r.restricted' : 'not r.restricted', []]);
  if (!showRestricted) out.push(['r.restricted = false', []]);
  return out;
}

/** Recordings (alias `r`) that meet the conditions, without order or limit. */
export function matchingRecordings(em: EntityManager, where: Condition[]) {
  const qb = em.createQueryBuilder(Recording, 'r');
  for (const [sql, params] of where) qb.andWhere(sql, params);
  return qb;
}

/**
 * Below how many matches a page is better read by fetching every match (through the filter's
 * own index) and sorting them than by walking the sort order's index until a page of matches
 * turns up. A walk reads about `limit × rows / matches` rows, fetching reads `matches`: they cost
 * the same near sqrt(limit × rows), which is 7,000 matches in a million rows for pages of 50. The
 * planner prefers the walk far beyond that point (it prices each row of the walk as cached and
 * cheap), and a user or server with a few thousand recordings then costs a hundred milliseconds.
 */
async function walkWorthwhileAbove(em: EntityManager, limit: number): Promise<number> {
  const [table] = await em.execute<{ rows: number }[]>("select greatest(reltuples, 0)::float8 as rows from pg_class where oid = 'recordings'::regclass");
  return Math.sqrt((limit + 1) * Number(table?.rows ?? 0));
}

/**
 * The ids of up to `limit` recordings in start-time order (then id) among those whose `column` is one of
 * `values` and that meet `where`: the first `limit` of each value, read from its index range,
 * merged. PostgreSQL 15 cannot merge the ranges of `column = any(...)` in start-time order itself,
 * so each value is a subquery of its own.
 */
export function mergedValuesQuery(
  byValue: { column: ValueColumn; values: string[] },
  where: Condition[],
  dir: 'asc' | 'desc',
  limit: number,
  cursor?: { value: unknown; id: string },
): Condition {
  const conditions: Condition[] = [...where];
  if (cursor) conditions.push([`(r.started_at, r.id) ${dir === 'asc' ? '>' : '<'} (?, ?)`, [cursor.value, cursor.id]]);
  const rest = conditions.map(([sql]) => ` and (${sql})`).join('');
  const restParams = conditions.flatMap(([, params]) => params);
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const value of byValue.values) {
    parts.push(`(select r.id, r.started_at from recordings r where r.${byValue.column} = ?${rest} order by r.started_at ${dir}, r.id ${dir} limit ${limit})`);
    params.push(value, ...restParams);
  }
  return [`select u.id from (${parts.join(' union all ')}) u order by u.started_at ${dir}, u.id ${dir} limit ${limit}`, params];
}

async function readMergedValues(em: EntityManager, query: Condition | undefined): Promise<Recording[]> {
  if (!query) return [];
  const ids = await em.execute<{ id: string }[]>(query[0], query[1]);
  if (ids.length === 0) return [];
  const found = new Map((await em.find(Recording, { id: { $in: ids.map((r) => r.id) } })).map((r) => [r.id, r]));
  return ids.map((r) => found.get(r.id)).filter((r): r is Recording => r !== undefined);
}

function hasSubstringFilter(filter: RecordingFilter): boolean {
  return [filter.userName, filter.serverName, filter.clientName, filter.clientIp, filter.application, filter.text].some((value) => value?.trim());
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
    const showRestricted = canSeeRestricted(viewer.roles);
    const values = await filterValues(this.em, filter);
    const where = recordingConditions(filter, showRestricted, values);
    const dir = order.direction === SortDirection.ASC ? 'asc' : 'desc';
    const cursor = after ? decodeCursor(after, kind, 'uuid') : undefined;
    const matching = () => matchingRecordings(this.em, where);

    // Few substring matches are fetched whole and sorted; many are found by walking the sort
    // order. Other filters (kind, restricted, time range) are left to the planner: their indexes
    // are ordered by start time already, or they match too much to fetch whole.
    const estimate = where.length ? await estimatedRows(this.em, matching()) : undefined;
    // A user, server, client name or client IP filter with few matching names, on a page in start-time order:
    // each name's recordings are one range of its (name, started_at, id) index, already in order.
    const byValue = order.field === RecordingOrderField.STARTED_AT ? fewestValues(values) : undefined;
    const fetchMatches = !byValue && estimate !== undefined && hasSubstringFilter(filter) && estimate < (await walkWorthwhileAbove(this.em, limit));
    const readPage = (em: EntityManager) => {
      const qb = matchingRecordings(em, where);
      if (cursor) qb.andWhere(`(r.${column}, r.id) ${dir === 'asc' ? '>' : '<'} (?, ?)`, [cursor.value, cursor.id]);
      return qb
        .orderBy({ [property]: dir, id: dir })
        .limit(limit + 1)
        .getResult();
    };
    const rows = byValue
      ? await readMergedValues(
          this.em,
          byValue.values.length
            ? mergedValuesQuery(byValue, recordingConditions(filter, showRestricted, values, byValue.column), dir, limit + 1, cursor)
            : undefined,
        )
      : fetchMatches
        ? await this.em.fork().transactional(async (em) => {
            await em.execute('set local enable_indexscan = off');
            return readPage(em);
          })
        : await readPage(this.em);
    const total = await totalCount(this.em, matching(), countFromFirstPage(rows.length, limit, after), estimate);
    return toPage(
      rows,
      limit,
      total,
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
