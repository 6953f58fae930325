import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';

/** What is read of a list's query: its SQL (any entity's QueryBuilder has it). */
type Matching = Pick<QueryBuilder<object>, 'getKnexQuery'>;

/** How many rows a list's filter matches, and whether that number was counted or estimated. */
export interface TotalCount {
  count: number;
  exact: boolean;
}

/**
 * Up to this many matching rows are counted exactly; past it the count is the planner's
 * estimate. Counting stops after this many rows, so a page never costs more than reading them,
 * however many millions match.
 */
export const EXACT_COUNT_LIMIT = 1000;

/**
 * When the planner expects more than this many matches, even the capped count is skipped: the
 * result is large beyond doubt (estimates of these filters are off by a factor of two or three,
 * not twenty) and finding a thousand scattered matches would cost more than the page itself.
 */
export const COUNT_SKIPPED_ABOVE_ESTIMATE = 20 * EXACT_COUNT_LIMIT;

/**
 * The total of a list for `totalCount`: exact when at most EXACT_COUNT_LIMIT rows match,
 * otherwise the planner's row estimate for the same query (EXPLAIN, which reads the table's
 * statistics and no rows), never below the limit that was seen to be exceeded.
 *
 * `matching` is the list's query with its filter and without cursor, order or limit. When the
 * caller read a first page that was not full, that page already is the exact count: pass its size
 * as `firstPageSize` to skip both queries; one that already has the estimate passes it.
 */
export async function totalCount(em: EntityManager, matching: Matching, firstPageSize?: number, knownEstimate?: number): Promise<TotalCount> {
  if (firstPageSize !== undefined) return { count: firstPageSize, exact: true };
  const estimate = knownEstimate ?? (await estimatedRows(em, matching));
  if (estimate > COUNT_SKIPPED_ABOVE_ESTIMATE) return { count: estimate, exact: false };
  const knex = em.getKnex();
  const capped = knex.count({ n: '*' }).from(
    selectOne(em, matching)
      .limit(EXACT_COUNT_LIMIT + 1)
      .as('capped'),
  );
  const [counted] = await em.execute<{ n: string }[]>(capped);
  const count = Number(counted?.n ?? 0);
  if (count <= EXACT_COUNT_LIMIT) return { count, exact: true };
  return { count: Math.max(estimate, EXACT_COUNT_LIMIT + 1), exact: false };
}

/** The planner's estimate of how many rows the query matches: EXPLAIN reads statistics, no rows. */
export async function estimatedRows(em: EntityManager, matching: Matching): Promise<number> {
  const { sql, bindings } = selectOne(em, matching).toSQL();
  const [explained] = await em.execute<{ 'QUERY PLAN': unknown }[]>(`explain (format json) ${sql}`, bindings as unknown[]);
  const plan = explained?.['QUERY PLAN'];
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan?: { 'Plan Rows'?: number } }[];
  return Math.round(parsed[0]?.Plan?.['Plan Rows'] ?? 0);
}

function selectOne(em: EntityManager, matching: Matching) {
  return matching.getKnexQuery().clearSelect().clearOrder().select(em.getKnex().raw('1'));
}

/**
 * The exact count when it is known from the page itself: a first page (no cursor) that came back
 * with fewer rows than it asked for (`limit + 1`) holds every matching row.
 */
export function countFromFirstPage(rowsRead: number, limit: number, after: string | null | undefined): number | undefined {
  return !after && rowsRead <= limit ? rowsRead : undefined;
}
