/**
 * A list's filters, sort and page kept in the URL query string, so that Back, a reload and a
 * link sent to a colleague open the same list at the same page. Pure: parsing and writing only.
 *
 * The query string holds one parameter per filter (repeated for filters with several values),
 * `sort=FIELD.asc|desc` when the order differs from the list's default, and `after`, repeated,
 * for the cursors that opened the pages since the first one: the last is the current page's,
 * the ones before it let Previous page work after a reload. Anything else in the URL is ignored.
 */

export type SortDirection = 'ASC' | 'DESC';

export interface ListSort<S extends string = string> {
  field: S;
  direction: SortDirection;
}

export interface FilterParam {
  /** Longest accepted value in characters; longer values in a URL are ignored. Default 200. */
  maxLength?: number;
  /** The only values accepted (an enumeration); others in a URL are ignored. */
  oneOf?: readonly string[];
  /** Several values, as repeated parameters (checkbox groups). */
  multiple?: boolean;
}

export interface ListSpec<F extends Record<string, FilterParam>, S extends string> {
  /** Filter names as they appear in the URL, with their limits. */
  filters: F;
  sortFields: readonly S[];
  defaultSort: ListSort<S>;
}

/** A filter's value: one of its `oneOf` values when it has them, several with `multiple`. */
type FilterValue<P> = P extends { oneOf: readonly (infer V)[] } ? V : string;

export type FilterValues<F extends Record<string, FilterParam>> = {
  -readonly [K in keyof F]?: F[K] extends { multiple: true } ? FilterValue<F[K]>[] : FilterValue<F[K]>;
};

export interface ListState<F extends Record<string, FilterParam>, S extends string> {
  filters: FilterValues<F>;
  sort: ListSort<S>;
  /** Cursors of the pages opened since the first; empty on the first page. */
  cursors: string[];
  /** 0 for the first page. Larger than `cursors.length` when early cursors were dropped. */
  pageIndex: number;
}

export const DEFAULT_MAX_LENGTH = 200;
/** Keyset cursors are short (a sort value and an id); anything longer is not one of ours. */
export const MAX_CURSOR_LENGTH = 512;
/** Cursors kept for Previous page; going further forward drops the oldest. */
export const MAX_CURSORS = 20;
/** Values kept per filter with several values. */
export const MAX_VALUES = 50;

const SORT_PARAM = 'sort';
const CURSOR_PARAM = 'after';
const PAGE_PARAM = 'page';
const RESERVED = new Set([SORT_PARAM, CURSOR_PARAM, PAGE_PARAM]);
const CURSOR_SHAPE = /^[A-Za-z0-9_=-]+$/;

function acceptable(value: string, param: FilterParam): boolean {
  if (value.length === 0 || value.length > (param.maxLength ?? DEFAULT_MAX_LENGTH)) return false;
  return !param.oneOf || param.oneOf.includes(value);
}

export function parseListState<F extends Record<string, FilterParam>, S extends string>(search: URLSearchParams, spec: ListSpec<F, S>): ListState<F, S> {
  const filters: Record<string, string | string[]> = {};
  for (const [name, param] of Object.entries(spec.filters)) {
    if (RESERVED.has(name)) throw new Error(`"${name}" is reserved for the list's sort and pages`);
    if (param.multiple) {
      const values = [...new Set(search.getAll(name).filter((v) => acceptable(v, param)))].slice(0, MAX_VALUES);
      if (values.length > 0) filters[name] = values;
    } else {
      const value = search.get(name);
      if (value !== null && acceptable(value, param)) filters[name] = value;
    }
  }
  return {
    filters: filters as FilterValues<F>,
    sort: parseSort(search.get(SORT_PARAM), spec),
    ...parsePages(search),
  };
}

function parseSort<S extends string>(raw: string | null, spec: { sortFields: readonly S[]; defaultSort: ListSort<S> }): ListSort<S> {
  const match = raw ? /^([A-Z_]{1,40})\.(asc|desc)$/i.exec(raw) : null;
  const field = match?.[1]?.toUpperCase() as S | undefined;
  if (!match || !field || !spec.sortFields.includes(field)) return spec.defaultSort;
  return { field, direction: match[2]!.toUpperCase() as SortDirection };
}

function parsePages(search: URLSearchParams): { cursors: string[]; pageIndex: number } {
  const all = search.getAll(CURSOR_PARAM);
  // One bad cursor makes the trail meaningless: start from the first page rather than guess.
  if (all.length === 0 || all.some((c) => c.length > MAX_CURSOR_LENGTH || !CURSOR_SHAPE.test(c))) return { cursors: [], pageIndex: 0 };
  const cursors = all.slice(-MAX_CURSORS);
  const page = Number(search.get(PAGE_PARAM));
  const pageIndex = Number.isInteger(page) && page - 1 > cursors.length && page <= 1_000_000 ? page - 1 : cursors.length;
  return { cursors, pageIndex };
}

/** The query string (without `?`) for a state; filters in the spec's order, defaults left out. */
export function serializeListState<F extends Record<string, FilterParam>, S extends string>(state: ListState<F, S>, spec: ListSpec<F, S>): string {
  const search = new URLSearchParams();
  for (const [name, param] of Object.entries(spec.filters)) {
    const value = (state.filters as Record<string, string | string[] | undefined>)[name];
    const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
    for (const v of values) if (acceptable(v, param)) search.append(name, v);
  }
  const { sort } = state;
  if (sort.field !== spec.defaultSort.field || sort.direction !== spec.defaultSort.direction) {
    search.set(SORT_PARAM, `${sort.field}.${sort.direction.toLowerCase()}`);
  }
  const cursors = state.cursors.slice(-MAX_CURSORS);
  for (const cursor of cursors) search.append(CURSOR_PARAM, cursor);
  if (cursors.length > 0 && state.pageIndex > cursors.length) search.set(PAGE_PARAM, String(state.pageIndex + 1));
  return search.toString();
}

/** The next page: its cursor joins the trail, the oldest leaves it when the trail is full. */
export function nextPage<T extends { cursors: string[]; pageIndex: number }>(state: T, endCursor: string): T {
  return { ...state, cursors: [...state.cursors, endCursor].slice(-MAX_CURSORS), pageIndex: state.pageIndex + 1 };
}

/**
 * The page before. When the trail was cut (more than MAX_CURSORS pages forward), the pages
 * before it cannot be reached again, so the first page is the one before.
 */
export function previousPage<T extends { cursors: string[]; pageIndex: number }>(state: T): T {
  if (state.cursors.length <= 1) return firstPage(state);
  return { ...state, cursors: state.cursors.slice(0, -1), pageIndex: state.pageIndex - 1 };
}

export function firstPage<T extends { cursors: string[]; pageIndex: number }>(state: T): T {
  return { ...state, cursors: [], pageIndex: 0 };
}
