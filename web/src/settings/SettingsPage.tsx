import { useId } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/session';
import { permissionsOf } from '../auth/permissions';
import { graphql } from '../gql';
import { ErrorBanner, PermissionDenied } from '../ui/ErrorBanner';
import { Loading } from '../ui/Loading';
import { SavedStatus, useConfirm } from '../ui/ConfirmDialog';

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
  const confirm = useConfirm();

  // The switch follows the server: it moves only after the confirmed change succeeded.
  function askToSwitch(on: boolean) {
    confirm.ask({
      title: on ? 'Allow exports for everyone?' : 'Stop exports for everyone?',
      consequence: on ? (
        <p>Users with the export roles can export recordings again; their tasks are converted by the authorized task services.</p>
      ) : (
        <p>
          Every user's new export requests will be refused with the reason shown to them, and each refusal is written to the audit trail. Tasks already queued
          or running are not cancelled.
        </p>
      ),
      confirmLabel: on ? 'Allow exports' : 'Stop exports',
      tone: on ? 'primary' : 'danger',
      run: () => save({ input: { exportsEnabled: on } }),
    });
  }

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
              onChange={(e) => askToSwitch(e.target.checked)}
            />
            <strong>Allow exports</strong>
          </label>{' '}
          <SavedStatus saved={confirm.saved} />
          {confirm.dialog}
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
