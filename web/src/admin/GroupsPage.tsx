import { useId, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/session';
import { graphql, useFragment, type FragmentType } from '../gql';
import type { Role } from '../gql/graphql';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { ErrorBanner, PermissionDenied } from '../ui/ErrorBanner';
import { TextField } from '../ui/fields';
import { Loading } from '../ui/Loading';
import { Table } from '../ui/Table';
import { RoleChecklist } from './RoleChecklist';
import { InlineError } from '../ui/InlineError';
import { SavedStatus, useConfirm } from '../ui/ConfirmDialog';
import { describeRoleChange } from './role-change';

const GroupFragment = graphql(`
  fragment GroupsPage_Group on Group {
    id
    name
    roles
    members {
      id
      username
    }
  }
`);

const GroupsQuery = graphql(`
  query GroupsPage_Groups {
    groups {
      id
      ...GroupsPage_Group
    }
    users {
      id
      username
    }
  }
`);

const CreateGroupMutation = graphql(`
  mutation GroupsPage_CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupsPage_Group
    }
  }
`);

const RenameGroupMutation = graphql(`
  mutation GroupsPage_RenameGroup($id: ID!, $name: String!) {
    renameGroup(id: $id, name: $name) {
      id
      name
    }
  }
`);

const DeleteGroupMutation = graphql(`
  mutation GroupsPage_DeleteGroup($id: ID!) {
    deleteGroup(id: $id)
  }
`);

const AddMemberMutation = graphql(`
  mutation GroupsPage_AddMember($groupId: ID!, $userId: ID!) {
    addGroupMember(groupId: $groupId, userId: $userId) {
      ...GroupsPage_Group
    }
  }
`);

const RemoveMemberMutation = graphql(`
  mutation GroupsPage_RemoveMember($groupId: ID!, $userId: ID!) {
    removeGroupMember(groupId: $groupId, userId: $userId) {
      ...GroupsPage_Group
    }
  }
`);

const GrantRoleMutation = graphql(`
  mutation GroupsPage_GrantRole($groupId: ID!, $role: Role!) {
    grantGroupRole(groupId: $groupId, role: $role) {
      ...GroupsPage_Group
    }
  }
`);

const RevokeRoleMutation = graphql(`
  mutation GroupsPage_RevokeRole($groupId: ID!, $role: Role!) {
    revokeGroupRole(groupId: $groupId, role: $role) {
      ...GroupsPage_Group
    }
  }
`);

/** Administrators: groups, the roles they give and their members. */
export function GroupsPage() {
  const { user: me } = useSession();
  const context = useMemo(() => ({ additionalTypenames: ['Group', 'User'] }), []);
  const [result, refetch] = useQuery({ query: GroupsQuery, context, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (!me?.canAdminister) {
    return (
      <section className="page">
        <Header />
        <PermissionDenied action="manage groups" />
      </section>
    );
  }

  return (
    <section className="page">
      <Header />
      <CreateGroupForm onCreated={reload} />
      {result.error && <ErrorBanner error={result.error} action="list groups" onRetry={reload} />}
      {!result.data && result.fetching && <Loading label="Loading groups…" />}
      {result.data && result.data.groups.length === 0 && <EmptyState title="No groups yet">Create one above, then add members and give it roles.</EmptyState>}
      {result.data && result.data.groups.length > 0 && (
        <Table caption="Groups" busy={result.fetching}>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Roles given to members</th>
              <th scope="col">Members</th>
              <th scope="col" className="actions">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {result.data.groups.map((group) => (
              <GroupRow key={group.id} group={group} users={result.data!.users} onChanged={reload} />
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
        <h1 className="page__title">Groups</h1>
        <p className="page__subtitle">Roles given to a group are held by each member. Removing a member takes them away at once.</p>
      </div>
    </header>
  );
}

function CreateGroupForm({ onCreated }: { onCreated(): void }) {
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [{ fetching, error }, createGroup] = useMutation(CreateGroupMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await createGroup({ input: { name, roles } });
    if (result.data) {
      setName('');
      setRoles([]);
      onCreated();
    }
  }

  return (
    <form className="card filter-bar" aria-label="Create a group" onSubmit={(e) => void submit(e)}>
      <div className="filter-bar__fields">
        <TextField label="Group name" value={name} onChange={setName} required maxLength={100} />
        <RoleChecklist legend="Roles" selected={roles} onToggle={(role, on) => setRoles(on ? [...roles, role] : roles.filter((r) => r !== role))} />
      </div>
      <div className="filter-bar__actions">
        <Button type="submit" variant="primary" busy={fetching}>
          Create group
        </Button>
      </div>
      <InlineError error={error} />
    </form>
  );
}

function GroupRow({ users, onChanged, ...props }: { group: FragmentType<typeof GroupFragment>; users: { id: string; username: string }[]; onChanged(): void }) {
  const group = useFragment(GroupFragment, props.group);
  const selectId = useId();
  const [newMember, setNewMember] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [renameState, rename] = useMutation(RenameGroupMutation);
  const [deleteState, deleteGroup] = useMutation(DeleteGroupMutation);
  const [addState, addMember] = useMutation(AddMemberMutation);
  const [, removeMember] = useMutation(RemoveMemberMutation);
  const [grantState, grant] = useMutation(GrantRoleMutation);
  const [revokeState, revoke] = useMutation(RevokeRoleMutation);
  const error = renameState.error ?? addState.error;
  const memberIds = new Set(group.members.map((m) => m.id));
  const candidates = users.filter((u) => !memberIds.has(u.id));

  const after = (result: { error?: unknown }) => {
    if (!result.error) onChanged();
  };
  const confirm = useConfirm();

  // The checkbox follows the server: it changes only after the confirmed mutation succeeded.
  function toggleRole(role: Role, on: boolean) {
    const words = describeRoleChange({ role, on, holder: `group ${group.name}`, kind: 'group' });
    confirm.ask({
      title: words.title,
      consequence: <p>{words.consequence}</p>,
      confirmLabel: words.confirmLabel,
      tone: on ? 'primary' : 'danger',
      run: () => (on ? grant({ groupId: group.id, role }) : revoke({ groupId: group.id, role })),
      after: onChanged,
    });
  }

  return (
    <tr data-testid={`group-${group.name}`}>
      <td className="strong">
        {renaming === null ? (
          <>
            {group.name}{' '}
            <Button size="small" variant="ghost" onClick={() => setRenaming(group.name)}>
              Rename
            </Button>
          </>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void rename({ id: group.id, name: renaming }).then((r) => {
                if (!r.error) setRenaming(null);
              });
            }}
          >
            <TextField label="New name" value={renaming} onChange={setRenaming} required maxLength={100} />
            <Button type="submit" size="small" variant="primary" busy={renameState.fetching}>
              Save
            </Button>{' '}
            <Button size="small" variant="ghost" onClick={() => setRenaming(null)}>
              Cancel
            </Button>
          </form>
        )}
      </td>
      <td>
        <RoleChecklist
          hideLegend
          legend={`Roles of group ${group.name}`}
          selected={group.roles}
          disabled={grantState.fetching || revokeState.fetching}
          onToggle={toggleRole}
        />
        <SavedStatus saved={confirm.saved} />
        {confirm.dialog}
      </td>
      <td>
        {group.members.length === 0 && <span className="muted">No members</span>}
        <ul className="member-list">
          {group.members.map((member) => (
            <li key={member.id}>
              {member.username}{' '}
              <Button
                size="small"
                variant="ghost"
                title={`Remove ${member.username} from ${group.name}`}
                onClick={() =>
                  confirm.ask({
                    title: `Remove ${member.username} from ${group.name}?`,
                    consequence: <p>{`${member.username} loses the roles ${group.name} gives at once, unless a direct grant or another group gives them.`}</p>,
                    confirmLabel: 'Remove member',
                    tone: 'danger',
                    run: () => removeMember({ groupId: group.id, userId: member.id }),
                    after: onChanged,
                  })
                }
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
        {candidates.length > 0 && (
          <form
            className="add-member"
            onSubmit={(e) => {
              e.preventDefault();
              if (!newMember) return;
              void addMember({ groupId: group.id, userId: newMember }).then((r) => {
                setNewMember('');
                after(r);
              });
            }}
          >
            <label htmlFor={selectId} className="visually-hidden">
              User to add to {group.name}
            </label>
            <select id={selectId} className="input" value={newMember} onChange={(e) => setNewMember(e.target.value)}>
              <option value="">Add a member…</option>
              {candidates.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.username}
                </option>
              ))}
            </select>{' '}
            <Button type="submit" size="small" disabled={!newMember} busy={addState.fetching}>
              Add
            </Button>
          </form>
        )}
      </td>
      <td className="actions">
        <Button
          size="small"
          variant="danger"
          busy={deleteState.fetching}
          onClick={() =>
            confirm.ask({
              title: `Delete group ${group.name}?`,
              consequence: (
                <p>{`The group is deleted; ${group.members.length === 1 ? 'its member loses' : `its ${group.members.length} members lose`} the roles it gives at once.`}</p>
              ),
              confirmLabel: 'Delete group',
              tone: 'danger',
              run: () => deleteGroup({ id: group.id }),
              after: onChanged,
            })
          }
        >
          Delete
        </Button>
        <InlineError error={error} />
      </td>
    </tr>
  );
}
