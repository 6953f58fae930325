import type { Request } from 'express';
import { badInput } from '../common/errors.js';

/** Whether a value (text, or lists and objects of them, as query strings and metadata hold) has a NUL character. */
export function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((item) => holdsNul(item, depth + 1));
}

/**
 * PostgreSQL cannot hold a NUL character (U+0000) in text, and ids, names and filters end up in
 * audit rows: a route refuses one as bad input before anything reads it, as GraphQL does.
 */
export function refuseNul(req: Request): void {
  if (holdsNul(req.params) || holdsNul(req.query)) throw badInput('A value with a NUL character (U+0000) was sent; text may not contain one.');
}
