import type { EntityManager } from '@mikro-orm/postgresql';
import type { ScrapeSources } from './instruments.js';

// Scrapes closer together than this share one reading: a scraper or two per API process must not
// add a query per request, and several API processes each answer for the same table.
const MIN_READ_INTERVAL_MS = 5000;
// A scrape gets an error rather than holding a connection if the database is this slow.
const STATEMENT_TIMEOUT_MS = 2000;

/** One cached, time-limited reading of a query, shared by concurrent scrapes. */
function cachedReading<T>(read: () => Promise<T>): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | null = null;
  return () => {
    const now = Date.now();
    if (!last || now - last.at >= MIN_READ_INTERVAL_MS) {
      const value = read();
      last = { at: now, value };
      // A failed reading is not kept: the next scrape tries again.
      value.catch(() => (last = null));
    }
    return last.value;
  };
}

async function query<T>(em: EntityManager, sql: string): Promise<T[]> {
  return em.fork().transactional(async (tx) => {
    await tx.execute(`set local statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
    return tx.execute<T[]>(sql);
  });
}

/**
 * The database's part of /metrics: export tasks per status (served by the status index, and
 * every status reported, 0 included, so an alert on one never meets a missing series) and task
 * services by authorization and liveness (the same rule as `TaskService.online`), and the wait of
 * the oldest signing request no API process has answered.
 */
export function databaseSources(em: EntityManager, statuses: readonly string[]): Omit<ScrapeSources, 'websocketConnections'> {
  return {
    taskCounts: cachedReading(async () => {
      const rows = await query<{ status: string; count: string }>(em, 'select status, count(*) as count from export_tasks group by status');
      const counts = new Map(statuses.map((status) => [status, 0]));
      for (const row of rows) counts.set(row.status, Number(row.count));
      return counts;
    }),
    taskServices: cachedReading(async () => {
      const rows = await query<{ authorized: boolean; online: boolean; count: string }>(
        em,
        `select authorized,
                (stopped_at is null or stopped_at < last_heartbeat_at)
                  and last_heartbeat_at > now() - make_interval(secs => heartbeat_timeout_seconds) as online,
                count(*) as count
           from task_services group by 1, 2`,
      );
      return rows.map((row) => ({ authorized: row.authorized, online: row.online, count: Number(row.count) }));
    }),
    oldestSigningRequestSeconds: cachedReading(async () => {
      // Served by the partial index of unanswered requests.
      const [row] = await query<{ seconds: number | null }>(
        em,
        'select extract(epoch from now() - min(requested_at))::float8 as seconds from signing_requests where answered_at is null',
      );
      return Math.max(0, row?.seconds ?? 0);
    }),
  };
}
