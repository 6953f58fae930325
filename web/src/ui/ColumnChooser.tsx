import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { type ColumnOption, toggleColumn, visibleColumns } from './column-choice';

export type { ColumnOption } from './column-choice';

export interface ColumnChoice {
  columns: readonly ColumnOption[];
  visible: ReadonlySet<string>;
  setShown(id: string, shown: boolean): void;
}

/**
 * The columns a user shows in one table, from the stored choice (the preference
 * `columns.<table>`, read and kept by `useStoredColumnChoice`) and the way to store it.
 * Pass the columns as a constant defined outside the component.
 */
export function useColumnChoice(columns: readonly ColumnOption[], stored: unknown, store: (ids: string[]) => void): ColumnChoice {
  const visible = useMemo(() => visibleColumns(stored, columns), [stored, columns]);
  const setShown = useCallback((id: string, shown: boolean) => store(toggleColumn(visible, columns, id, shown)), [store, visible, columns]);
  return { columns, visible, setShown };
}

/** A "Columns" menu of checkboxes; Escape or a click elsewhere closes it. */
export function ColumnChooser({ choice, tableLabel }: { choice: ColumnChoice; tableLabel: string }) {
  const id = useId();
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const close = (event: Event) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && details.open) {
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', close);
    details.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', close);
      details.removeEventListener('keydown', closeOnEscape);
    };
  }, []);

  return (
    <details className="column-chooser" ref={ref}>
      <summary className="button button--small column-chooser__toggle">Columns</summary>
      <fieldset className="column-chooser__menu">
        <legend className="field__label">Columns of {tableLabel}</legend>
        {choice.columns.map((column) => (
          <label key={column.id} className="checkbox-option" htmlFor={`${id}-${column.id}`}>
            <input
              id={`${id}-${column.id}`}
              type="checkbox"
              checked={choice.visible.has(column.id)}
              disabled={column.required}
              onChange={(e) => choice.setShown(column.id, e.target.checked)}
            />
            {column.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
