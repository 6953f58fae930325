import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from '../navigation/router';
import { usePreference } from '../preferences/usePreference';
import { Button } from '../ui/Button';
import { SavedStatus } from '../ui/ConfirmDialog';
import { TextField } from '../ui/fields';
import { currentQuery, deleteQuery, filterSearch, MAX_QUERY_NAME_LENGTH, readSavedQueries, saveQuery, type SavedAuditQuery } from './saved-queries';

/**
 * The auditor's own named filter sets, kept on the server with their other preferences: save
 * the filters shown under a name, open one (a link, so Back returns), or delete it.
 */
export function SavedQueries() {
  const [stored, store] = usePreference<unknown>('savedAuditQueries', []);
  const queries = readSavedQueries(stored);
  const { search } = useLocation();
  const shown = filterSearch(search.toString());
  const current = currentQuery(queries, shown);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const headingId = useId();

  function save(event: FormEvent) {
    event.preventDefault();
    const outcome = saveQuery(queries, name, shown);
    if (!outcome.ok) {
      setProblem(outcome.message);
      setSaved(null);
      return;
    }
    store(outcome.queries satisfies SavedAuditQuery[]);
    setProblem(null);
    setSaved(outcome.replaced ? `Saved: “${name.trim()}” now holds these filters` : `Saved as “${name.trim()}”`);
    setName('');
  }

  return (
    <section className="card saved-queries" aria-labelledby={headingId} data-testid="saved-queries">
      <h2 id={headingId} className="saved-queries__title">
        Saved queries
      </h2>
      {queries.length === 0 ? (
        <p className="muted small">None yet: apply filters, then save them under a name to come back to them.</p>
      ) : (
        <ul className="saved-queries__list">
          {queries.map((query) => (
            <li key={query.name} className="saved-queries__item">
              <Link to={`/audit${query.search ? `?${query.search}` : ''}`} aria-current={query === current ? 'true' : undefined}>
                {query.name}
              </Link>
              <Button
                size="small"
                variant="ghost"
                aria-label={`Delete the saved query ${query.name}`}
                onClick={() => {
                  store(deleteQuery(queries, query.name));
                  setSaved(null);
                }}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="saved-queries__form" onSubmit={save} aria-label="Save the current filters">
        <TextField
          label="Name for the current filters"
          value={name}
          onChange={(value) => {
            setName(value);
            setProblem(null);
          }}
          maxLength={MAX_QUERY_NAME_LENGTH}
          required
          aria-invalid={problem ? true : undefined}
        />
        <Button type="submit" size="small">
          Save query
        </Button>
        {problem && (
          <p className="error-text small" role="alert">
            {problem}
          </p>
        )}
        <SavedStatus saved={saved !== null} label={saved ?? undefined} />
      </form>
    </section>
  );
}
