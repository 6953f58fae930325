import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import {
  firstPage,
  nextPage,
  parseListState,
  previousPage,
  serializeListState,
  type FilterParam,
  type FilterValues,
  type ListSort,
  type ListSpec,
  type ListState,
} from './list-state';
import { navigate, useLocation } from './router';

export type { FilterParam, FilterValues, ListSort, ListSpec } from './list-state';

/** The pages of a keyset-paginated list, as `<Pagination>` takes them (the shape of ui's `CursorPages`). */
export interface ListPages {
  /** The `after` argument of the current page; null for the first page. */
  after: string | null;
  /** 0 for the first page. */
  index: number;
  next(endCursor: string): void;
  previous(): void;
  /** Back to the first page, replacing the history entry (e.g. after a refused cursor). */
  reset(): void;
}

export interface ListStateApi<F extends Record<string, FilterParam>, S extends string> {
  /** The filters in the URL, validated against the spec. */
  filters: FilterValues<F>;
  sort: ListSort<S>;
  /** Ready for `<Pagination>` and for the query's `after` variable. */
  pages: ListPages;
  /**
   * New filters, from the first page. `replace: true` for filters applied while typing, so that
   * Back does not step through every keystroke; applied searches add a history entry.
   */
  setFilters(filters: FilterValues<F>, options?: { replace?: boolean }): void;
  /** A new order, from the first page. */
  setSort(sort: ListSort<S>): void;
}

/**
 * A list's filters, sort and page cursor, kept in the URL query string (see list-state.ts for the
 * format). Changes of page and of applied filters add a history entry, so Back returns to the
 * previous page or search, and to the list after opening one of its rows. Pass the spec as a
 * constant defined outside the component.
 */
export function useListState<F extends Record<string, FilterParam>, S extends string>(spec: ListSpec<F, S>): ListStateApi<F, S> {
  const { pathname, search } = useLocation();
  const query = search.toString();
  const state = useMemo(() => parseListState(new URLSearchParams(query), spec), [query, spec]);

  // Read through a ref so the callbacks stay stable across renders.
  const current = useRef({ state, pathname });
  current.current = { state, pathname };

  const go = useCallback(
    (next: ListState<F, S>, replace: boolean) => {
      const qs = serializeListState(next, spec);
      navigate(`${current.current.pathname}${qs ? `?${qs}` : ''}`, { replace });
    },
    [spec],
  );

  const setFilters = useCallback(
    (filters: FilterValues<F>, { replace = false }: { replace?: boolean } = {}) => go(firstPage({ ...current.current.state, filters }), replace),
    [go],
  );
  const setSort = useCallback((sort: ListSort<S>) => go(firstPage({ ...current.current.state, sort }), false), [go]);
  const next = useCallback((endCursor: string) => go(nextPage(current.current.state, endCursor), false), [go]);
  const previous = useCallback(() => go(previousPage(current.current.state), false), [go]);
  const reset = useCallback(() => go(firstPage(current.current.state), true), [go]);

  const after = state.cursors.at(-1) ?? null;
  const pages = useMemo<ListPages>(() => ({ after, index: state.pageIndex, next, previous, reset }), [after, state.pageIndex, next, previous, reset]);

  return { filters: state.filters, sort: state.sort, pages, setFilters, setSort };
}

/** The server's refusal of a cursor that does not fit the list (edited, or from another order). */
export function isCursorRefusal(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions?.field === 'after');
}

/**
 * A cursor from an old link that the server refuses opens the first page instead of an error.
 * `fellBack` stays true until dismissed, so the page can say why it shows the first page; hide
 * the error banner while `isCursorRefusal(error)`.
 */
export function useCursorFallback(error: CombinedError | undefined, pages: ListPages): { fellBack: boolean; dismiss(): void } {
  const [fellBack, setFellBack] = useState(false);
  const refused = isCursorRefusal(error) && pages.after !== null;
  useEffect(() => {
    if (!refused) return;
    setFellBack(true);
    pages.reset();
  }, [refused, pages]);
  const dismiss = useCallback(() => setFellBack(false), []);
  return { fellBack, dismiss };
}
