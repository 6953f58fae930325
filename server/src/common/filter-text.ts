import { badInput } from './errors.js';

/** Longer than any user name, host name or application a search is for; a longer pattern only costs the database. */
export const MAX_FILTER_LENGTH = 200;

/** A text filter as searched: trimmed, null when empty; BAD_USER_INPUT naming the field when longer than the limit. */
export function filterText(value: string | null | undefined, field: string): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (text.length > MAX_FILTER_LENGTH) throw badInput(`${field} can have at most ${MAX_FILTER_LENGTH} characters (it has ${text.length}).`, field);
  return text;
}
