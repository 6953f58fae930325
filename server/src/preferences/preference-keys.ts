import { badInput } from '../common/errors.js';

/**
 * Every preference a user can keep, with the shape its value must have: the one place that
 * decides what `setPreference` accepts. The web app reads them with `usePreference`.
 */

/** A value's JSON text may be this long (UTF-8 bytes), whatever its key. */
export const MAX_PREFERENCE_BYTES = 16 * 1024;
const MAX_COLUMNS = 30;
const COLUMN_ID = /^[A-Za-z0-9_-]{1,40}$/;
const MAX_SAVED_QUERIES = 50;
const MAX_QUERY_NAME = 80;
const MAX_QUERY_SEARCH = 2000;

/** Checks a parsed value; returns what is wrong with it, or null when it is acceptable. */
type Check = (value: unknown) => string | null;

const oneOf =
  (...allowed: string[]): Check =>
  (value) =>
    typeof value === 'string' && allowed.includes(value) ? null : `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`;

const columnIds: Check = (value) => {
  if (!Array.isArray(value)) return 'must be a list of column ids';
  if (value.length > MAX_COLUMNS) return `may name at most ${MAX_COLUMNS} columns`;
  const bad = value.find((id) => typeof id !== 'string' || !COLUMN_ID.test(id));
  return bad === undefined ? null : `has a column id that is not 1 to 40 letters, digits, "_" or "-": ${JSON.stringify(bad).slice(0, 60)}`;
};

const savedQueries: Check = (value) => {
  if (!Array.isArray(value)) return 'must be a list of saved searches';
  if (value.length > MAX_SAVED_QUERIES) return `may hold at most ${MAX_SAVED_QUERIES} saved searches`;
  for (const [index, item] of value.entries()) {
    const at = `item ${index + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return `${at} must be an object with a name and a search`;
    const { name, search, ...rest } = item as Record<string, unknown>;
    if (Object.keys(rest).length > 0) return `${at} has fields other than name and search: ${Object.keys(rest).slice(0, 5).join(', ')}`;
    if (typeof name !== 'string' || name.trim() === '' || [...name].length > MAX_QUERY_NAME) return `${at} needs a name of 1 to ${MAX_QUERY_NAME} characters`;
    if (typeof search !== 'string' || [...search].length > MAX_QUERY_SEARCH) return `${at} needs a search of at most ${MAX_QUERY_SEARCH} characters`;
  }
  return null;
};

export const PREFERENCE_KEYS: Readonly<Record<string, Check>> = {
  /** How instants are shown: in UTC (as file names, the CSV and manifests carry them) or in the browser's zone. */
  timeZone: oneOf('UTC', 'LOCAL'),
  /** Row height of tables. */
  density: oneOf('COMPACT', 'COMFORTABLE'),
  /** Which columns a table shows, in order. */
  'columns.recordings': columnIds,
  'columns.tasks': columnIds,
  'columns.audit': columnIds,
  /** Named export audit searches; `search` is the page's URL query string. */
  savedAuditQueries: savedQueries,
};

/**
 * The value of `key` parsed from its JSON text, or a BAD_USER_INPUT error saying what is wrong
 * (the key unknown, the text not JSON or too long, the value of the wrong shape).
 */
export function parsePreference(key: string, json: string): unknown {
  const check = Object.hasOwn(PREFERENCE_KEYS, key) ? PREFERENCE_KEYS[key] : undefined;
  if (!check) {
    throw badInput(`There is no preference ${JSON.stringify(key.slice(0, 60))}; known ones are ${Object.keys(PREFERENCE_KEYS).join(', ')}.`, 'key');
  }
  if (Buffer.byteLength(json, 'utf8') > MAX_PREFERENCE_BYTES) {
    throw badInput(`The value of ${key} is longer than ${MAX_PREFERENCE_BYTES / 1024} KiB.`, 'value');
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw badInput(`The value of ${key} is not JSON.`, 'value');
  }
  const problem = check(value);
  if (problem) throw badInput(`The value of ${key} ${problem}.`, 'value');
  return value;
}
