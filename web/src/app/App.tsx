import { useEffect } from 'react';
import { ApiTokensPage } from '../account/ApiTokensPage';
import { GroupsPage } from '../admin/GroupsPage';
import { UsersPage } from '../admin/UsersPage';
import { ExportAuditPage } from '../audit/ExportAuditPage';
import { permissionsOf, type Permissions } from '../auth/permissions';
import { useSession } from '../auth/session';
import { SignInPage } from '../auth/SignInPage';
import { Link, navigate, useLocation } from '../navigation/router';
import { TaskNotifications } from '../notifications/TaskNotifications';
import { PreferencesProvider } from '../preferences/PreferencesProvider';
import { AllRecordingsPage } from '../recordings/AllRecordingsPage';
import { RecordingPage } from '../playback/RecordingPage';
import { TasksPage } from '../tasks/TasksPage';
import { VerifyPage } from '../verify/VerifyPage';
import { SettingsPage } from '../settings/SettingsPage';
import { TaskServicesPage } from '../taskservices/TaskServicesPage';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { Loading } from '../ui/Loading';
import { TableDensityScope } from './TableDensityScope';
import { TopNav } from './TopNav';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

/** Where a user lands: the first page their roles open. */
function homeOf(can: Permissions): string | null {
  if (can.viewRecordings) return '/';
  if (can.viewTasks) return '/tasks';
  if (can.readAudit) return '/audit';
  if (can.administer) return '/task-services';
  return null;
}

/** Only same-site paths are followed after signing in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function App() {
  const { pathname, search } = useLocation();
  const session = useSession();

  if (session.loading) return <Loading label="Loading Custodian…" />;

  if (session.error) {
    return (
      <main className="page page--centered">
        <div className="banner banner--danger" role="alert">
          <span>{session.error}</span>
          <Button size="small" onClick={session.retry}>
            Try again
          </Button>
        </div>
      </main>
    );
  }

  if (pathname === '/sign-in') {
    if (session.user) return <Redirect to={safeNext(search.get('next'))} />;
    return <SignInPage onSignedIn={() => navigate(safeNext(search.get('next')), { replace: true })} />;
  }

  if (!session.user) {
    // The query string too: a shared link to a filtered list opens that list after signing in.
    const next = pathname === '/' && search.size === 0 ? '' : `?next=${encodeURIComponent(pathname + (search.size ? `?${search}` : ''))}`;
    return <Redirect to={`/sign-in${next}`} />;
  }

  const can = permissionsOf(session.user);
  const user = session.user;
  return (
    <PreferencesProvider key={user.id}>
      {(notice) => (
        <div className="shell">
          <TopNav user={user} />
          <main className="shell__main" id="main">
            {notice}
            <TableDensityScope>
              <Page pathname={pathname} can={can} />
            </TableDensityScope>
          </main>
          {can.exportRecordings && <TaskNotifications userId={user.id} />}
        </div>
      )}
    </PreferencesProvider>
  );
}

function Page({ pathname, can }: { pathname: string; can: Permissions }) {
  const recordingId = /^\/recordings\/([^/]+)$/.exec(pathname)?.[1];
  if (recordingId) return <RecordingPage key={recordingId} id={recordingId} />;
  switch (pathname) {
    case '/': {
      const home = homeOf(can);
      if (home === null) {
        return (
          <section className="page">
            <h1 className="page__title">Custodian</h1>
            <EmptyState title="There is nothing here for your account yet">
              None of your roles opens a page of this application. Ask an administrator for the role you need.
            </EmptyState>
          </section>
        );
      }
      return home === '/' ? <AllRecordingsPage /> : <Redirect to={home} />;
    }
    case '/tasks':
      return <TasksPage />;
    case '/audit':
      return <ExportAuditPage />;
    case '/verify':
      return <VerifyPage />;
    case '/admin/users':
      return <UsersPage />;
    case '/admin/groups':
      return <GroupsPage />;
    case '/account/tokens':
      return <ApiTokensPage />;
    case '/task-services':
      return <TaskServicesPage />;
    case '/settings':
      return <SettingsPage />;
    default:
      return (
        <section className="page">
          <h1 className="page__title">Page not found</h1>
          <EmptyState title="Nothing is at this address">
            <Link to="/">Go to the start page</Link>
          </EmptyState>
        </section>
      );
  }
}
