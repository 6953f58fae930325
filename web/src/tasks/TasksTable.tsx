import { graphql } from '../gql';
import type { TasksTable_TaskFragment } from '../gql/graphql';
import { formatBytes, formatDateTime } from '../ui/format';
import { ProgressBar } from '../ui/ProgressBar';
import { StatusBadge } from '../ui/StatusBadge';
import { Table } from '../ui/Table';
import { CancelTaskButton } from './CancelTaskButton';
import { isActive, taskStatusLabel, taskStatusTone } from './task-status';

graphql(`
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
    fileName
    outputSizeBytes
    updatedAt
    terminalOptions {
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
  }
`);

export interface TasksTableProps {
  tasks: TasksTable_TaskFragment[];
  canCancel: boolean;
  busy?: boolean;
}

export function TasksTable({ tasks, canCancel, busy }: TasksTableProps) {
  return (
    <Table caption="Export tasks" busy={busy}>
      <thead>
        <tr>
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
                {task.terminalOptions?.idleTimeLimitSeconds != null && (
                  <div className="muted">Pauses over {task.terminalOptions.idleTimeLimitSeconds} s shortened</div>
                )}
              </td>
              <td>
                <StatusBadge tone={taskStatusTone(task.status)}>{taskStatusLabel(task.status)}</StatusBadge>
              </td>
              <td className="task-result">
                <TaskResult task={task} description={description} />
              </td>
              <td className="actions">{canCancel && isActive(task.status) && <CancelTaskButton taskId={task.id} description={description} />}</td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

function TaskResult({ task, description }: { task: TasksTable_TaskFragment; description: string }) {
  switch (task.status) {
    case 'IN_PROGRESS':
      return <ProgressBar value={task.progress} label={`Export progress of ${description}`} />;
    case 'PENDING':
      return <span className="muted">{task.attempts > 0 ? `Waiting to retry (attempt ${task.attempts + 1})` : 'Waiting for a task service'}</span>;
    case 'COMPLETED':
      return task.downloadUrl ? (
        <span className="download">
          <a href={task.downloadUrl} download={task.fileName} className="button button--secondary button--small" title={task.fileName}>
            Download
          </a>
          <span className="muted small">{formatBytes(task.outputSizeBytes)}</span>
        </span>
      ) : (
        <span className="muted">File not available</span>
      );
    case 'FAILED':
      return <span className="error-text">{task.error ?? 'The export failed.'}</span>;
    case 'CANCELLED':
      return <span className="muted">Cancelled {task.finishedAt ? formatDateTime(task.finishedAt) : ''}</span>;
    default:
      return null;
  }
}
