import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import { useLiveState, useOnReconnect } from '../api/ApiProvider';
import { errorMessage } from '../api/errors';
import type { LiveState } from '../api/live-connection';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import type { ExportTaskFilter, ExportTaskStatus } from '../gql/graphql';
import { isCursorRefusal, useCursorFallback, useListState } from '../navigation/useListState';
import { BrowserNotificationsToggle } from '../notifications/BrowserNotificationsToggle';
import { useStoredColumnChoice } from '../preferences/useStoredColumnChoice';
import { type ColumnChoice, ColumnChooser } from '../ui/ColumnChooser';
import { EmptyState } from '../ui/EmptyState';
import { ErrorBanner, PermissionDenied } from '../ui/ErrorBanner';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import { Pagination } from '../ui/Pagination';
import { EvidenceBundleButton } from './EvidenceBundleButton';
import { NoTaskServiceNotice, useTaskServicesOnline } from './NoTaskServiceNotice';
import { type StatusChoice, statusesOf, TASK_LIST } from './task-list-state';
import { taskStatusLabel, taskStatuses } from './task-status';
import { TASK_COLUMNS, TasksTable } from './TasksTable';

const TasksQuery = graphql(`
  query TasksPage_ExportTasks($filter: ExportTaskFilter, $first: Int!, $after: String) {
    exportTasks(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          ...TasksTable_Task
        }
      }
    }
  }
`);

const TaskUpdatedSubscription = graphql(`
  subscription TasksPage_TaskUpdated {
    taskUpdated {
      id
      status
      ...TasksTable_Task
    }
  }
`);

const PAGE_SIZE = 50;

/** A burst of events (several tasks created at once) causes one reload. */
const REFETCH_DELAY_MS = 250;

export function TasksPage() {
  const { user } = useSession();
  const client = useClient();
  const liveState = useLiveState();
  // The status filter and the page live in the URL: Back, reload and a shared link restore them.
  const list = useListState(TASK_LIST);
  const { pages } = list;
  const statusChoice = list.filters.status;
  const onlyTask = list.filters.task;
  const [liveError, setLiveError] = useState<CombinedError | null>(null);
  const statusId = useId();
  const columns = useStoredColumnChoice('tasks', TASK_COLUMNS);
  // Completed tasks picked for one evidence bundle; kept across pages of the list.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const canDownload = user?.canExport ?? false;
  const selection = useMemo(
    () => ({
      isSelected: (id: string) => selected.has(id),
      toggle: (id: string, on: boolean) =>
        setSelected((current) => {
          const next = new Set(current);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        }),
    }),
    [selected],
  );

  const statuses = useMemo(() => statusesOf(statusChoice), [statusChoice]);
  const variables = useMemo(() => {
    const filter: ExportTaskFilter | undefined =
      statuses || onlyTask ? { ...(statuses ? { status: statuses } : {}), ...(onlyTask ? { ids: [onlyTask] } : {}) } : undefined;
    return { filter, first: PAGE_SIZE, after: pages.after };
  }, [statuses, onlyTask, pages.after]);
  const canView = user?.canViewTasks ?? false;

  // cache-and-network: events published while this page was closed were not received.
  const [result, reexecute] = useQuery({ query: TasksQuery, variables, requestPolicy: 'cache-and-network', pause: !canView });
  const cursorFallback = useCursorFallback(result.error, pages);
  const connection = result.data?.exportTasks;
  const tasks = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const taskStatusesShown = useMemo(() => tasks.map((t) => t.status), [tasks]);
  const taskServicesOnline = useTaskServicesOnline(taskStatusesShown);

  const refetchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refetch = useCallback(() => {
    clearTimeout(refetchTimer.current);
    refetchTimer.current = setTimeout(() => reexecute({ requestPolicy: 'network-only' }), REFETCH_DELAY_MS);
  }, [reexecute]);
  useEffect(() => () => clearTimeout(refetchTimer.current), []);

  // What the event handler needs to know about the list on screen, without resubscribing.
  const listed = useRef({ ids: new Set<string>(), statuses, refetched: new Set<string>(), lastStatus: new Map<string, ExportTaskStatus>(), anyPending: false });
  useEffect(() => {
    listed.current.ids = new Set(tasks.map((t) => t.id));
    listed.current.statuses = statuses;
    listed.current.anyPending = tasks.some((t) => t.status === 'PENDING');
    for (const t of tasks) if (!listed.current.lastStatus.has(t.id)) listed.current.lastStatus.set(t.id, t.status);
  }, [tasks, statuses]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the query's variables change, to forget what was refetched for the old ones.
  useEffect(() => {
    listed.current.refetched = new Set();
  }, [variables]);

  // Events update rows in place through the normalized cache. A task that is not on screen yet
  // (just created elsewhere), or one that no longer matches the status filter, needs the list
  // itself to be fetched again. So do queue positions when any task changes status.
  useEffect(() => {
    if (!canView) return;
    const subscription = client.subscription(TaskUpdatedSubscription, {}).subscribe((event) => {
      if (event.error) {
        setLiveError(event.error);
        return;
      }
      setLiveError(null);
      const task = event.data?.taskUpdated;
      if (!task) return;
      const { ids, statuses: shown, refetched, lastStatus, anyPending } = listed.current;
      const matches = !shown || shown.includes(task.status);
      const onScreen = ids.has(task.id);
      const statusChanged = lastStatus.get(task.id) !== task.status;
      lastStatus.set(task.id, task.status);
      if (!onScreen && matches && !refetched.has(task.id)) {
        refetched.add(task.id);
        refetch();
      } else if (onScreen && !matches) {
        refetch();
      } else if (statusChanged && anyPending) {
        refetch();
      }
    });
    return () => subscription.unsubscribe();
  }, [client, canView, refetch]);

  useOnReconnect(refetch);

  if (!canView) {
    return (
      <section className="page">
        <PageHeader liveState={null} columns={null} canExport={false} />
        <PermissionDenied action="view export tasks" />
      </section>
    );
  }

  return (
    <section className="page">
      <PageHeader liveState={liveError ? 'closed' : liveState} columns={columns} canExport={user?.canExport ?? false} />

      <div className="card filter-bar filter-bar--inline">
        <div className="field">
          <label htmlFor={statusId} className="field__label">
            Status
          </label>
          <select
            id={statusId}
            className="input"
            value={statusChoice ?? ''}
            onChange={(e) =>
              list.setFilters({ ...(e.target.value ? { status: e.target.value as StatusChoice } : {}), ...(onlyTask ? { task: onlyTask } : {}) })
            }
          >
            <option value="">All statuses</option>
            <option value="ACTIVE">Pending or In Progress</option>
            {taskStatuses.map((s) => (
              <option key={s} value={s}>
                {taskStatusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        {onlyTask && (
          <p className="muted" data-testid="only-task">
            Showing one export task.{' '}
            <button type="button" className="button button--ghost button--small" onClick={() => list.setFilters(statusChoice ? { status: statusChoice } : {})}>
              Show all tasks
            </button>
          </p>
        )}
        {canDownload && selected.size > 0 && (
          <div className="toolbar">
            <span className="muted" aria-live="polite">
              {selected.size} selected
            </span>
            <button type="button" className="button button--ghost button--small" onClick={() => setSelected(new Set())}>
              Clear selection
            </button>
            <EvidenceBundleButton taskIds={[...selected]} label={`Download evidence bundle (${selected.size})`} variant="primary" />
          </div>
        )}
      </div>

      {liveError && (
        <div className="banner banner--warning" role="alert">
          Live updates are unavailable: {errorMessage(liveError)} The list is still correct as of its last load.
        </div>
      )}

      <NoTaskServiceNotice statuses={taskStatusesShown} online={taskServicesOnline} />

      {cursorFallback.fellBack && <Notice onDismiss={cursorFallback.dismiss}>That page of the list is no longer available; the first page is shown.</Notice>}

      {result.error && !isCursorRefusal(result.error) && (
        <ErrorBanner error={result.error} action="view export tasks" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}

      {!connection && result.fetching && <Loading label="Loading export tasks…" />}

      {connection &&
        (tasks.length === 0 ? (
          <EmptyState title={statuses ? 'No export tasks with this status' : 'No export tasks yet'}>
            {statuses ? 'Choose another status to see more tasks.' : 'Tasks appear here when recordings are exported from All Recordings.'}
          </EmptyState>
        ) : (
          <>
            <TasksTable
              tasks={tasks}
              canCancel={user?.canViewTasks ?? false}
              busy={result.fetching}
              taskServicesOnline={taskServicesOnline}
              selection={canDownload ? selection : undefined}
              visible={columns.visible}
            />
            <Pagination pages={pages} pageSize={PAGE_SIZE} rowCount={tasks.length} connection={connection} noun="export tasks" />
          </>
        ))}
    </section>
  );
}

const liveLabels: Record<LiveState, string> = {
  idle: 'Connecting…',
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  closed: 'Offline',
};

function PageHeader({ liveState, columns, canExport }: { liveState: LiveState | null; columns: ColumnChoice | null; canExport: boolean }) {
  return (
    <header className="page__header">
      <div>
        <h1 className="page__title">Export tasks</h1>
        <p className="page__subtitle">Every export task, under its export request, updated live as task services work on them.</p>
      </div>
      {liveState && (
        <div className="toolbar">
          {/* Notifications are of the user's own exports: offered to those who may export. */}
          {canExport && <BrowserNotificationsToggle />}
          {columns && <ColumnChooser choice={columns} tableLabel="the export tasks table" />}
          <span className={`live-indicator live-indicator--${liveState}`} role="status" data-testid="live-indicator" data-state={liveState}>
            <span className="live-indicator__dot" aria-hidden="true" />
            {liveLabels[liveState]}
          </span>
        </div>
      )}
    </header>
  );
}
