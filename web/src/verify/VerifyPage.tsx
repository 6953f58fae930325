import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import type { VerifyPage_VerifyExportQuery } from '../gql/graphql';
import { Button } from '../ui/Button';
import { ErrorBanner, PermissionDenied } from '../ui/ErrorBanner';
import { formatBytes, formatDateTime, formatDuration } from '../ui/format';
import { ProgressBar } from '../ui/ProgressBar';
import { sha256OfFile } from './sha256';
import { isZipArchive, ZIP_SIGNATURE_BYTES } from './zip-archive';
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
  | { step: 'hashing'; subject: string; progress: number }
  | { step: 'archive'; subject: string }
  | { step: 'checking'; subject: string; sha256: string }
  | { step: 'done'; subject: string; result: Verification }
  | { step: 'failed'; subject: string; error: CombinedError | Error };

// What the server accepts (evidence.service.ts): letters in either case, spaces around ignored.
const SHA256 = /^[0-9a-f]{64}$/;
const TYPED_SUBJECT = 'The SHA-256 entered';

/**
 * Checks a file someone holds against the exports: the file is hashed here in the browser, in
 * chunks, and only its SHA-256 is sent. The server answers with the export's signed manifest and
 * whether the signature holds. A SHA-256 read elsewhere (a manifest, a court filing) can be
 * checked as it is.
 */
export function VerifyPage() {
  const { user } = useSession();
  const client = useClient();
  const inputId = useId();
  const hashId = useId();
  const hashErrorId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [typed, setTyped] = useState('');
  const [dragging, setDragging] = useState(false);
  const [dropProblem, setDropProblem] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  // A file dropped beside the box would otherwise be opened by the browser in place of the app.
  useEffect(() => {
    const keepFiles = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', keepFiles);
    window.addEventListener('drop', keepFiles);
    return () => {
      window.removeEventListener('dragover', keepFiles);
      window.removeEventListener('drop', keepFiles);
    };
  }, []);

  if (!user?.canViewTasks) {
    return (
      <section className="page">
        <Header />
        <PermissionDenied action="verify exports" detail="Verifying needs the LOGGING_READER role, or the roles to export." />
      </section>
    );
  }

  const busy = state.step === 'hashing' || state.step === 'checking';
  const typedHash = typed.trim().toLowerCase();
  const typedProblem =
    typedHash === '' || SHA256.test(typedHash)
      ? null
      : /[^0-9a-f]/.test(typedHash)
        ? 'A SHA-256 holds only the digits 0-9 and the letters a-f.'
        : `A SHA-256 is 64 characters; this is ${typedHash.length}.`;

  /** A new check replaces the one running. */
  function begin(): AbortController {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setDropProblem(null);
    return controller;
  }

  async function ask(subject: string, sha256: string, controller: AbortController) {
    setState({ step: 'checking', subject, sha256 });
    const answer = await client.query(VerifyExportQuery, { sha256 }, { requestPolicy: 'network-only' }).toPromise();
    if (controller.signal.aborted) return;
    if (answer.error || !answer.data) setState({ step: 'failed', subject, error: answer.error ?? new Error('No answer from the server.') });
    else setState({ step: 'done', subject, result: answer.data.verifyExport });
  }

  async function checkFile(file: File) {
    const controller = begin();
    setState({ step: 'hashing', subject: file.name, progress: 0 });
    try {
      const head = new Uint8Array(await file.slice(0, ZIP_SIGNATURE_BYTES).arrayBuffer());
      if (controller.signal.aborted) return;
      if (isZipArchive(head)) {
        setState({ step: 'archive', subject: file.name });
        return;
      }
      const sha256 = await sha256OfFile(file, (progress) => setState({ step: 'hashing', subject: file.name, progress }), controller.signal);
      await ask(file.name, sha256, controller);
    } catch (error) {
      if (!controller.signal.aborted) setState({ step: 'failed', subject: file.name, error: error as Error });
    }
  }

  async function checkTyped(sha256: string) {
    const controller = begin();
    try {
      await ask(TYPED_SUBJECT, sha256, controller);
    } catch (error) {
      if (!controller.signal.aborted) setState({ step: 'failed', subject: TYPED_SUBJECT, error: error as Error });
    }
  }

  function onDrop(event: DragEvent<HTMLFieldSetElement>) {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    const files = [...event.dataTransfer.files];
    if (files.length !== 1) {
      setDropProblem(files.length === 0 ? 'Only files can be checked: drop an MP4 file.' : `${files.length} files were dropped: drop one at a time.`);
      return;
    }
    void checkFile(files[0]!);
  }

  return (
    <section className="page">
      <Header />
      <fieldset
        className={`verify-drop${dragging ? ' verify-drop--over' : ''}`}
        data-testid="verify-drop"
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <legend className="verify-drop__lead">Drop an exported MP4 here, or pick it</legend>
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
              if (file) void checkFile(file);
              // The same file picked again is checked again.
              event.target.value = '';
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
        <p className="muted small verify-drop__note">The file stays on this computer: it is hashed in this browser, and only its SHA-256 is sent.</p>
        {dropProblem && (
          <p className="error-text" role="alert">
            {dropProblem}
          </p>
        )}
      </fieldset>

      <form
        className="verify-typed"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy && typedHash && !typedProblem) void checkTyped(typedHash);
        }}
      >
        <div className="field verify-typed__field">
          <label htmlFor={hashId} className="field__label">
            Or a SHA-256 from a manifest or a report
          </label>
          <input
            id={hashId}
            className={`input mono${typedProblem ? ' input--invalid' : ''}`}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            maxLength={200}
            spellCheck={false}
            autoComplete="off"
            placeholder="64 hexadecimal characters"
            aria-invalid={typedProblem ? true : undefined}
            aria-describedby={typedProblem ? hashErrorId : undefined}
          />
          {typedProblem && (
            <span id={hashErrorId} className="error-text small">
              {typedProblem}
            </span>
          )}
        </div>
        <Button type="submit" disabled={busy || !typedHash || !!typedProblem}>
          Check
        </Button>
      </form>

      {state.step === 'hashing' && (
        <div role="status">
          <p className="muted">Computing the SHA-256 of {state.subject} in this browser; the file itself is not uploaded.</p>
          <ProgressBar value={state.progress} label={`Hashing ${state.subject}`} />
        </div>
      )}
      {state.step === 'archive' && (
        <div className="banner banner--warning" role="alert" data-testid="verify-archive">
          <span>
            <strong>{state.subject} is a ZIP archive, not an MP4.</strong> An evidence bundle holds each export's MP4 beside its signed manifest: check an MP4
            from inside it here, or verify the bundle offline as its README.txt says, with{' '}
            <code>npm run custodian -- verify &lt;folder&gt;/&lt;name&gt;.mp4 &lt;folder&gt;/manifest.json</code>.
          </span>
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
            {state.subject} could not be read: {state.error.message}
          </div>
        ))}
      {state.step === 'done' && <Verdict subject={state.subject} result={state.result} />}
    </section>
  );
}

function Header() {
  return (
    <header className="page__header">
      <div>
        <h1 className="page__title">Verify an export</h1>
        <p className="page__subtitle">Check whether an MP4 is an export of this Custodian, exactly as produced, and read what its signed manifest says.</p>
      </div>
    </header>
  );
}

function Verdict({ subject, result }: { subject: string; result: Verification }) {
  return (
    <div data-testid="verify-result" data-verified={result.verified}>
      <div className={`banner ${result.verified ? 'banner--success' : 'banner--danger'}`} role="alert">
        <span>
          <strong>{result.verified ? 'Verified.' : 'Not verified.'}</strong> {result.summary}
        </span>
      </div>
      <p className="muted small verify-hash">
        {subject}: SHA-256 <span className="mono">{result.sha256}</span>
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
