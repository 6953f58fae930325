import { formatTotal } from './format';
import { Button } from './Button';
import type { CursorPages } from './useCursorPages';

export interface PaginationProps {
  pages: CursorPages;
  pageSize: number;
  /** Rows on the current page. */
  rowCount: number;
  /** The page's connection, as every list query selects it; a large total is an estimate and shown as one. */
  connection: { totalCount: number; totalCountIsExact: boolean; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
  /** What is counted, for screen readers: "recordings". */
  noun: string;
}

export function Pagination({ pages, pageSize, rowCount, connection, noun }: PaginationProps) {
  const {
    totalCount,
    totalCountIsExact,
    pageInfo: { hasNextPage, endCursor },
  } = connection;
  const first = rowCount === 0 ? 0 : pages.index * pageSize + 1;
  const last = pages.index * pageSize + rowCount;
  return (
    <nav className="pagination" aria-label={`Pages of ${noun}`}>
      <span className="pagination__range" aria-live="polite">
        {first}–{last} of {formatTotal(totalCount, totalCountIsExact)}
      </span>
      <Button size="small" onClick={pages.previous} disabled={pages.index === 0}>
        Previous page
      </Button>
      <Button size="small" onClick={() => endCursor && pages.next(endCursor)} disabled={!hasNextPage || !endCursor}>
        Next page
      </Button>
    </nav>
  );
}
