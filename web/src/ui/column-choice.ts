/** Which columns of a table a user shows: pure rules, kept apart from the component for tests. */

export interface ColumnOption {
  id: string;
  label: string;
  /** Always shown: the column that names the row and opens it. */
  required?: boolean;
  /** Left out until the user asks for it. */
  hiddenByDefault?: boolean;
}

export function defaultColumns(columns: readonly ColumnOption[]): string[] {
  return columns.filter((c) => c.required || !c.hiddenByDefault).map((c) => c.id);
}

/**
 * The columns to show from a stored choice: ids the table no longer has are dropped, required
 * columns are always in, and a choice that is not a list of ids gives the defaults.
 */
export function visibleColumns(stored: unknown, columns: readonly ColumnOption[]): Set<string> {
  if (!Array.isArray(stored) || !stored.every((id) => typeof id === 'string')) return new Set(defaultColumns(columns));
  const chosen = new Set(stored as string[]);
  return new Set(columns.filter((c) => c.required || chosen.has(c.id)).map((c) => c.id));
}

/** The choice to store after one column was switched, in the table's order. */
export function toggleColumn(visible: ReadonlySet<string>, columns: readonly ColumnOption[], id: string, shown: boolean): string[] {
  return columns.filter((c) => c.required || (c.id === id ? shown : visible.has(c.id))).map((c) => c.id);
}
