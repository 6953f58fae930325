import { useEffect, useId, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import type { VerifyPage_VerifyExportQuery } from '../gql/graphql';
import { Button } from '../ui/Button';
import { ErrorBanner, PermissionDenied } from '../ui/ErrorBanner';
import { formatBytes, formatDateTime, formatDuration } from '../ui/format';
import { ProgressBar } from '../ui/ProgressBar';
import { sha256OfFile } from './sha256';
import './verify.css';

const VerifyExportQuery = graphql(`
  query VerifyPage_VerifyExport($sha256: String!) {
    verifyExport(sha256: $sha256) {
      sha256
      verified
      summary
      matches {
        signatureValid
        keyActive
        task {
          id
          fileName
        }
        manifest {
          keyId
          algorithm
          signedAt
          document {
            export {
              id
              reason
              requestedBy {
                username
              }
              requestedAt
              startedAt
              completedAt
              workerHost
            }
            recording {
              userName
              serverName
              clientName
              clientIp
              protocol
              startedAt
              sourceSha256
            }
            conversion {
              tool
              toolVersion
              arguments
              rendering {
                name
                value
              }
            }
            output {
              fileName
              sha256
              sizeBytes
              durationSeconds
            }
          }
        }
      }
    }
  }
`);

type Verification = VerifyPage_VerifyExportQuery['verifyExport'];

type State =
  | { step: 'idle' }
  | { step: 'hashing'; fileName: string; progress: number }
  | { step: 'checking'; fileName: string; sha256: string }
  | { step: 'done'; fileName: string; result: Verification }
  | { step: 'failed'; fileName: string; error: CombinedError | Error };

/**
 * Checks a file someone holds against the exports: the file is hashed here in the browser, in
 * chunks, and only its SHA-256 is sent. The server answers with the export's signed manifest and
 * whether the signature holds.
 */
export function VerifyPage() {
  const { user } = useSession();
  const client = useClient();
  const inputId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  if (!user?.canViewTasks) {
    return (
      <section className="page">
        <Header />
        <PermissionDenied action="verify exports" detail="Verifying needs the LOGGING_READER role, or the roles to export." />
      </section>
    );
  }

  async function check(file: File) {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'hashing', fileName: file.name, progress: 0 });
    try {
      const sha256 = await sha256OfFile(file, (progress) => setState({ step: 'hashing', fileName: file.name, progress }), controller.signal);
      setState({ step: 'checking', fileName: file.name, sha256 });
      const answer = await client.query(VerifyExportQuery, { sha256 }, { requestPolicy: 'network-only' }).toPromise();
      if (controller.signal.aborted) return;
      if (answer.error || !answer.data) setState({ step: 'failed', fileName: file.name, error: answer.error ?? new Error('No answer from the server.') });
      else setState({ step: 'done', fileName: file.name, result: answer.data.verifyExport });
    } catch (error) {
      if (!controller.signal.aborted) setState({ step: 'failed', fileName: file.name, error: error as Error });
    }
  }

  const busy = state.step === 'hashing' || state.step === 'checking';
  return (
    <section className="page">
      <Header />
      <div className="verify-picker">
        <label htmlFor={inputId} className="field__label">
          File to verify
        </label>
        <input
          id={inputId}
          type="file"
          accept="video/mp4,.mp4"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void check(file);
          }}
        />
        {state.step === 'hashing' && (
          <Button
            size="small"
            variant="ghost"
            onClick={() => {
              abort.current?.abort();
              setState({ step: 'idle' });
            }}
          >
            Stop
          </Button>
        )}
      </div>

      {state.step === 'hashing' && (
        <div role="status">
          <p className="muted">Computing the SHA-256 of {state.fileName} in this browser; the file itself is not uploaded.</p>
          <ProgressBar value={state.progress} label={`Hashing ${state.fileName}`} />
        </div>
      )}
      {state.step === 'checking' && (
        <p className="muted" role="status">
          Asking the server about SHA-256 <span className="mono">{state.sha256}</span>…
        </p>
      )}
      {state.step === 'failed' &&
        ('graphQLErrors' in state.error ? (
          <ErrorBanner error={state.error} action="verify the file" />
        ) : (
          <div className="banner banner--danger" role="alert">
            {state.fileName} could not be read: {state.error.message}
          </div>
        ))}
      {state.step === 'done' && <Verdict fileName={state.fileName} result={state.result} />}
    </section>
  );
}

function Header() {
  return (
    <header className="page__header">
      <div>
        <h1 className="page__title">Verify an export</h1>
        <p className="page__subtitle">
          Pick an MP4 to learn whether it is an export of this Custodian, exactly as produced, and what its signed manifest says.
        </p>
      </div>
    </header>
  );
}

function Verdict({ fileName, result }: { fileName: string; result: Verification }) {
  return (
    <div data-testid="verify-result" data-verified={result.verified}>
      <div className={`banner ${result.verified ? 'banner--success' : 'banner--danger'}`} role="alert">
        <span>
          <strong>{result.verified ? 'Verified.' : 'Not verified.'}</strong> {result.summary}
        </span>
      </div>
      <p className="muted small verify-hash">
        {fileName}: SHA-256 <span className="mono">{result.sha256}</span>
      </p>
      {result.matches.map((match) => (
        <Match key={match.task.id} match={match} />
      ))}
    </div>
  );
}

function Match({ match }: { match: Verification['matches'][number] }) {
  const manifest = match.manifest.document;
  const signature = match.signatureValid
    ? `Valid (${match.manifest.algorithm}, key ${match.manifest.keyId}${match.keyActive ? ', the active key' : ', a retired key'})`
    : `NOT valid for key ${match.manifest.keyId}: the stored manifest was altered or the key is missing`;
  if (!manifest) {
    return (
      <article className="verify-match">
        <h2 className="verify-match__title">Export {match.task.id}</h2>
        <p className="error-text">The stored manifest cannot be read. Signature: {signature}</p>
      </article>
    );
  }
  const facts: [string, string, boolean?][] = [
    ['Signature', signature],
    ['Export', `${manifest.export.id} (${manifest.output.fileName})`, true],
    [
      'Recording',
      `${manifest.recording.userName} on ${manifest.recording.serverName} from ${manifest.recording.clientName} (${manifest.recording.clientIp}), ${manifest.recording.protocol}, ${formatDateTime(manifest.recording.startedAt)}`,
    ],
    ['Requested by', manifest.export.requestedBy.username],
    ['Reason', manifest.export.reason],
    ['Requested', formatDateTime(manifest.export.requestedAt)],
    ['Started', formatDateTime(manifest.export.startedAt)],
    ['Completed', `${formatDateTime(manifest.export.completedAt)} on ${manifest.export.workerHost}`],
    ['Source SHA-256', manifest.recording.sourceSha256, true],
    ['Conversion', `${manifest.conversion.tool} ${manifest.conversion.toolVersion}`],
    ['Arguments', manifest.conversion.arguments.join(' '), true],
    ...(manifest.conversion.rendering
      ? [['Drawn with', manifest.conversion.rendering.map((s) => `${s.name} ${s.value ?? 'off'}`).join(', ')] as [string, string]]
      : []),
    ['Output SHA-256', manifest.output.sha256, true],
    ['Output', `${formatBytes(manifest.output.sizeBytes)} (${manifest.output.sizeBytes} bytes), ${formatDuration(manifest.output.durationSeconds)}`],
  ];
  return (
    <article className="verify-match" data-testid="verify-match" data-signature-valid={match.signatureValid}>
      <h2 className="verify-match__title">Signed manifest of export {manifest.export.id}</h2>
      <dl className="manifest-facts">
        {facts.map(([label, value, mono]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd className={mono ? 'mono small' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
