import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '../api/errors';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { setShownTimeZone } from '../ui/format';
import { Loading } from '../ui/Loading';
import { PreferencesContext, type PreferencesState } from './preferences-context';

const PreferencesQuery = graphql(`
  query PreferencesProvider_Preferences {
    me {
      id
      preferences {
        key
        value
      }
    }
  }
`);

const SetPreferenceMutation = graphql(`
  mutation PreferencesProvider_SetPreference($key: String!, $value: String!) {
    setPreference(key: $key, value: $value) {
      key
      value
    }
  }
`);

function parsed(preferences: readonly { key: string; value: string }[]): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const { key, value } of preferences) {
    try {
      values.set(key, JSON.parse(value));
    } catch {
      // The server checks every value it keeps; one that does not parse is left at its fallback.
    }
  }
  return values;
}

/**
 * Loads the signed-in user's preferences once, before the pages show (so times do not jump from
 * UTC to local), and keeps changes made since. `children` is a function so that the whole page
 * is drawn again when the time zone changes: `formatDateTime` is a plain function every page
 * calls, not a hook. `notice` says when loading or saving failed; the page shows it in its main
 * region.
 */
export function PreferencesProvider({ children }: { children: (notice: ReactNode) => ReactNode }) {
  const [result] = useQuery({ query: PreferencesQuery });
  const [, save] = useMutation(SetPreferenceMutation);
  const [changes, setChanges] = useState<ReadonlyMap<string, unknown>>(new Map());
  const [saveError, setSaveError] = useState<string | null>(null);
  // The latest change of each key, so a slow answer to an older save cannot undo a newer one.
  const latest = useRef(new Map<string, number>());

  const loaded = useMemo(() => parsed(result.data?.me?.preferences ?? []), [result.data]);
  const values = useMemo(() => new Map([...loaded, ...changes]), [loaded, changes]);

  // The changes as last drawn, to put back what a failed save replaced.
  const drawnChanges = useRef(changes);
  drawnChanges.current = changes;

  const set = useCallback(
    (key: string, value: unknown) => {
      const attempt = (latest.current.get(key) ?? 0) + 1;
      latest.current.set(key, attempt);
      const before = drawnChanges.current;
      const previous = { had: before.has(key), value: before.get(key) };
      setChanges((current) => new Map(current).set(key, value));
      setSaveError(null);
      void save({ key, value: JSON.stringify(value) }).then(({ error }) => {
        if (!error || latest.current.get(key) !== attempt) return;
        setChanges((current) => {
          const next = new Map(current);
          if (previous.had) next.set(key, previous.value);
          else next.delete(key);
          return next;
        });
        setSaveError(errorMessage(error));
      });
    },
    [save],
  );

  const state = useMemo<PreferencesState>(() => ({ values, set }), [values, set]);

  if (result.fetching && !result.data) return <Loading label="Loading your preferences…" />;

  // Set while drawing, before any page below calls formatDateTime.
  setShownTimeZone(values.get('timeZone') === 'LOCAL' ? 'LOCAL' : 'UTC');

  const notice = (
    <>
      {result.error && !result.data && (
        <div className="banner banner--warning" role="alert">
          <span>Your preferences could not be loaded, so the defaults apply. {errorMessage(result.error)}</span>
        </div>
      )}
      {saveError && (
        <div className="banner banner--danger" role="alert">
          <span>Your preference could not be saved. {saveError}</span>
          <Button size="small" onClick={() => setSaveError(null)}>
            Dismiss
          </Button>
        </div>
      )}
    </>
  );

  return <PreferencesContext.Provider value={state}>{children(notice)}</PreferencesContext.Provider>;
}
