import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, likeContains } from './keyset.js';

const ID = '3f2a9c1e-0000-4000-8000-000000000001';

describe('keyset cursors', () => {
  it('round-trips each kind of sort value', () => {
    expect(decodeCursor(encodeCursor('2026-11-20T09:00:00.000Z', ID), 'date', 'uuid')).toEqual({ value: new Date('2026-11-20T09:00:00.000Z'), id: ID });
    expect(decodeCursor(encodeCursor('jdoe', ID), 'text', 'uuid')).toEqual({ value: 'jdoe', id: ID });
    expect(decodeCursor(encodeCursor(12.5, ID), 'number', 'uuid')).toEqual({ value: 12.5, id: ID });
    expect(decodeCursor(encodeCursor('2026-11-20T09:00:00.000Z', '42'), 'date', 'serial').id).toBe('42');
  });

  it('refuses cursors that do not fit the list or order, as bad input', () => {
    const bad = [
      'not base64 json',
      encodeCursor('jdoe', ID), // a text cursor used where a date is expected
      encodeCursor('2026-11-20T09:00:00.000Z', 'not-a-uuid'),
      encodeCursor('yesterday', ID),
      Buffer.from('[1,2,3]').toString('base64url'),
    ];
    for (const cursor of bad) {
      expect(() => decodeCursor(cursor, 'date', 'uuid')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
    expect(() => decodeCursor(encodeCursor('alice', ID), 'number', 'uuid')).toThrow(/cursor/);
    expect(() => decodeCursor(encodeCursor('2026-11-20T09:00:00.000Z', ID), 'date', 'serial')).toThrow(/cursor/);
  });

  it('escapes LIKE wildcards', () => {
    expect(likeContains('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
