import { useCallback, useState } from 'react';

export interface CursorPages {
  /** The `after` argument of the current page; null for the first page. */
  after: string | null;
  /** 0 for the first page. */
  index: number;
  next(endCursor: string): void;
  previous(): void;
  /** Back to the first page, e.g. after the filters changed. */
  reset(): void;
}

/**
 * Keyset pagination moves forward only, so going back means remembering the cursor each page
 * was opened with.
 */
export function useCursorPages(): CursorPages {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const next = useCallback((endCursor: string) => setStack((s) => [...s, endCursor]), []);
  const previous = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = useCallback(() => setStack([null]), []);
  return { after: stack[stack.length - 1] ?? null, index: stack.length - 1, next, previous, reset };
}
