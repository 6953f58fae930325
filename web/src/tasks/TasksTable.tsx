import { graphql, useFragment, type FragmentType } from '../gql';
import type { TasksTable_TaskFragment } from '../gql/graphql';
import { Link } from '../navigation/router';
import type { ColumnOption } from '../ui/ColumnChooser';
import { formatBytes, formatDateTime, formatDuration } from '../ui/format';
import { ProgressBar } from '../ui/ProgressBar';
import { StatusBadge } from '../ui/StatusBadge';
import { Table } from '../ui/Table';
import { CancelTaskButton } from './CancelTaskButton';
import { EvidenceBundleButton } from './EvidenceBundleButton';
import { pendingWording } from './pending-wording';
import { RetryTaskButton } from './RetryTaskButton';
import { groupByRequest } from './task-groups';
import { isActive, taskStatusLabel, taskStatusTone } from './task-status';
import { taskDurationSeconds, taskEta } from './task-timing';
import { useNow } from './useNow';
import './tasks.css';

const TaskFragment = graphql(`
  fragment TasksTable_Task on ExportTask {
    id
    status
    progress
    reason
    requestedAt
    startedAt
    finishedAt
    attempts
    queuePosition
    error
    downloadUrl
    evidenceBundleUrl
    fileName
    expiredAt
    outputSizeBytes
    updatedAt
    retryOfTaskId
    retriedAsTaskId
    renderOptions {
      idleTimeLimitSeconds
    }
    request {
      id
      reason
      requestedAt
      taskCount
    }
    recording {
      id
      userName
      serverName
      startedAt
    }
    requestedBy {
      id
      username
    }
    canCancel
    canDownload
    canRetry
  }
`);

type Task = TasksTable_TaskFragment;

export interface TasksTableProps {
  tasks: FragmentType<typeof TaskFragment>[];
  canCancel: boolean;
  busy?: boolean;
  /** Authorized task services online now; undefined until known. */
  taskServicesOnline?: number;
  /** Present when the user may download: completed rows then get checkboxes for a bundle. */
  selection?: {
    isSelected(taskId: string): boolean;
    toggle(taskId: string, selected: boolean): void;
  };
  /** Ids of the columns shown (see TASK_COLUMNS). */
  visible: ReadonlySet<string>;
}

/**
 * The table's columns, in order; the chooser and the user's preference refer to them by id. The
 * recording names the row, and the result holds its download, progress or error; the selection
 * and the actions are not columns to choose.
 */
export const TASK_COLUMNS: readonly ColumnOption[] = [
  { id: 'recording', label: 'Recording', required: true },
  { id: 'status', label: 'Status' },
  { id: 'started', label: 'Started' },
  { id: 'finished', label: 'Finished' },
  { id: 'duration', label: 'Duration' },
  { id: 'result', label: 'Progress / result', required: true },
];

/** The tasks of a page of the list, under their export request: who asked, when, why, for how many recordings. */
export function TasksTable({ canCancel, busy, selection, taskServicesOnline, visible, ...props }: TasksTableProps) {
  const tasks = useFragment(TaskFragment, props.tasks);
  const now = useNow(tasks.some((t) => t.status === 'IN_PROGRESS'));
  const shown = TASK_COLUMNS.filter((c) => visible.has(c.id));
  // The chosen columns, the actions, and the selection when there is one.
  const columns = shown.length + 1 + (selection ? 1 : 0);
  return (
    <Table caption="Export tasks, grouped by export request" busy={busy}>
      <thead>
        <tr>
          {selection && (
            <th scope="col" className="checkbox-cell">
              <span className="visually-hidden">Select for an evidence bundle</span>
            </th>
          )}
          {shown.map((column) => (
            <th key={column.id} scope="col">
              {column.label}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      {groupByRequest(tasks).map((group) => {
        const { request, requestedBy } = group.tasks[0]!;
        const onPage = group.tasks.length;
        return (
          <tbody key={group.requestId} className="request-group" data-testid="request-group" data-request-id={group.requestId}>
            <tr className="request-group__header">
              <th scope="rowgroup" colSpan={columns}>
                <span className="request-group__title">
                  Export request by {requestedBy.username}, <time dateTime={request.requestedAt}>{formatDateTime(request.requestedAt)}</time>
                </span>
                <span className="muted">
                  {' · '}
                  {request.taskCount} task{request.taskCount === 1 ? '' : 's'}
                  {onPage < request.taskCount ? ` (${onPage} on this page)` : ''}
                </span>
                <span className="request-group__reason" data-testid="request-reason">
                  Reason: {request.reason}
                </span>
              </th>
            </tr>
            {group.tasks.map((task) => (
              <TaskRow
                key={task.id}
                task={task}
                now={now}
                canCancel={canCancel}
                selection={selection}
                taskServicesOnline={taskServicesOnline}
                visible={visible}
              />
            ))}
          </tbody>
        );
      })}
    </Table>
  );
}

function TaskRow({
  task,
  now,
  canCancel,
  selection,
  taskServicesOnline,
  visible,
}: { task: Task; now: number } & Pick<TasksTableProps, 'canCancel' | 'selection' | 'taskServicesOnline' | 'visible'>) {
  const description = `${task.recording.userName} on ${task.recording.serverName}`;
  const show = (id: string) => visible.has(id);
  const duration = taskDurationSeconds(task, now);
  const eta = taskEta(task, now);
  return (
    <tr data-testid="task-row" data-task-id={task.id} data-status={task.status}>
      {selection && (
        <td className="checkbox-cell">
          {task.evidenceBundleUrl && (
            <input
              type="checkbox"
              checked={selection.isSelected(task.id)}
              aria-label={`Select the export of ${description} for an evidence bundle`}
              onChange={(e) => selection.toggle(task.id, e.target.checked)}
            />
          )}
        </td>
      )}
      <td>
        <Link to={`/recordings/${task.recording.id}`} className="strong" data-testid="recording-link">
          {description}
        </Link>
        <div className="muted small">
          Recorded{' '}
          <time dateTime={task.recording.startedAt} className="nowrap">
            {formatDateTime(task.recording.startedAt)}
          </time>
        </div>
        {task.retryOfTaskId && <div className="muted small">Retry of a failed export</div>}
        {task.renderOptions?.idleTimeLimitSeconds != null && (
          <div className="muted small">Pauses over {task.renderOptions.idleTimeLimitSeconds} s shortened</div>
        )}
      </td>
      {show('status') && (
        <td>
          <StatusBadge tone={taskStatusTone(task.status)}>{taskStatusLabel(task.status)}</StatusBadge>
        </td>
      )}
      {show('started') && (
        <td className="nowrap" data-testid="task-started">
          {task.startedAt ? <time dateTime={task.startedAt}>{formatDateTime(task.startedAt)}</time> : <span className="muted">Not started</span>}
        </td>
      )}
      {show('finished') && (
        <td className="nowrap" data-testid="task-finished">
          {task.finishedAt ? <time dateTime={task.finishedAt}>{formatDateTime(task.finishedAt)}</time> : <span className="muted">—</span>}
        </td>
      )}
      {show('duration') && (
        <td className="nowrap numeric" data-testid="task-duration">
          {duration === null ? <span className="muted">—</span> : formatDuration(duration)}
          {eta && (
            <div className="muted small" data-testid="task-eta">
              Ends about <time dateTime={eta}>{formatDateTime(eta)}</time>
            </div>
          )}
        </td>
      )}
      <td className="task-result">
        <TaskResult task={task} description={description} canDownload={!!selection} taskServicesOnline={taskServicesOnline} />
      </td>
      <td className="actions">
        {canCancel && task.canCancel && isActive(task.status) && <CancelTaskButton taskId={task.id} description={description} />}
        {task.canRetry && <RetryTaskButton taskId={task.id} description={description} reason={task.reason} requester={task.requestedBy.username} />}
      </td>
    </tr>
  );
}

function TaskResult({
  task,
  description,
  canDownload,
  taskServicesOnline,
}: {
  task: Task;
  description: string;
  canDownload: boolean;
  taskServicesOnline: number | undefined;
}) {
  switch (task.status) {
    case 'IN_PROGRESS':
      return <ProgressBar value={task.progress} label={`Export progress of ${description}`} />;
    case 'PENDING':
      return (
        <span className="muted" data-testid="task-waiting">
          {pendingWording(task, taskServicesOnline)}
        </span>
      );
    case 'COMPLETED':
      return task.downloadUrl && task.canDownload ? (
        <span className="download">
          <a href={task.downloadUrl} download={task.fileName} className="button button--secondary button--small" title={task.fileName}>
            Download
          </a>
          {canDownload && task.canDownload && task.evidenceBundleUrl && (
            <EvidenceBundleButton
              taskIds={[task.id]}
              label="Download evidence bundle"
              title={`The MP4 of ${description} with its signed manifest, signature and public key`}
            />
          )}
          <span className="muted small" data-testid="task-file-size">
            {formatBytes(task.outputSizeBytes)}
          </span>
        </span>
      ) : (
        <span className="muted">{task.downloadUrl ? 'Downloaded by its requester only' : 'File not available'}</span>
      );
    case 'FAILED':
      return (
        <span>
          <span className="error-text">{task.error ?? 'The export failed.'}</span>
          {task.retriedAsTaskId && <span className="muted small task-result__note">Retried: see the newer task of this request.</span>}
        </span>
      );
    case 'CANCELLED':
      return <span className="muted">Cancelled</span>;
    case 'EXPIRED':
      return (
        <span className="muted">
          File deleted after the retention period{task.expiredAt ? ` (${formatDateTime(task.expiredAt)})` : ''}; the audit trail keeps its record
        </span>
      );
    default:
      return null;
  }
}
