import type { MouseEvent } from 'react';
import type { ColumnOption } from '../ui/ColumnChooser';
import { formatDateTime } from '../ui/format';
import { StatusBadge } from '../ui/StatusBadge';
import { Table } from '../ui/Table';
import type { PanelEvent } from './AuditEventPanel';
import { outcomeLabel, outcomeTone } from './audit-actions';

/**
 * The table's columns, in order; the chooser and the user's preference refer to them by id. The
 * time names the event and is the control that opens it, so it always shows.
 */
export const AUDIT_COLUMNS: readonly ColumnOption[] = [
  { id: 'time', label: 'Time', required: true },
  { id: 'action', label: 'Action' },
  { id: 'actor', label: 'Actor' },
  { id: 'recording', label: 'Recording' },
  { id: 'task', label: 'Task ID' },
  { id: 'reason', label: 'Reason' },
  { id: 'outcome', label: 'Outcome' },
];

export interface AuditTableProps {
  events: readonly PanelEvent[];
  busy: boolean;
  /** Ids of the columns shown (see AUDIT_COLUMNS). */
  visible: ReadonlySet<string>;
  onOpen(id: string): void;
}

/** A page of audit events, one a line; each opens in full in the event panel. */
export function AuditTable({ events, busy, visible, onOpen }: AuditTableProps) {
  return (
    <div className="audit-table">
      <Table caption="Export audit events" busy={busy}>
        <thead>
          <tr>
            {AUDIT_COLUMNS.filter((c) => visible.has(c.id)).map((column) => (
              <th key={column.id} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <AuditRow key={event.id} event={event} visible={visible} onOpen={() => onOpen(event.id)} />
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/**
 * One event in a line; the time is the button that opens it in full (Enter or Space), and a click
 * anywhere in the row that is not on a link or a button does too.
 */
function AuditRow({ event, visible, onOpen }: { event: PanelEvent; visible: ReadonlySet<string>; onOpen(): void }) {
  const show = (id: string) => visible.has(id);

  function onRowClick(e: MouseEvent<HTMLTableRowElement>) {
    if ((e.target as Element).closest('a, button, input, select, textarea, summary')) return;
    // Selecting text to copy it is not a request to open the event.
    if (window.getSelection()?.toString()) return;
    onOpen();
  }

  return (
    <tr className="audit-row" data-testid="audit-row" data-audit-id={event.id} data-action={event.action} onClick={onRowClick}>
      <td className="nowrap">
        <button type="button" className="audit-row__open" onClick={onOpen} aria-haspopup="dialog" title="Open the event in full">
          <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
          <span className="visually-hidden">: {event.actionLabel}, open in full</span>
        </button>
      </td>
      {show('action') && (
        <td className="words">
          <span className="strong">{event.actionLabel}</span>
        </td>
      )}
      {show('actor') && <td className="words">{event.actor ?? <span className="muted">—</span>}</td>}
      {show('recording') && (
        <td>
          {event.withheld ? (
            <span className="muted" title="A restricted recording: reading which one, and why, needs PRIVILEGED_PLAYER.">
              Withheld
            </span>
          ) : event.recording ? (
            <span title={`Recording ${event.recording.id}`}>
              <span className="strong">
                {event.recording.userName} on {event.recording.serverName}
              </span>
              <br />
              <span className="muted small nowrap">{formatDateTime(event.recording.startedAt)}</span>
            </span>
          ) : (
            <ShortId value={event.recordingId} />
          )}
        </td>
      )}
      {show('task') && (
        <td>
          <ShortId value={event.taskId} />
        </td>
      )}
      {show('reason') && (
        <td className="audit-row__reason-cell">
          {/* Two lines at most here; the panel shows the reason whole. */}
          <div className="audit-row__reason">{event.reason ?? <span className="muted">{event.withheld ? 'Withheld' : '—'}</span>}</div>
        </td>
      )}
      {show('outcome') && (
        <td>
          <StatusBadge tone={outcomeTone(event.outcome)}>{outcomeLabel(event.outcome)}</StatusBadge>
        </td>
      )}
    </tr>
  );
}

/** Ids are long: the cell cuts them visually; the event's panel shows them whole, to copy and follow. */
function ShortId({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="muted">—</span>;
  return (
    <code className="id" title={value}>
      {value}
    </code>
  );
}
