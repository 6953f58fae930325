import { type ReactNode, useMemo } from 'react';
import { usePreference } from '../preferences/usePreference';
import { DEFAULT_DENSITY, type Density, TableDensityContext } from '../ui/density';

/** Gives every table and density switch below it the user's `density` preference. */
export function TableDensityScope({ children }: { children: ReactNode }) {
  const [stored, setDensity] = usePreference<Density>('density', DEFAULT_DENSITY);
  const density: Density = stored === 'COMFORTABLE' ? 'COMFORTABLE' : 'COMPACT';
  const value = useMemo(() => ({ density, setDensity }), [density, setDensity]);
  return <TableDensityContext.Provider value={value}>{children}</TableDensityContext.Provider>;
}
