import { CELL_WORDS, type Screen } from './screen.js';

/** What to do to turn the pixels of `previous` into `next`: move a block of rows, then repaint rows. */
export interface RepaintPlan {
  /** Copy old rows [from, from + count) to [to, to + count) before repainting. */
  move: { from: number; to: number; count: number } | null;
  rows: number[];
}

function rowsEqual(a: Screen, ai: number, b: Screen, bi: number): boolean {
  const length = a.cols * CELL_WORDS;
  const da = a.data;
  const db = b.data;
  let i = ai * length;
  let j = bi * length;
  for (const end = i + length; i < end; i++, j++) if (da[i] !== db[j]) return false;
  return true;
}

function rowHash(screen: Screen, y: number): number {
  const length = screen.cols * CELL_WORDS;
  const data = screen.data;
  let h = 0x811c9dc5;
  for (let i = y * length, end = i + length; i < end; i++) h = Math.imul(h ^ data[i]!, 0x01000193);
  return h >>> 0;
}

/**
 * Compares two snapshots of the same size. When the screen scrolled (output running past the
 * bottom, or a scrolling region in a full-screen program), most rows reappear a few rows away:
 * those are moved as pixels instead of being painted again.
 */
export function planRepaint(previous: Screen, next: Screen): RepaintPlan {
  const rows = next.rows;
  const changed: number[] = [];
  for (let y = 0; y < rows; y++) if (!rowsEqual(next, y, previous, y)) changed.push(y);
  if (changed.length < 2) return { move: null, rows: changed };

  const oldByHash = new Map<number, number[]>();
  for (let y = 0; y < rows; y++) {
    const h = rowHash(previous, y);
    const list = oldByHash.get(h);
    if (list) list.push(y);
    else oldByHash.set(h, [y]);
  }
  // Offsets suggested by the first few changed rows; blank rows match everywhere, so a row that
  // matches too many old rows suggests nothing.
  const candidates = new Set<number>();
  for (const y of changed.slice(0, 4)) {
    const matches = oldByHash.get(rowHash(next, y)) ?? [];
    if (matches.length > 8) continue;
    for (const old of matches) if (old !== y) candidates.add(old - y);
  }
  let best: { by: number; first: number; last: number; count: number } | null = null;
  for (const by of candidates) {
    let first = -1;
    let last = -1;
    let count = 0;
    for (const y of changed) {
      const old = y + by;
      if (old < 0 || old >= rows || !rowsEqual(next, y, previous, old)) continue;
      if (first < 0) first = y;
      last = y;
      count++;
    }
    if (count >= 2 && (!best || count > best.count || (count === best.count && Math.abs(by) < Math.abs(best.by)))) best = { by, first, last, count };
  }
  if (!best) return { move: null, rows: changed };

  const { by, first, last } = best;
  const move = { from: first + by, to: first, count: last - first + 1 };
  // After the move, rows inside the block show old row y + by; the rest still show old row y.
  const dirty = changed.filter((y) => !(y >= first && y <= last && rowsEqual(next, y, previous, y + by)));
  return { move, rows: dirty };
}
