import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { SavedStatus, useConfirm } from '../ui/ConfirmDialog';
import { EmptyState } from '../ui/EmptyState';
import { ErrorBanner } from '../ui/ErrorBanner';
import { TextField } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { Loading } from '../ui/Loading';
import { Table } from '../ui/Table';
import { CopyButton } from './CopyButton';
import { InlineError } from '../ui/InlineError';

const TokensQuery = graphql(`
  query ApiTokensPage_Tokens($allUsers: Boolean!) {
    apiTokens(allUsers: $allUsers) {
      id
      name
      createdAt
      lastUsedAt
      owner {
        id
        username
      }
    }
  }
`);

const CreateTokenMutation = graphql(`
  mutation ApiTokensPage_CreateToken($name: String!) {
    createApiToken(name: $name) {
      secret
      apiToken {
        id
        name
      }
    }
  }
`);

const RevokeTokenMutation = graphql(`
  mutation ApiTokensPage_RevokeToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

/** Every user's own API tokens; administrators can also see and revoke everyone's. */
export function ApiTokensPage() {
  const { user: me } = useSession();
  const [allUsers, setAllUsers] = useState(false);
  const context = useMemo(() => ({ additionalTypenames: ['ApiToken'] }), []);
  const [result, refetch] = useQuery({ query: TokensQuery, variables: { allUsers }, context, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [revokeState, revoke] = useMutation(RevokeTokenMutation);
  const confirm = useConfirm();

  return (
    <section className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">{allUsers ? 'All API tokens' : 'My API tokens'}</h1>
          <p className="page__subtitle">
            Tokens let integrations call the API as you. The secret is shown once, when the token is created; only its hash is kept.
          </p>
        </div>
        {me?.canAdminister && (
          <label className="checkbox-option">
            <input type="checkbox" checked={allUsers} onChange={(e) => setAllUsers(e.target.checked)} />
            Show every user's tokens
          </label>
        )}
      </header>

      <CreateTokenForm onCreated={reload} />

      {result.error && <ErrorBanner error={result.error} action="list API tokens" onRetry={reload} />}
      <SavedStatus saved={confirm.saved} label="Token revoked" />
      {confirm.dialog}
      {!result.data && result.fetching && <Loading label="Loading tokens…" />}
      {result.data && result.data.apiTokens.length === 0 && <EmptyState title="No API tokens">Create one above for an integration.</EmptyState>}
      {result.data && result.data.apiTokens.length > 0 && (
        <Table caption="API tokens" busy={result.fetching}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              {allUsers && <th scope="col">Owner</th>}
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col" className="actions">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {result.data.apiTokens.map((token) => (
              <tr key={token.id} data-testid={`token-${token.name}`}>
                <td className="strong">{token.name}</td>
                {allUsers && <td>{token.owner.username}</td>}
                <td className="nowrap">{formatDateTime(token.createdAt)}</td>
                <td className="nowrap">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="muted">Never</span>}</td>
                <td className="actions">
                  <Button
                    size="small"
                    variant="danger"
                    busy={revokeState.fetching && revokeState.operation?.variables.id === token.id}
                    onClick={() => {
                      const whose = token.owner.id === me?.id ? '' : ` of ${token.owner.username}`;
                      confirm.ask({
                        title: `Revoke the token "${token.name}"${whose}?`,
                        consequence: <p>Integrations using it stop working at once. A revoked token cannot be restored; a new one must be created.</p>,
                        confirmLabel: 'Revoke token',
                        tone: 'danger',
                        run: () => revoke({ id: token.id }),
                        after: reload,
                      });
                    }}
                  >
                    Revoke
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

function CreateTokenForm({ onCreated }: { onCreated(): void }) {
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [{ fetching, error }, create] = useMutation(CreateTokenMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({ name });
    if (result.data) {
      setCreated({ name: result.data.createApiToken.apiToken.name, secret: result.data.createApiToken.secret });
      setName('');
      onCreated();
    }
  }

  return (
    <>
      <form className="card filter-bar filter-bar--inline" aria-label="Create an API token" onSubmit={(e) => void submit(e)}>
        <div className="filter-bar__fields">
          <TextField label="Token name (what uses it)" value={name} onChange={setName} required maxLength={100} placeholder="SIEM export job" />
        </div>
        <div className="filter-bar__actions">
          <Button type="submit" variant="primary" busy={fetching}>
            Create token
          </Button>
        </div>
        <InlineError error={error} />
      </form>
      {created && (
        <div className="banner banner--success" role="status" data-testid="new-token">
          <span>
            <strong>Token "{created.name}" created.</strong> Copy the secret now: it is not shown again.
            <br />
            <code className="mono secret">{created.secret}</code> <CopyButton text={created.secret} />
          </span>
          <button type="button" className="banner__close" onClick={() => setCreated(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
    </>
  );
}
