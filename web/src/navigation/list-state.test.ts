import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_LENGTH,
  firstPage,
  MAX_CURSOR_LENGTH,
  MAX_CURSORS,
  nextPage,
  parseListState,
  previousPage,
  serializeListState,
  type ListSpec,
} from './list-state';

const spec = {
  filters: { user: {}, kind: { oneOf: ['VIDEO', 'TERMINAL'] }, action: { multiple: true }, ip: { maxLength: 5 } },
  sortFields: ['STARTED_AT', 'USER_NAME'],
  defaultSort: { field: 'STARTED_AT', direction: 'DESC' },
} satisfies ListSpec<Record<string, { maxLength?: number; oneOf?: readonly string[]; multiple?: boolean }>, string>;

const parse = (qs: string) => parseListState(new URLSearchParams(qs), spec);

describe('list state in the URL', () => {
  it('reads filters, sort and the cursor trail, and writes them back the same', () => {
    const qs = 'user=jdoe&kind=VIDEO&action=A&action=B&sort=USER_NAME.asc&after=c1&after=c2';
    const state = parse(qs);
    expect(state).toEqual({
      filters: { user: 'jdoe', kind: 'VIDEO', action: ['A', 'B'] },
      sort: { field: 'USER_NAME', direction: 'ASC' },
      cursors: ['c1', 'c2'],
      pageIndex: 2,
    });
    expect(serializeListState(state, spec)).toBe(qs);
  });

  it('gives the defaults for an empty query and writes nothing for them', () => {
    const state = parse('');
    expect(state).toEqual({ filters: {}, sort: spec.defaultSort, cursors: [], pageIndex: 0 });
    expect(serializeListState(state, spec)).toBe('');
  });

  it('ignores unknown parameters, and does not write them back', () => {
    const state = parse('utm_source=mail&user=jdoe&__proto__=x&constructor=y');
    expect(state.filters).toEqual({ user: 'jdoe' });
    expect(serializeListState(state, spec)).toBe('user=jdoe');
  });

  it('ignores values beyond their limits, outside an enumeration, or empty', () => {
    expect(parse(`user=${'a'.repeat(DEFAULT_MAX_LENGTH + 1)}`).filters).toEqual({});
    expect(parse(`user=${'a'.repeat(DEFAULT_MAX_LENGTH)}`).filters.user).toHaveLength(DEFAULT_MAX_LENGTH);
    expect(parse('ip=123456').filters).toEqual({});
    expect(parse('kind=DROP').filters).toEqual({});
    expect(parse('user=').filters).toEqual({});
  });

  it('keeps each value of a filter with several values once', () => {
    expect(parse('action=A&action=A&action=B').filters.action).toEqual(['A', 'B']);
  });

  it('falls back to the default order for an unknown field or direction', () => {
    expect(parse('sort=PASSWORD.asc').sort).toEqual(spec.defaultSort);
    expect(parse('sort=USER_NAME.sideways').sort).toEqual(spec.defaultSort);
    expect(parse('sort=user_name.DESC').sort).toEqual({ field: 'USER_NAME', direction: 'DESC' });
  });

  it('drops a trail with a cursor that cannot be one, and opens the first page', () => {
    expect(parse(`after=c1&after=${'x'.repeat(MAX_CURSOR_LENGTH + 1)}`)).toMatchObject({ cursors: [], pageIndex: 0 });
    expect(parse('after=c1&after=not%20a%20cursor')).toMatchObject({ cursors: [], pageIndex: 0 });
  });

  it('moves forward and back through pages', () => {
    let state = parse('user=jdoe');
    state = nextPage(state, 'c1');
    state = nextPage(state, 'c2');
    expect(serializeListState(state, spec)).toBe('user=jdoe&after=c1&after=c2');
    state = previousPage(state);
    expect(state).toMatchObject({ cursors: ['c1'], pageIndex: 1 });
    state = previousPage(state);
    expect(state).toMatchObject({ cursors: [], pageIndex: 0 });
    expect(previousPage(state)).toMatchObject({ cursors: [], pageIndex: 0 });
  });

  it('keeps at most MAX_CURSORS cursors and the page number beyond them', () => {
    let state = parse('');
    for (let i = 1; i <= MAX_CURSORS + 5; i++) state = nextPage(state, `c${i}`);
    expect(state.cursors).toHaveLength(MAX_CURSORS);
    expect(state.pageIndex).toBe(MAX_CURSORS + 5);
    const qs = serializeListState(state, spec);
    expect(qs).toContain(`page=${MAX_CURSORS + 6}`);
    expect(qs.length).toBeLessThan(MAX_CURSORS * (MAX_CURSOR_LENGTH + 10));
    expect(parse(qs)).toEqual(state);
    // The pages before the kept trail cannot be reached again: Previous then opens the first.
    let back = state;
    for (let i = 1; i < MAX_CURSORS; i++) back = previousPage(back);
    expect(back).toMatchObject({ cursors: ['c6'], pageIndex: 6 });
    expect(previousPage(back)).toMatchObject({ cursors: [], pageIndex: 0 });
  });

  it('trusts no page number that contradicts the trail', () => {
    expect(parse('after=c1&page=9999999999').pageIndex).toBe(1);
    expect(parse('after=c1&page=1').pageIndex).toBe(1);
    expect(parse('page=7').pageIndex).toBe(0);
  });

  it('starts from the first page when filters change', () => {
    const state = nextPage(parse('user=a'), 'c1');
    expect(serializeListState(firstPage({ ...state, filters: { user: 'b' } }), spec)).toBe('user=b');
  });
});
