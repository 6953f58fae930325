import { useMutation } from 'urql';
import { useResetSession } from '../api/ApiProvider';
import { permissionsOf } from '../auth/permissions';
import type { SessionUser } from '../auth/session';
import { Logo } from '../auth/SignInPage';
import { graphql } from '../gql';
import { Link, navigate, useLocation } from '../navigation/router';
import { TimeZoneSwitch } from '../preferences/TimeZoneSwitch';
import { Button } from '../ui/Button';

const SignOutMutation = graphql(`
  mutation TopNav_SignOut {
    signOut
  }
`);

export function TopNav({ user }: { user: SessionUser }) {
  const { pathname } = useLocation();
  const [{ fetching }, signOut] = useMutation(SignOutMutation);
  const resetSession = useResetSession();
  const can = permissionsOf(user);

  const items = [
    { to: '/', label: 'All Recordings', show: can.viewRecordings },
    { to: '/tasks', label: 'Tasks', show: can.viewTasks },
    { to: '/audit', label: 'Export audit', show: can.readAudit },
    { to: '/verify', label: 'Verify', show: can.viewTasks },
    { to: '/admin/users', label: 'Users', show: can.administer },
    { to: '/admin/groups', label: 'Groups', show: can.administer },
    { to: '/account/tokens', label: 'My API tokens', show: true },
    { to: '/task-services', label: 'Task services', show: can.administer },
    { to: '/settings', label: 'Settings', show: can.administer },
  ].filter((item) => item.show);

  async function handleSignOut() {
    await signOut({});
    // Whatever the answer, nothing of this session may stay in the page.
    resetSession();
    navigate('/sign-in', { replace: true });
  }

  return (
    <header className="topbar">
      <div className="topbar__inner">
        <Link to="/" className="topbar__brand">
          <Logo />
          <span>Custodian</span>
        </Link>
        <nav aria-label="Main" className="topbar__nav">
          {items.map((item) => (
            <Link key={item.to} to={item.to} className="topbar__link" aria-current={pathname === item.to ? 'page' : undefined}>
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="topbar__user">
          <TimeZoneSwitch />
          <span className="topbar__username" data-testid="current-user" title={user.roles.join(', ')}>
            {user.username}
          </span>
          <Button size="small" variant="ghost" className="topbar__signout" busy={fetching} onClick={() => void handleSignOut()}>
            Sign out
          </Button>
        </div>
      </div>
    </header>
  );
}
