import type { EntityManager } from '@mikro-orm/postgresql';
import { filterText } from '../common/filter-text.js';
import { likeContains } from '../common/keyset.js';

/** The filters resolved to their distinct values first (Migration20261210300000 and 20261210400000), by column. */
export const VALUE_FILTERS = [
  { key: 'userName', column: 'user_name' },
  { key: 'serverName', column: 'server_name' },
  { key: 'clientName', column: 'client_name' },
  { key: 'clientIp', column: 'client_ip' },
] as const;

export type ValueColumn = (typeof VALUE_FILTERS)[number]['column'];

/** For each resolved filter, every value of its column that contains the filter's text. */
export type FilterValues = Partial<Record<ValueColumn, string[]>>;

/**
 * Up to this many values a filter is matched by value (one index range each); a substring that
 * matches more names (`a`, `.1`) matches so many rows that walking the sort order finds a page
 * soon, and is left to the substring plan.
 */
export const MAX_FILTER_VALUES = 32;

/**
 * The distinct values that contain each set user, server, client name and client IP filter, looked up in
 * recording_filter_values, which holds every value present in `recordings` (and perhaps values
 * of deleted recordings, which match no row). Filters with more than MAX_FILTER_VALUES values are
 * left out.
 */
export async function filterValues(em: EntityManager, filter: Partial<Record<(typeof VALUE_FILTERS)[number]['key'], string | null>>): Promise<FilterValues> {
  const out: FilterValues = {};
  for (const { key, column } of VALUE_FILTERS) {
    const text = filterText(filter[key], key);
    if (!text) continue;
    const rows = await em.execute<{ value: string }[]>('select value from recording_filter_values where field = ? and value ilike ? order by value limit ?', [
      column,
      likeContains(text),
      MAX_FILTER_VALUES + 1,
    ]);
    if (rows.length <= MAX_FILTER_VALUES) out[column] = rows.map((r) => r.value);
  }
  return out;
}

/** The resolved filter with the fewest values, whose values' index ranges are merged into a page. */
export function fewestValues(values: FilterValues): { column: ValueColumn; values: string[] } | undefined {
  let best: { column: ValueColumn; values: string[] } | undefined;
  for (const { column } of VALUE_FILTERS) {
    const list = values[column];
    if (list && (!best || list.length < best.values.length)) best = { column, values: list };
  }
  return best;
}
