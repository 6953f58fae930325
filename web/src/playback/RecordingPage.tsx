import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { errorCode } from '../api/errors';
import { permissionsOf } from '../auth/permissions';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import type { RecordingPage_RecordingQuery } from '../gql/graphql';
import { Link } from '../navigation/router';
import { ExportDialog } from '../recordings/ExportDialog';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { ErrorBanner, PermissionDenied } from '../ui/ErrorBanner';
import { formatBytes, formatDateTime, formatDuration } from '../ui/format';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import { mediaUrl } from './media-url';
import { RecordingPlayer } from './RecordingPlayer';
import './playback.css';

const RecordingQuery = graphql(`
  query RecordingPage_Recording($id: ID!) {
    recording(id: $id) {
      id
      userName
      serverName
      clientName
      clientIp
      applications
      protocol
      startedAt
      endedAt
      durationSeconds
      sizeBytes
      format
      width
      height
      hasAudio
      restricted
      kind
      terminal {
        asciicastVersion
        cols
        rows
        command
        title
        termType
      }
      guacamole {
        protocol
        keysRecorded
        instructions
        gzip
        truncatedAtByte
        truncatedAtInstruction
      }
      sourceSha256
      importedAt
      ...RecordingPlayer_Recording
      ...ExportDialog_Recording
    }
  }
`);

type Recording = NonNullable<RecordingPage_RecordingQuery['recording']>;

/** One recording: its metadata, the player, and Export for those allowed to export. */
export function RecordingPage({ id }: { id: string }) {
  const { user } = useSession();
  const can = user ? permissionsOf(user) : null;
  const [result, reexecute] = useQuery({ query: RecordingQuery, variables: { id }, pause: !can?.viewRecordings });
  const [exporting, setExporting] = useState(false);
  const [exportedCount, setExportedCount] = useState<number | null>(null);
  const recording = result.data?.recording;

  if (!can?.viewRecordings) {
    return (
      <Frame>
        <PermissionDenied action="play recordings" />
      </Frame>
    );
  }
  if (errorCode(result.error) === 'NOT_FOUND') {
    return (
      <Frame>
        <EmptyState title="Recording not found">
          It does not exist or is not visible to your account. <Link to="/">Back to All Recordings</Link>
        </EmptyState>
      </Frame>
    );
  }
  if (result.error) {
    return (
      <Frame>
        <ErrorBanner error={result.error} action="play recordings" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Frame>
    );
  }
  if (!recording) return <Loading label="Loading recording…" />;

  const title = `${recording.userName} on ${recording.serverName}`;
  return (
    <Frame
      title={title}
      subtitle={`${formatDateTime(recording.startedAt)} · ${formatDuration(recording.durationSeconds)}`}
      actions={
        can.exportRecordings && (
          <Button variant="primary" onClick={() => setExporting(true)}>
            Export
          </Button>
        )
      }
    >
      {exportedCount !== null && (
        <Notice onDismiss={() => setExportedCount(null)}>
          {exportedCount} export task{exportedCount === 1 ? '' : 's'} created — <Link to="/tasks">view tasks</Link>
        </Notice>
      )}
      <RecordingPlayer recording={recording} src={mediaUrl(recording.id)} label={`Recording of ${title}`} />
      <RecordingDetails recording={recording} />
      {exporting && (
        <ExportDialog
          recordings={[recording]}
          onClose={() => setExporting(false)}
          onExported={(count) => {
            setExporting(false);
            setExportedCount(count);
          }}
        />
      )}
    </Frame>
  );
}

function Frame({ title = 'Recording', subtitle, actions, children }: { title?: string; subtitle?: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="page recording-page">
      <nav className="recording-page__back">
        <Link to="/">← All Recordings</Link>
      </nav>
      <header className="page__header">
        <div>
          <h1 className="page__title">{title}</h1>
          {subtitle && <p className="page__subtitle">{subtitle}</p>}
        </div>
        {actions && <div className="toolbar">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

function RecordingDetails({ recording: r }: { recording: Recording }) {
  const none = <span className="muted">—</span>;
  return (
    <dl className="recording-details" aria-label="Recording details">
      <Detail term="User">{r.userName}</Detail>
      <Detail term="Server">{r.serverName}</Detail>
      <Detail term="Client name">{r.clientName}</Detail>
      <Detail term="Client IP">
        <span className="mono">{r.clientIp}</span>
      </Detail>
      <Detail term="Applications">{r.applications.length > 0 ? r.applications.join(', ') : none}</Detail>
      <Detail term="Protocol">{r.protocol}</Detail>
      <Detail term="Started">
        <time dateTime={r.startedAt}>{formatDateTime(r.startedAt)}</time>
      </Detail>
      <Detail term="Ended">
        <time dateTime={r.endedAt}>{formatDateTime(r.endedAt)}</time>
      </Detail>
      <Detail term="Duration">{formatDuration(r.durationSeconds)}</Detail>
      <Detail term="Size">{formatBytes(r.sizeBytes)}</Detail>
      {r.terminal ? (
        <>
          <Detail term="Format">asciicast v{r.terminal.asciicastVersion}</Detail>
          <Detail term="Terminal">{`${r.terminal.cols}×${r.terminal.rows}${r.terminal.termType ? ` · ${r.terminal.termType}` : ''}`}</Detail>
          <Detail term="Command">{r.terminal.command ?? none}</Detail>
          <Detail term="Title">{r.terminal.title ?? none}</Detail>
        </>
      ) : r.guacamole ? (
        <>
          <Detail term="Format">{`Guacamole instructions${r.guacamole.gzip ? ' (gzip)' : ''}`}</Detail>
          <Detail term="Display">{r.width && r.height ? `${r.width}×${r.height}` : none}</Detail>
          <Detail term="Remote protocol">{r.guacamole.protocol ? r.guacamole.protocol.toUpperCase() : 'not shown by the recording'}</Detail>
          <Detail term="Keys recorded">{r.guacamole.keysRecorded ? 'Yes' : 'No'}</Detail>
          <Detail term="Instructions">{r.guacamole.instructions.toLocaleString()}</Detail>
          {r.guacamole.truncatedAtByte != null && (
            <Detail term="Cut off">
              {`The file ends inside instruction ${r.guacamole.truncatedAtInstruction} (byte ${r.guacamole.truncatedAtByte}): it was still being written. Everything before it is played and exported.`}
            </Detail>
          )}
        </>
      ) : (
        <>
          <Detail term="Format">{r.format}</Detail>
          <Detail term="Resolution">{r.width && r.height ? `${r.width}×${r.height}` : none}</Detail>
          <Detail term="Audio">{r.hasAudio ? 'Yes' : 'No'}</Detail>
        </>
      )}
      <Detail term="Restricted">{r.restricted ? <span className="restricted-marker">Restricted</span> : 'No'}</Detail>
      <Detail term="Source SHA-256">
        <span className="mono recording-details__hash">{r.sourceSha256}</span>
      </Detail>
      <Detail term="Imported">
        <time dateTime={r.importedAt}>{formatDateTime(r.importedAt)}</time>
      </Detail>
    </dl>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="recording-details__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
