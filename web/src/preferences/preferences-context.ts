import { createContext } from 'react';

/** The signed-in user's preferences as the web app holds them: parsed values by key. */
export interface PreferencesState {
  values: ReadonlyMap<string, unknown>;
  /** Shows `value` at once and saves it; a failed save puts the previous value back and says why. */
  set(key: string, value: unknown): void;
}

export const PreferencesContext = createContext<PreferencesState | null>(null);
