import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/session';
import { graphql, useFragment, type FragmentType } from '../gql';
import type { Role } from '../gql/graphql';
import { Button } from '../ui/Button';
import { ErrorBanner, PermissionDenied } from '../ui/ErrorBanner';
import { TextField } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import { StatusBadge } from '../ui/StatusBadge';
import { Table } from '../ui/Table';
import { EffectiveRoles } from './EffectiveRoles';
import { RoleChecklist } from './RoleChecklist';
import { InlineError } from '../ui/InlineError';
import { SavedStatus, useConfirm } from '../ui/ConfirmDialog';
import { describeRoleChange } from './role-change';

const UserFragment = graphql(`
  fragment UsersPage_User on User {
    id
    username
    roles
    disabled
    createdAt
    groups {
      id
      name
    }
    roleGrants {
      role
      source
      group {
        id
        name
      }
    }
  }
`);

const UsersQuery = graphql(`
  query UsersPage_Users {
    users {
      id
      ...UsersPage_User
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation UsersPage_CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      username
      ...UsersPage_User
    }
  }
`);

const DisableUserMutation = graphql(`
  mutation UsersPage_DisableUser($id: ID!) {
    disableUser(id: $id) {
      id
      disabled
    }
  }
`);

const EnableUserMutation = graphql(`
  mutation UsersPage_EnableUser($id: ID!) {
    enableUser(id: $id) {
      id
      disabled
    }
  }
`);

const ResetPasswordMutation = graphql(`
  mutation UsersPage_ResetPassword($id: ID!, $password: String!) {
    resetUserPassword(id: $id, password: $password) {
      id
    }
  }
`);

const GrantRoleMutation = graphql(`
  mutation UsersPage_GrantRole($userId: ID!, $role: Role!) {
    grantUserRole(userId: $userId, role: $role) {
      ...UsersPage_User
    }
  }
`);

const RevokeRoleMutation = graphql(`
  mutation UsersPage_RevokeRole($userId: ID!, $role: Role!) {
    revokeUserRole(userId: $userId, role: $role) {
      ...UsersPage_User
    }
  }
`);

/** Administrators: create users, disable and enable them, reset passwords, assign roles. */
export function UsersPage() {
  const { user: me } = useSession();
  const context = useMemo(() => ({ additionalTypenames: ['User', 'Group'] }), []);
  const [result, refetch] = useQuery({ query: UsersQuery, context, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (!me?.canAdminister) {
    return (
      <section className="page">
        <Header />
        <PermissionDenied action="manage users" />
      </section>
    );
  }

  return (
    <section className="page">
      <Header />
      <CreateUserForm onCreated={reload} />
      {result.error && <ErrorBanner error={result.error} action="list users" onRetry={reload} />}
      {!result.data && result.fetching && <Loading label="Loading users…" />}
      {result.data && (
        <Table caption="Users" busy={result.fetching}>
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Status</th>
              <th scope="col">Roles assigned directly</th>
              <th scope="col">Effective roles</th>
              <th scope="col">Groups</th>
              <th scope="col" className="actions">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {result.data.users.map((user) => (
              <UserRow key={user.id} user={user} isMe={user.id === me.id} onChanged={reload} />
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

function Header() {
  return (
    <header className="page__header">
      <div>
        <h1 className="page__title">Users</h1>
        <p className="page__subtitle">Who may sign in, and with which roles. A user's effective roles are their own plus those of their groups.</p>
      </div>
    </header>
  );
}

function CreateUserForm({ onCreated }: { onCreated(): void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [created, setCreated] = useState<string | null>(null);
  const [{ fetching, error }, createUser] = useMutation(CreateUserMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await createUser({ input: { username, password, roles } });
    if (result.data) {
      setCreated(result.data.createUser.username);
      setUsername('');
      setPassword('');
      setRoles([]);
      onCreated();
    }
  }

  return (
    <form className="card filter-bar" aria-label="Create a user" onSubmit={(e) => void submit(e)}>
      <div className="filter-bar__fields">
        <TextField label="Username" value={username} onChange={setUsername} required autoComplete="off" />
        <TextField
          label="Initial password (12 characters or more)"
          type="password"
          value={password}
          onChange={setPassword}
          required
          minLength={12}
          autoComplete="new-password"
        />
        <RoleChecklist legend="Roles" selected={roles} onToggle={(role, on) => setRoles(on ? [...roles, role] : roles.filter((r) => r !== role))} />
      </div>
      <div className="filter-bar__actions">
        <Button type="submit" variant="primary" busy={fetching}>
          Create user
        </Button>
      </div>
      <InlineError error={error} />
      {created && <Notice onDismiss={() => setCreated(null)}>User {created} created.</Notice>}
    </form>
  );
}

function UserRow({ isMe, onChanged, ...props }: { user: FragmentType<typeof UserFragment>; isMe: boolean; onChanged(): void }) {
  const user = useFragment(UserFragment, props.user);
  const [disableState, disable] = useMutation(DisableUserMutation);
  const [enableState, enable] = useMutation(EnableUserMutation);
  const [grantState, grant] = useMutation(GrantRoleMutation);
  const [revokeState, revoke] = useMutation(RevokeRoleMutation);
  const [resetting, setResetting] = useState(false);
  const confirm = useConfirm();

  // The checkbox follows the server: it changes only after the confirmed mutation succeeded.
  function toggleRole(role: Role, on: boolean) {
    const words = describeRoleChange({ role, on, holder: user.username, kind: 'user' });
    confirm.ask({
      title: words.title,
      consequence: <p>{words.consequence}</p>,
      confirmLabel: words.confirmLabel,
      tone: on ? 'primary' : 'danger',
      run: () => (on ? grant({ userId: user.id, role }) : revoke({ userId: user.id, role })),
      after: onChanged,
    });
  }

  function toggleDisabled() {
    const enabling = user.disabled;
    confirm.ask({
      title: enabling ? `Enable ${user.username}?` : `Disable ${user.username}?`,
      consequence: (
        <p>
          {enabling
            ? `${user.username} will be able to sign in again, with the roles shown.`
            : `${user.username} will be signed out at once and can no longer sign in or use API tokens until enabled again.`}
        </p>
      ),
      confirmLabel: enabling ? 'Enable user' : 'Disable user',
      tone: enabling ? 'primary' : 'danger',
      run: () => (enabling ? enable({ id: user.id }) : disable({ id: user.id })),
      after: onChanged,
    });
  }

  return (
    <tr data-testid={`user-${user.username}`}>
      <td>
        <div className="strong">
          {user.username}
          {isMe && <span className="muted"> (you)</span>}
        </div>
        <div className="muted small">since {formatDateTime(user.createdAt)}</div>
      </td>
      <td>{user.disabled ? <StatusBadge tone="danger">Disabled</StatusBadge> : <StatusBadge tone="success">Active</StatusBadge>}</td>
      <td>
        <RoleChecklist
          hideLegend
          legend={`Roles of ${user.username}`}
          selected={user.roles}
          disabled={grantState.fetching || revokeState.fetching}
          onToggle={toggleRole}
        />
        <SavedStatus saved={confirm.saved} />
        {confirm.dialog}
      </td>
      <td>
        <EffectiveRoles grants={user.roleGrants} />
      </td>
      <td>{user.groups.length ? user.groups.map((g) => g.name).join(', ') : <span className="muted">None</span>}</td>
      <td className="actions">
        {!isMe && (
          <Button size="small" variant={user.disabled ? 'secondary' : 'danger'} busy={disableState.fetching || enableState.fetching} onClick={toggleDisabled}>
            {user.disabled ? 'Enable' : 'Disable'}
          </Button>
        )}{' '}
        <Button size="small" onClick={() => setResetting(!resetting)} aria-expanded={resetting}>
          Reset password
        </Button>
        {resetting && <ResetPasswordForm userId={user.id} username={user.username} onDone={() => setResetting(false)} />}
      </td>
    </tr>
  );
}

function ResetPasswordForm({ userId, username, onDone }: { userId: string; username: string; onDone(): void }) {
  const [password, setPassword] = useState('');
  const [{ fetching, error }, reset] = useMutation(ResetPasswordMutation);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await reset({ id: userId, password });
    if (!result.error) {
      setPassword('');
      setDone(true);
    }
  }

  if (done) return <Notice onDismiss={onDone}>New password set; {username}'s sessions have ended.</Notice>;
  return (
    <form className="reset-password" onSubmit={(e) => void submit(e)}>
      <TextField
        label={`New password for ${username}`}
        type="password"
        value={password}
        onChange={setPassword}
        required
        minLength={12}
        autoComplete="new-password"
      />
      <Button type="submit" size="small" variant="primary" busy={fetching}>
        Set password
      </Button>
      <InlineError error={error} />
    </form>
  );
}
