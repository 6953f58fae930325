import type { ReactNode, ThHTMLAttributes } from 'react';
import { useTableDensity } from './density';

interface TableProps {
  caption: string;
  children: ReactNode;
  busy?: boolean;
  /**
   * In compact density, every row is one line and long values are cut with an ellipsis (cells
   * with `cell-text`): for tables whose cells hold one value each, not paragraphs.
   */
  oneLineRows?: boolean;
}

/** A data table in the user's row density; its header row stays in view while the page scrolls. */
export function Table({ caption, children, busy = false, oneLineRows = false }: TableProps) {
  const { density } = useTableDensity();
  const compact = density === 'COMPACT';
  return (
    <div className={`card table-wrap${busy ? ' table-wrap--busy' : ''}`} aria-busy={busy || undefined}>
      <table className={`table${compact ? ' table--compact' : ''}${compact && oneLineRows ? ' table--one-line' : ''}`}>
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export type SortDirection = 'ASC' | 'DESC';

interface SortableHeaderProps extends ThHTMLAttributes<HTMLTableCellElement> {
  label: string;
  /** The direction when this column is the sort key, otherwise undefined. */
  direction: SortDirection | undefined;
  onSort(): void;
}

/** A column header that sorts on click; aria-sort tells assistive technology the current order. */
export function SortableHeader({ label, direction, onSort, ...rest }: SortableHeaderProps) {
  const ariaSort = direction === 'ASC' ? 'ascending' : direction === 'DESC' ? 'descending' : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} {...rest}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span className={`sort-button__icon${direction ? ' sort-button__icon--active' : ''}`} aria-hidden="true">
          {direction === 'ASC' ? '▲' : direction === 'DESC' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
