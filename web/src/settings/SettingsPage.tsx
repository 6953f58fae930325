import { useId } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/session';
import { permissionsOf } from '../auth/permissions';
import { graphql } from '../gql';
import { ErrorBanner, PermissionDenied } from '../ui/ErrorBanner';
import { Loading } from '../ui/Loading';

const SettingsQuery = graphql(`
  query SettingsPage_Settings {
    settings {
      exportsEnabled
    }
  }
`);

const UpdateSettingsMutation = graphql(`
  mutation SettingsPage_UpdateSettings($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      exportsEnabled
    }
  }
`);

/** Server settings an administrator changes; each change is written to the audit trail. */
export function SettingsPage() {
  const { user } = useSession();
  const canAdminister = user ? permissionsOf(user).administer : false;
  const [result, reexecute] = useQuery({ query: SettingsQuery, pause: !canAdminister, requestPolicy: 'cache-and-network' });
  const [update, save] = useMutation(UpdateSettingsMutation);
  const fieldId = useId();
  const hintId = useId();

  if (!canAdminister) {
    return (
      <section className="page">
        <PageHeader />
        <PermissionDenied action="change settings" detail="Settings are changed by users with the ADMINISTRATOR role." />
      </section>
    );
  }

  const enabled = result.data?.settings.exportsEnabled;
  return (
    <section className="page">
      <PageHeader />
      {result.error && <ErrorBanner error={result.error} action="read the settings" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {update.error && <ErrorBanner error={update.error} action="change settings" />}
      {enabled === undefined && result.fetching && <Loading label="Loading settings…" />}
      {enabled !== undefined && (
        <div className="settings-card">
          <label className="checkbox-option" htmlFor={fieldId}>
            <input
              id={fieldId}
              type="checkbox"
              checked={enabled}
              disabled={update.fetching}
              aria-describedby={hintId}
              data-testid="exports-enabled"
              onChange={(e) => void save({ input: { exportsEnabled: e.target.checked } })}
            />
            <strong>Allow exports</strong>
          </label>
          <p id={hintId} className="muted small">
            {enabled
              ? 'Exports are accepted and converted by the authorized task services.'
              : 'Exports are refused: users see why, and each refused request is written to the audit trail.'}{' '}
            Every change is recorded in the audit trail as “Settings changed”.
          </p>
        </div>
      )}
    </section>
  );
}

function PageHeader() {
  return (
    <header className="page__header">
      <div>
        <h1 className="page__title">Settings</h1>
        <p className="page__subtitle">How this Custodian server handles exports.</p>
      </div>
    </header>
  );
}
