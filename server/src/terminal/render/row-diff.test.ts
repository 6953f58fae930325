import { describe, expect, it } from 'vitest';
import { planRepaint } from './row-diff.js';
import { CELL_WORDS, Screen } from './screen.js';

/** A screen whose rows hold the given character ids (one id per row, every cell). */
function screen(rows: number[], cols = 4): Screen {
  const s = new Screen(cols, rows.length);
  rows.forEach((id, y) => {
    for (let x = 0; x < cols; x++) {
      const o = (y * cols + x) * CELL_WORDS;
      s.data.set([id, 0xffffff, 0, 0], o);
    }
  });
  return s;
}

describe('planRepaint', () => {
  it('repaints nothing when nothing changed', () => {
    expect(planRepaint(screen([1, 2, 3]), screen([1, 2, 3]))).toEqual({ move: null, rows: [] });
  });

  it('repaints only the rows that changed', () => {
    expect(planRepaint(screen([1, 2, 3, 4]), screen([1, 9, 3, 4]))).toEqual({ move: null, rows: [1] });
  });

  it('moves rows when output scrolls up, painting only the new bottom row', () => {
    const plan = planRepaint(screen([1, 2, 3, 4, 5]), screen([2, 3, 4, 5, 6]));
    expect(plan.move).toEqual({ from: 1, to: 0, count: 4 });
    expect(plan.rows).toEqual([4]);
  });

  it('moves rows when a region scrolls down (reverse index), keeping a fixed status line', () => {
    const plan = planRepaint(screen([1, 2, 3, 4, 99]), screen([7, 1, 2, 3, 99]));
    expect(plan.move).toEqual({ from: 0, to: 1, count: 3 });
    expect(plan.rows).toEqual([0]);
  });

  it('does not take blank rows that match everywhere as a scroll', () => {
    const plan = planRepaint(screen([0, 0, 0, 0]), screen([5, 6, 0, 0]));
    expect(plan.move).toBeNull();
    expect(plan.rows).toEqual([0, 1]);
  });
});
