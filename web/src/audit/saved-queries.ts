/**
 * An auditor's saved queries: named filter sets of the export audit, kept per user in the
 * `savedAuditQueries` preference as `{ name, search }` where `search` is the URL query string.
 * Pure: reading a stored value defensively, adding, replacing and deleting.
 */

export interface SavedAuditQuery {
  name: string;
  search: string;
}

export const MAX_SAVED_QUERIES = 50;
export const MAX_QUERY_NAME_LENGTH = 80;
export const MAX_QUERY_SEARCH_LENGTH = 2000;

/** Parameters of the page, not of the filter set: a saved query always opens the first page. */
const PAGE_PARAMS = ['after', 'page'];

/** The stored preference as a clean list: anything malformed is dropped, names kept unique. */
export function readSavedQueries(stored: unknown): SavedAuditQuery[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const queries: SavedAuditQuery[] = [];
  for (const item of stored) {
    if (typeof item !== 'object' || item === null) continue;
    const { name, search } = item as Record<string, unknown>;
    if (typeof name !== 'string' || typeof search !== 'string') continue;
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > MAX_QUERY_NAME_LENGTH || search.length > MAX_QUERY_SEARCH_LENGTH || seen.has(trimmed.toLowerCase())) continue;
    seen.add(trimmed.toLowerCase());
    queries.push({ name: trimmed, search: filterSearch(search) });
    if (queries.length === MAX_SAVED_QUERIES) break;
  }
  return queries;
}

/** A query string without its leading `?` and without the page cursor. */
export function filterSearch(search: string): string {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  for (const name of PAGE_PARAMS) params.delete(name);
  return params.toString();
}

/** Why a name cannot be used, or null when it can. */
export function checkQueryName(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Give the query a name.';
  if (trimmed.length > MAX_QUERY_NAME_LENGTH) return `A name has at most ${MAX_QUERY_NAME_LENGTH} characters (this one has ${trimmed.length}).`;
  return null;
}

export type SaveOutcome = { ok: true; queries: SavedAuditQuery[]; replaced: boolean } | { ok: false; message: string };

/**
 * Saves the filter set under a name. A name already used (ignoring case) is replaced in place,
 * so saving again updates a query; a new one is added at the end while there is room.
 */
export function saveQuery(queries: readonly SavedAuditQuery[], name: string, search: string): SaveOutcome {
  const problem = checkQueryName(name);
  if (problem) return { ok: false, message: problem };
  const cleaned = filterSearch(search);
  if (cleaned.length > MAX_QUERY_SEARCH_LENGTH) return { ok: false, message: 'These filters are too long to save; remove some actions or outcomes.' };
  const trimmed = name.trim();
  const index = queries.findIndex((q) => q.name.toLowerCase() === trimmed.toLowerCase());
  if (index >= 0) {
    const next = [...queries];
    next[index] = { name: trimmed, search: cleaned };
    return { ok: true, queries: next, replaced: true };
  }
  if (queries.length >= MAX_SAVED_QUERIES) return { ok: false, message: `At most ${MAX_SAVED_QUERIES} queries can be saved; delete one first.` };
  return { ok: true, queries: [...queries, { name: trimmed, search: cleaned }], replaced: false };
}

export function deleteQuery(queries: readonly SavedAuditQuery[], name: string): SavedAuditQuery[] {
  return queries.filter((q) => q.name !== name);
}

/** The saved query whose filters are the ones shown, if any: its name is then marked as current. */
export function currentQuery(queries: readonly SavedAuditQuery[], search: string): SavedAuditQuery | undefined {
  const shown = sortedParams(filterSearch(search));
  return queries.find((q) => sortedParams(q.search) === shown);
}

function sortedParams(search: string): string {
  const params = new URLSearchParams(search);
  params.sort();
  return params.toString();
}
