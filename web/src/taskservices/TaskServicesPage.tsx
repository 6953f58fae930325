import { useEffect, useState } from 'react';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { useLiveState, useOnReconnect } from '../api/ApiProvider';
import { errorMessage } from '../api/errors';
import { useSession } from '../auth/session';
import { permissionsOf } from '../auth/permissions';
import { graphql, useFragment, type FragmentType } from '../gql';
import { Button } from '../ui/Button';
import { SavedStatus, useConfirm } from '../ui/ConfirmDialog';
import { EmptyState } from '../ui/EmptyState';
import { ErrorBanner, PermissionDenied } from '../ui/ErrorBanner';
import { Loading } from '../ui/Loading';
import { StatusBadge } from '../ui/StatusBadge';
import { Table } from '../ui/Table';
import { formatDateTime } from '../ui/format';
import { isOnline } from './task-service-status';

const ServiceFragment = graphql(`
  fragment TaskServicesPage_Service on TaskService {
    id
    name
    hostName
    softwareVersion
    concurrency
    ffmpegVersion
    ffmpegSource
    startedAt
    lastHeartbeatAt
    stoppedAt
    heartbeatTimeoutSeconds
    runningTasks
    online
    authorized
    authorizedAt
    authorizedBy
    revokedAt
    revokedBy
  }
`);

const TaskServicesQuery = graphql(`
  query TaskServicesPage_TaskServices {
    taskServices {
      id
      ...TaskServicesPage_Service
    }
  }
`);

const TaskServiceUpdatedSubscription = graphql(`
  subscription TaskServicesPage_TaskServiceUpdated {
    taskServiceUpdated {
      id
      ...TaskServicesPage_Service
    }
  }
`);

const AuthorizeMutation = graphql(`
  mutation TaskServicesPage_Authorize($id: ID!) {
    authorizeTaskService(id: $id) {
      ...TaskServicesPage_Service
    }
  }
`);

const RevokeMutation = graphql(`
  mutation TaskServicesPage_Revoke($id: ID!) {
    revokeTaskService(id: $id) {
      ...TaskServicesPage_Service
    }
  }
`);

/** Re-evaluates "online" this often, so a worker that went silent turns offline without an event. */
const CLOCK_MS = 5000;

/**
 * Task services (ADMINISTRATOR): every worker that registered, updated live from the
 * `taskServiceUpdated` subscription, with authorize and revoke actions.
 */
export function TaskServicesPage() {
  const { user } = useSession();
  const canAdminister = user ? permissionsOf(user).administer : false;
  const client = useClient();
  const liveState = useLiveState();
  const [result, reexecute] = useQuery({ query: TaskServicesQuery, pause: !canAdminister, requestPolicy: 'cache-and-network' });
  const [liveError, setLiveError] = useState<CombinedError | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const services = result.data?.taskServices ?? null;

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CLOCK_MS);
    return () => clearInterval(timer);
  }, []);

  // Events update rows through the normalized cache; a worker not listed yet needs a reload.
  useEffect(() => {
    if (!canAdminister) return;
    const subscription = client.subscription(TaskServiceUpdatedSubscription, {}).subscribe((event) => {
      if (event.error) {
        setLiveError(event.error);
        return;
      }
      setLiveError(null);
      setNow(Date.now());
      const updated = event.data?.taskServiceUpdated;
      const listed = client.readQuery(TaskServicesQuery, {})?.data?.taskServices;
      if (updated && listed && !listed.some((s) => s.id === updated.id)) reexecute({ requestPolicy: 'network-only' });
    });
    return () => subscription.unsubscribe();
  }, [client, canAdminister, reexecute]);

  useOnReconnect(() => reexecute({ requestPolicy: 'network-only' }));

  if (!canAdminister) {
    return (
      <section className="page">
        <PageHeader live={null} />
        <PermissionDenied action="manage task services" detail="Task services are managed by users with the ADMINISTRATOR role." />
      </section>
    );
  }

  return (
    <section className="page">
      <PageHeader live={liveError ? 'closed' : liveState} />
      {liveError && (
        <div className="banner banner--warning" role="alert">
          Live updates are unavailable: {errorMessage(liveError)} The list is still correct as of its last load.
        </div>
      )}
      {result.error && <ErrorBanner error={result.error} action="manage task services" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!services && result.fetching && <Loading label="Loading task services…" />}
      {services &&
        (services.length === 0 ? (
          <EmptyState title="No task service has registered yet">
            Start a worker (<code>npm run worker</code>) on a machine that reaches the database and the shared data folder; it appears here, waiting for your
            authorization. <code>npm run worker -- --check</code> tests its connection first.
          </EmptyState>
        ) : (
          <Table caption="Task services">
            <thead>
              <tr>
                <th scope="col">Task service</th>
                <th scope="col">Status</th>
                <th scope="col">Running</th>
                <th scope="col">Versions</th>
                <th scope="col">Last heartbeat</th>
                <th scope="col">Authorization</th>
                <th scope="col" className="actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {services.map((service) => (
                <ServiceRow key={service.id} service={service} now={now} />
              ))}
            </tbody>
          </Table>
        ))}
    </section>
  );
}

function ServiceRow({ now, ...props }: { service: FragmentType<typeof ServiceFragment>; now: number }) {
  const service = useFragment(ServiceFragment, props.service);
  const online = isOnline(service, now);
  const [authorizing, authorize] = useMutation(AuthorizeMutation);
  const [revoking, revoke] = useMutation(RevokeMutation);
  const confirm = useConfirm();
  return (
    <tr data-testid="task-service-row" data-name={service.name} data-authorized={service.authorized} data-online={online}>
      <td>
        <strong>{service.name}</strong>
        <div className="muted small">
          {service.hostName} · {service.id}
        </div>
      </td>
      <td>
        <StatusBadge tone={online ? 'success' : 'neutral'}>{online ? 'Online' : 'Offline'}</StatusBadge>
      </td>
      <td>{online ? `${service.runningTasks} of ${service.concurrency}` : '—'}</td>
      <td className="small">
        Custodian {service.softwareVersion}
        <div className="muted" title={service.ffmpegSource}>
          ffmpeg {service.ffmpegVersion} · {service.ffmpegSource}
        </div>
      </td>
      <td className="small">
        {formatDateTime(service.lastHeartbeatAt)}
        <div className="muted">started {formatDateTime(service.startedAt)}</div>
      </td>
      <td className="small">
        <StatusBadge tone={service.authorized ? 'success' : 'warning'}>{service.authorized ? 'Authorized' : 'Not authorized'}</StatusBadge>
        <div className="muted">
          {service.authorized
            ? `by ${service.authorizedBy ?? 'the system (single-machine install)'}, ${formatDateTime(service.authorizedAt)}`
            : service.revokedAt
              ? `revoked by ${service.revokedBy ?? 'the system'}, ${formatDateTime(service.revokedAt)}`
              : 'takes no export tasks until authorized'}
        </div>
        <SavedStatus saved={confirm.saved} />
        {confirm.dialog}
      </td>
      <td className="actions">
        {service.authorized ? (
          <Button
            size="small"
            variant="danger"
            busy={revoking.fetching}
            onClick={() =>
              confirm.ask({
                title: `Revoke task service ${service.name}?`,
                consequence: (
                  <p>{`${service.name} on ${service.hostName} takes no new export tasks from now on; the ones it is running finish. It can be authorized again later.`}</p>
                ),
                confirmLabel: 'Revoke task service',
                tone: 'danger',
                run: () => revoke({ id: service.id }),
              })
            }
          >
            Revoke
          </Button>
        ) : (
          <Button
            size="small"
            variant="primary"
            busy={authorizing.fetching}
            onClick={() =>
              confirm.ask({
                title: `Authorize task service ${service.name}?`,
                consequence: (
                  <p>{`${service.name} on ${service.hostName} will take export tasks: it reads the recordings they name and writes their export files.`}</p>
                ),
                confirmLabel: 'Authorize task service',
                run: () => authorize({ id: service.id }),
              })
            }
          >
            Authorize
          </Button>
        )}
      </td>
    </tr>
  );
}

const liveLabels = { idle: 'Connecting…', connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', closed: 'Offline' } as const;

function PageHeader({ live }: { live: keyof typeof liveLabels | null }) {
  return (
    <header className="page__header">
      <div>
        <h1 className="page__title">Task services</h1>
        <p className="page__subtitle">Workers that convert exports. Only authorized task services take export tasks; revoking stops new ones at once.</p>
      </div>
      {live && (
        <span className={`live-indicator live-indicator--${live}`} role="status" data-state={live}>
          <span className="live-indicator__dot" aria-hidden="true" />
          {liveLabels[live]}
        </span>
      )}
    </header>
  );
}
