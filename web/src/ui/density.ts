import { createContext, useContext } from 'react';

export type Density = 'COMPACT' | 'COMFORTABLE';

/** Compact rows fit a working day's list on one screen; comfortable rows read more easily. */
export const DEFAULT_DENSITY: Density = 'COMPACT';

export interface TableDensity {
  density: Density;
  setDensity(density: Density): void;
}

/**
 * The row density of every table, and how to change it. The app provides the signed-in user's
 * `density` preference; without a provider tables are compact and the switch changes nothing.
 */
export const TableDensityContext = createContext<TableDensity>({ density: DEFAULT_DENSITY, setDensity: () => undefined });

export function useTableDensity(): TableDensity {
  return useContext(TableDensityContext);
}
