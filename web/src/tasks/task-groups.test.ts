import { describe, expect, it } from 'vitest';
import { groupByRequest } from './task-groups';

const task = (id: string, request: string) => ({ id, request: { id: request } });

describe('groupByRequest', () => {
  it('keeps the order of the list and puts each request where its first task is', () => {
    const groups = groupByRequest([task('retry', 'r1'), task('a', 'r2'), task('b', 'r2'), task('c', 'r1')]);
    expect(groups.map((g) => [g.requestId, g.tasks.map((t) => t.id)])).toEqual([
      ['r1', ['retry', 'c']],
      ['r2', ['a', 'b']],
    ]);
  });

  it('makes no group of an empty page', () => {
    expect(groupByRequest([])).toEqual([]);
  });
});
