import { graphql, useFragment, type FragmentType } from '../gql';
import type { TasksTable_TaskFragment } from '../gql/graphql';
import { formatBytes, formatDateTime } from '../ui/format';
import { ProgressBar } from '../ui/ProgressBar';
import { StatusBadge } from '../ui/StatusBadge';
import { Table } from '../ui/Table';
import { CancelTaskButton } from './CancelTaskButton';
import { EvidenceBundleButton } from './EvidenceBundleButton';
import { isActive, taskStatusLabel, taskStatusTone } from './task-status';

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
    error
    downloadUrl
    evidenceBundleUrl
    fileName
    expiredAt
    outputSizeBytes
    updatedAt
    renderOptions {
      idleTimeLimitSeconds
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
  }
`);

export interface TasksTableProps {
  tasks: FragmentType<typeof TaskFragment>[];
  canCancel: boolean;
  busy?: boolean;
  /** Present when the user may download: completed rows then get checkboxes for a bundle. */
  selection?: {
    isSelected(taskId: string): boolean;
    toggle(taskId: string, selected: boolean): void;
  };
}

export function TasksTable({ canCancel, busy, selection, ...props }: TasksTableProps) {
  const tasks = useFragment(TaskFragment, props.tasks);
  return (
    <Table caption="Export tasks" busy={busy}>
      <thead>
        <tr>
          {selection && (
            <th scope="col" className="checkbox-cell">
              <span className="visually-hidden">Select for an evidence bundle</span>
            </th>
          )}
          <th scope="col">Recording</th>
          <th scope="col">Requested by</th>
          <th scope="col">Requested at</th>
          <th scope="col">Reason</th>
          <th scope="col">Status</th>
          <th scope="col">Progress / result</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => {
          const description = `${task.recording.userName} on ${task.recording.serverName}`;
          return (
            <tr key={task.id} data-testid="task-row" data-task-id={task.id} data-status={task.status}>
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
                <div className="strong">{description}</div>
                <div className="muted small">
                  <time dateTime={task.recording.startedAt}>{formatDateTime(task.recording.startedAt)}</time>
                </div>
              </td>
              <td>{task.requestedBy.username}</td>
              <td className="nowrap">
                <time dateTime={task.requestedAt}>{formatDateTime(task.requestedAt)}</time>
              </td>
              <td className="reason" title={task.reason}>
                {task.reason}
                {task.renderOptions?.idleTimeLimitSeconds != null && (
                  <div className="muted">Pauses over {task.renderOptions.idleTimeLimitSeconds} s shortened</div>
                )}
              </td>
              <td>
                <StatusBadge tone={taskStatusTone(task.status)}>{taskStatusLabel(task.status)}</StatusBadge>
              </td>
              <td className="task-result">
                <TaskResult task={task} description={description} canDownload={!!selection} />
              </td>
              <td className="actions">
                {canCancel && task.canCancel && isActive(task.status) && <CancelTaskButton taskId={task.id} description={description} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

function TaskResult({ task, description, canDownload }: { task: TasksTable_TaskFragment; description: string; canDownload: boolean }) {
  switch (task.status) {
    case 'IN_PROGRESS':
      return <ProgressBar value={task.progress} label={`Export progress of ${description}`} />;
    case 'PENDING':
      return <span className="muted">{task.attempts > 0 ? `Waiting to retry (attempt ${task.attempts + 1})` : 'Waiting for a task service'}</span>;
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
          <span className="muted small">{formatBytes(task.outputSizeBytes)}</span>
        </span>
      ) : (
        <span className="muted">{task.downloadUrl ? 'Downloaded by its requester only' : 'File not available'}</span>
      );
    case 'FAILED':
      return <span className="error-text">{task.error ?? 'The export failed.'}</span>;
    case 'CANCELLED':
      return <span className="muted">Cancelled {task.finishedAt ? formatDateTime(task.finishedAt) : ''}</span>;
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
