import { describe, expect, it } from 'vitest';
import { IdleSpanFinder, idleSpans } from './idle-spans';

describe('idleSpans', () => {
  it('shades the gaps of at least the threshold, not shorter ones', () => {
    expect(idleSpans([0.2, 0.6, 1.3, 12], 12, 5)).toEqual([{ start: 1.3, end: 12 }]);
    expect(idleSpans([1, 2, 8, 9], 9, 5)).toEqual([{ start: 2, end: 8 }]);
  });

  it('counts the start and the end as edges of a span', () => {
    expect(idleSpans([6, 7], 20, 5)).toEqual([
      { start: 0, end: 6 },
      { start: 7, end: 20 },
    ]);
  });

  it('shades everything of a recording without activity, and nothing of an empty one', () => {
    expect(idleSpans([], 30, 5)).toEqual([{ start: 0, end: 30 }]);
    expect(idleSpans([], 0, 5)).toEqual([]);
  });

  it('keeps spans within the duration', () => {
    expect(idleSpans([1, 50], 20, 5)).toEqual([{ start: 1, end: 20 }]);
  });

  it('uses the 5-second rule when no other is given', () => {
    expect(idleSpans([0, 4.9, 9.9, 10], 10)).toEqual([{ start: 4.9, end: 9.9 }]);
  });
});

describe('IdleSpanFinder', () => {
  it('says when a moment ended a new stretch', () => {
    const finder = new IdleSpanFinder(5);
    expect([0, 1, 7, 8].map((t) => finder.activity(t))).toEqual([false, false, true, false]);
    expect(finder.spans).toEqual([{ start: 1, end: 7 }]);
  });

  it('takes a moment earlier than the one before as that one', () => {
    const finder = new IdleSpanFinder(5);
    for (const t of [0, 10, 9.99, 12]) finder.activity(t);
    expect(finder.spans).toEqual([{ start: 0, end: 10 }]);
  });

  it('stops at its cap of stretches', () => {
    const finder = new IdleSpanFinder(5, 3);
    for (let t = 0; t <= 100; t += 10) finder.activity(t);
    expect(finder.spans).toHaveLength(3);
    expect(finder.spans.at(-1)).toEqual({ start: 20, end: 30 });
  });
});
