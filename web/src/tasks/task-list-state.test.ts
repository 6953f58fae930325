import { describe, expect, it } from 'vitest';
import { parseListState, serializeListState } from '../navigation/list-state';
import { statusesOf, TASK_LIST } from './task-list-state';

describe('the Tasks list in the URL', () => {
  it('keeps the status filter and the page across a reload', () => {
    const state = parseListState(new URLSearchParams('status=FAILED&after=abc'), TASK_LIST);
    expect(state.filters).toEqual({ status: 'FAILED' });
    expect(parseListState(new URLSearchParams(serializeListState(state, TASK_LIST)), TASK_LIST)).toEqual(state);
  });

  it('ignores a status that is not one', () => {
    expect(parseListState(new URLSearchParams('status=SHREDDED'), TASK_LIST).filters).toEqual({});
  });

  it('lists the statuses of each choice', () => {
    expect(statusesOf(undefined)).toBeUndefined();
    expect(statusesOf('ACTIVE')).toEqual(['PENDING', 'IN_PROGRESS']);
    expect(statusesOf('FAILED')).toEqual(['FAILED']);
  });
});
