import { badInput } from './errors.js';

/**
 * Opaque cursors for keyset pagination: the sort value and the id of the last row seen, so the
 * next page starts with `(sortValue, id) > (cursorValue, cursorId)` in the sort direction
 * instead of an OFFSET that gets slower and shifts as rows arrive.
 */
export function encodeCursor(value: string | number, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

export type CursorValueKind = 'date' | 'text' | 'number';
export type CursorIdKind = 'uuid' | 'serial';

/**
 * Reads a cursor back, checking that it fits the listing it is used with: a cursor from another
 * sort order or an edited one is refused as bad input instead of reaching the database.
 */
export function decodeCursor(cursor: string, valueKind: 'date', idKind: CursorIdKind): { value: Date; id: string };
export function decodeCursor(cursor: string, valueKind: CursorValueKind, idKind: CursorIdKind): { value: Date | string | number; id: string };
export function decodeCursor(cursor: string, valueKind: CursorValueKind, idKind: CursorIdKind): { value: Date | string | number; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') {
    const [raw, id] = parsed as [unknown, string];
    const idOk = idKind === 'uuid' ? isUuid(id) : /^\d{1,19}$/.test(id);
    let value: Date | string | number | null = null;
    if (valueKind === 'date' && typeof raw === 'string' && !Number.isNaN(Date.parse(raw))) value = new Date(raw);
    if (valueKind === 'text' && typeof raw === 'string') value = raw;
    if (valueKind === 'number' && typeof raw === 'number' && Number.isFinite(raw)) value = raw;
    if (idOk && value !== null) return { value, id };
  }
  throw badInput('The cursor is not valid for this list and order; use a cursor from a previous page of the same query.', 'after');
}

export const MAX_PAGE_SIZE = 500;

export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return first;
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
