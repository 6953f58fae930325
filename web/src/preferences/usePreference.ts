import { useCallback, useContext } from 'react';
import { PreferencesContext } from './preferences-context';

/**
 * One preference of the signed-in user, kept on the server (see the README for the keys and
 * their shapes), and how to change it: the change shows at once and is saved in the background;
 * if saving fails, the previous value comes back and the app says why. Outside a signed-in page
 * (the sign-in page) it is `fallback` and changes are not kept.
 */
export function usePreference<T>(key: string, fallback: T): [T, (value: T) => void] {
  const preferences = useContext(PreferencesContext);
  const value = preferences?.values.has(key) ? (preferences.values.get(key) as T) : fallback;
  const set = useCallback((next: T) => preferences?.set(key, next), [preferences, key]);
  return [value, set];
}
