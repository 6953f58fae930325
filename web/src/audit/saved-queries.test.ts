import { describe, expect, it } from 'vitest';
import { currentQuery, deleteQuery, filterSearch, MAX_SAVED_QUERIES, readSavedQueries, saveQuery, type SavedAuditQuery } from './saved-queries';

const refusals: SavedAuditQuery = { name: 'Refusals', search: 'outcome=DENIED' };

describe('readSavedQueries', () => {
  it('keeps well-formed queries and drops the rest', () => {
    expect(
      readSavedQueries([
        refusals,
        { name: '  ', search: 'a=1' },
        { name: 'no search' },
        'text',
        null,
        { name: 'refusals', search: 'x=1' },
        { name: 'Dana', search: '?actor=dana&after=abc' },
      ]),
    ).toEqual([refusals, { name: 'Dana', search: 'actor=dana' }]);
  });

  it('reads anything but a list as no queries', () => {
    expect(readSavedQueries(undefined)).toEqual([]);
    expect(readSavedQueries({ name: 'x', search: '' })).toEqual([]);
  });
});

describe('saveQuery', () => {
  it('adds a new name at the end, without the page cursor', () => {
    const outcome = saveQuery([refusals], ' Exports of dana ', 'actor=dana&action=EXPORT_REQUESTED&after=c1&page=3');
    expect(outcome).toEqual({ ok: true, replaced: false, queries: [refusals, { name: 'Exports of dana', search: 'actor=dana&action=EXPORT_REQUESTED' }] });
  });

  it('replaces a query of the same name, whatever its case', () => {
    expect(saveQuery([refusals], 'REFUSALS', 'outcome=FAILURE')).toEqual({
      ok: true,
      replaced: true,
      queries: [{ name: 'REFUSALS', search: 'outcome=FAILURE' }],
    });
  });

  it('refuses an empty or too long name, and a full list, in words', () => {
    expect(saveQuery([], '  ', 'a=1')).toEqual({ ok: false, message: 'Give the query a name.' });
    expect(saveQuery([], 'n'.repeat(81), 'a=1')).toMatchObject({ ok: false, message: expect.stringContaining('at most 80 characters') });
    const full = Array.from({ length: MAX_SAVED_QUERIES }, (_, i) => ({ name: `q${i}`, search: '' }));
    expect(saveQuery(full, 'one more', 'a=1')).toMatchObject({ ok: false, message: expect.stringContaining('delete one first') });
    expect(saveQuery(full, 'q3', 'a=2')).toMatchObject({ ok: true, replaced: true });
  });
});

describe('deleting and recognising queries', () => {
  it('deletes by name only', () => {
    expect(deleteQuery([refusals, { name: 'Other', search: '' }], 'Refusals')).toEqual([{ name: 'Other', search: '' }]);
  });

  it('knows the saved query shown, whatever the order of parameters and the page', () => {
    const queries = [refusals, { name: 'Dana', search: 'actor=dana&outcome=DENIED' }];
    expect(currentQuery(queries, 'outcome=DENIED&actor=dana&after=xyz')?.name).toBe('Dana');
    expect(currentQuery(queries, 'outcome=FAILURE')).toBeUndefined();
  });

  it('strips the leading ? and the page of a query string', () => {
    expect(filterSearch('?actor=a&after=1&after=2&page=4')).toBe('actor=a');
  });
});
