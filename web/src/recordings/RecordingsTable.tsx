import { useEffect, useRef } from 'react';
import { graphql, useFragment, type FragmentType } from '../gql';
import type { RecordingOrder, RecordingOrderField, RecordingsTable_RecordingFragment } from '../gql/graphql';
import { Link } from '../navigation/router';
import type { ColumnOption } from '../ui/ColumnChooser';
import { formatBytes, formatDateTime, formatDuration } from '../ui/format';
import { SortableHeader, Table } from '../ui/Table';
import { RestrictionToggle } from './RestrictionToggle';

const RecordingFragment = graphql(`
  fragment RecordingsTable_Recording on Recording {
    id
    userName
    serverName
    clientName
    clientIp
    applications
    startedAt
    durationSeconds
    sizeBytes
    kind
    format
    width
    height
    hasAudio
    restricted
    terminal {
      maxCols
      maxRows
    }
    guacamole {
      protocol
      truncatedAtByte
    }
  }
`);

/**
 * A recording as the page's query holds it: this table reads its own fragment from it, and hands
 * the whole of it back on selection, so the page keeps what its other components need.
 */
type RecordingRef = { id: string } & FragmentType<typeof RecordingFragment>;

interface Selection<R extends RecordingRef> {
  isSelected(id: string): boolean;
  toggle(recording: R, selected: boolean): void;
  togglePage(selected: boolean): void;
}

export interface RecordingsTableProps<R extends RecordingRef> {
  recordings: R[];
  orderBy: RecordingOrder;
  onSort(field: RecordingOrderField): void;
  /** Present when the user may export: rows then get checkboxes. */
  selection?: Selection<R>;
  busy?: boolean;
  /** Ids of the columns shown (see RECORDING_COLUMNS). */
  visible: ReadonlySet<string>;
}

type RecordingColumn = ColumnOption & { field?: RecordingOrderField; className?: string };

/** The table's columns, in order; the chooser and the user's preference refer to them by id. */
export const RECORDING_COLUMNS: readonly RecordingColumn[] = [
  { id: 'user', label: 'User', field: 'USER_NAME', required: true },
  { id: 'server', label: 'Server', field: 'SERVER_NAME' },
  { id: 'clientName', label: 'Client name', field: 'CLIENT_NAME' },
  { id: 'clientIp', label: 'Client IP' },
  { id: 'applications', label: 'Applications' },
  { id: 'started', label: 'Started', field: 'STARTED_AT' },
  { id: 'duration', label: 'Duration', field: 'DURATION', className: 'numeric' },
  { id: 'size', label: 'Size', field: 'SIZE', className: 'numeric' },
  { id: 'format', label: 'Format' },
  // Left out at first so the table fits a laptop's width; the chooser brings them back.
  { id: 'resolution', label: 'Resolution', hiddenByDefault: true },
  { id: 'audio', label: 'Audio', hiddenByDefault: true },
  { id: 'restricted', label: 'Restricted' },
];

export function RecordingsTable<R extends RecordingRef>({ recordings, orderBy, onSort, selection, busy, visible }: RecordingsTableProps<R>) {
  const columns = RECORDING_COLUMNS.filter((c) => visible.has(c.id));
  const selectedOnPage = selection ? recordings.filter((r) => selection.isSelected(r.id)).length : 0;
  const allSelected = recordings.length > 0 && selectedOnPage === recordings.length;
  const someSelected = selectedOnPage > 0 && !allSelected;

  return (
    <Table caption="Recordings" busy={busy} oneLineRows>
      <thead>
        <tr>
          {selection && (
            <th scope="col" className="checkbox-cell">
              <IndeterminateCheckbox
                label="Select all recordings on this page"
                checked={allSelected}
                indeterminate={someSelected}
                onChange={(checked) => selection.togglePage(checked)}
              />
            </th>
          )}
          {columns.map((column) =>
            column.field ? (
              <SortableHeader
                key={column.id}
                label={column.label}
                className={column.className}
                direction={orderBy.field === column.field ? orderBy.direction : undefined}
                onSort={() => onSort(column.field!)}
              />
            ) : (
              <th key={column.id} scope="col" className={column.className}>
                {column.label}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {recordings.map((recording) => (
          <RecordingRow key={recording.id} recording={recording} selection={selection} visible={visible} />
        ))}
      </tbody>
    </Table>
  );
}

function RecordingRow<R extends RecordingRef>({ recording, selection, visible }: { recording: R; selection?: Selection<R>; visible: ReadonlySet<string> }) {
  const r = useFragment(RecordingFragment, recording);
  const selected = selection?.isSelected(r.id) ?? false;
  const started = formatDateTime(r.startedAt);
  const show = (id: string) => visible.has(id);
  return (
    <tr data-testid="recording-row" data-recording-id={r.id} className={selected ? 'is-selected' : undefined}>
      {selection && (
        <td className="checkbox-cell">
          <input
            type="checkbox"
            checked={selected}
            aria-label={`Select recording ${r.userName} ${started}`}
            onChange={(e) => selection.toggle(recording, e.target.checked)}
          />
        </td>
      )}
      <td className="strong" title={r.userName}>
        <Link to={`/recordings/${r.id}`} aria-label={`Play recording ${r.userName} ${started}`}>
          {r.userName}
        </Link>
      </td>
      {show('server') && (
        <td className="cell-text" title={r.serverName}>
          {r.serverName}
        </td>
      )}
      {show('clientName') && (
        <td className="cell-text" title={r.clientName}>
          {r.clientName}
        </td>
      )}
      {show('clientIp') && <td className="mono">{r.clientIp}</td>}
      {show('applications') && (
        <td className="applications" title={r.applications.join(', ')}>
          {r.applications.length > 0 ? r.applications.join(', ') : <span className="muted">—</span>}
        </td>
      )}
      {show('started') && (
        <td className="nowrap">
          <time dateTime={r.startedAt}>{started}</time>
        </td>
      )}
      {show('duration') && <td className="numeric mono">{formatDuration(r.durationSeconds)}</td>}
      {show('size') && <td className="numeric nowrap">{formatBytes(r.sizeBytes)}</td>}
      {show('format') && (
        <td className="cell-text" title={recordingFormat(r)}>
          {recordingFormat(r)}
        </td>
      )}
      {show('resolution') && <td className="nowrap">{recordingSize(r)}</td>}
      {show('audio') && <td>{r.hasAudio ? 'Yes' : 'No'}</td>}
      {show('restricted') && (
        <td>
          <RestrictionToggle recordingId={r.id} restricted={r.restricted} description={`the recording of ${r.userName} on ${r.serverName}`} />
        </td>
      )}
    </tr>
  );
}

function IndeterminateCheckbox({
  label,
  checked,
  indeterminate,
  onChange,
}: {
  label: string;
  checked: boolean;
  indeterminate: boolean;
  onChange(checked: boolean): void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return <input ref={ref} type="checkbox" aria-label={label} checked={checked} onChange={(e) => onChange(e.target.checked)} />;
}

/** Pixels for video, columns × rows for terminal sessions (the largest the terminal was). */
function recordingFormat(r: RecordingsTable_RecordingFragment) {
  if (r.kind === 'TERMINAL') return 'Terminal (asciicast)';
  if (r.kind !== 'GUACAMOLE') return r.format;
  const protocol = r.guacamole?.protocol ? ` (${r.guacamole.protocol.toUpperCase()})` : '';
  const cut = r.guacamole?.truncatedAtByte != null ? ', cut off' : '';
  return `Guacamole${protocol}${cut}`;
}

function recordingSize(r: RecordingsTable_RecordingFragment) {
  if (r.terminal) return `${r.terminal.maxCols}×${r.terminal.maxRows} chars`;
  if (r.width && r.height) return `${r.width}×${r.height}`;
  return <span className="muted">—</span>;
}
