import { type ColumnChoice, type ColumnOption, useColumnChoice } from '../ui/ColumnChooser';
import { usePreference } from './usePreference';

/** The tables whose columns a user chooses; each is kept as the preference `columns.<table>`. */
export type ChoosableTable = 'recordings' | 'tasks' | 'audit';

/**
 * The columns a user shows in one table, kept on the server with their other preferences so that
 * a hidden column stays hidden after a reload and in another browser. Pass the columns as a
 * constant defined outside the component.
 */
export function useStoredColumnChoice(table: ChoosableTable, columns: readonly ColumnOption[]): ColumnChoice {
  const [stored, store] = usePreference<unknown>(`columns.${table}`, null);
  return useColumnChoice(columns, stored, store);
}
