import { useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { graphql } from '../gql';
import type { IntegrityPanel_AuditIntegrityQuery } from '../gql/graphql';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatDateTime } from '../ui/format';
import { checkpointLogSentence } from './checkpoint-log-sentence';

const AuditIntegrityQuery = graphql(`
  query IntegrityPanel_AuditIntegrity {
    auditIntegrity(full: true) {
      ok
      checkedAt
      eventsChecked
      headEventId
      headHash
      firstProblem {
        eventId
        kind
        message
      }
      checkpoints {
        total
        valid
        problemCount
        problems {
          checkpointId
          kind
          message
        }
        latest {
          id
          createdAt
          headEventId
          keyId
        }
        log {
          compared
          entries
          reason
        }
      }
    }
  }
`);

type Report = IntegrityPanel_AuditIntegrityQuery['auditIntegrity'];

/**
 * "Verify integrity": runs the server's walk of the whole hash chain and its signed checkpoints
 * on demand (it reads every audit event, so it is never run on page load). Always the full walk:
 * someone who asks wants changes to older events found too, not only to those added since.
 */
export function IntegrityPanel() {
  const client = useClient();
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setError(null);
    const result = await client.query(AuditIntegrityQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (result.error) setError(result.error);
    else setReport(result.data?.auditIntegrity ?? null);
  };

  return (
    <section className="integrity" aria-label="Audit log integrity" data-testid="audit-integrity">
      <div className="toolbar">
        <Button onClick={verify} busy={busy}>
          Verify integrity
        </Button>
        {!report && !busy && <span className="muted">Checks every audit event's hash and link, and every signed checkpoint.</span>}
      </div>
      {error && <ErrorBanner error={error} action="verify the audit log" onRetry={verify} />}
      {report && <IntegrityResult report={report} />}
    </section>
  );
}

function IntegrityResult({ report }: { report: Report }) {
  const { checkpoints } = report;
  const latest = checkpoints.latest;
  const summary = (
    <p>
      {report.eventsChecked} events checked
      {report.headEventId && (
        <>
          {' '}
          up to event {report.headEventId} (hash <code className="mono">{report.headHash?.slice(0, 16)}…</code>)
        </>
      )}
      ; {checkpoints.valid} of {checkpoints.total} signed checkpoints valid
      {latest && (
        <>
          , the newest from {formatDateTime(latest.createdAt)} covering event {latest.headEventId}
        </>
      )}
      . {checkpointLogSentence(checkpoints.log)} Checked {formatDateTime(report.checkedAt)}.
    </p>
  );
  if (report.ok) {
    return (
      <div className="banner banner--success" role="status" data-integrity="ok">
        <div>
          <strong>The audit log is intact.</strong>
          {summary}
        </div>
      </div>
    );
  }
  return (
    <div className="banner banner--danger" role="alert" data-integrity="broken">
      <div>
        <strong>The audit log has been tampered with.</strong>
        {report.firstProblem && (
          <p>
            First break at event <strong>{report.firstProblem.eventId}</strong>: {report.firstProblem.message}
          </p>
        )}
        {checkpoints.problems.length > 0 && (
          <ul>
            {checkpoints.problems.map((p) => (
              <li key={p.message}>{p.message}</li>
            ))}
            {checkpoints.problemCount > checkpoints.problems.length && (
              <li>…and {checkpoints.problemCount - checkpoints.problems.length} more checkpoint problems.</li>
            )}
          </ul>
        )}
        {summary}
      </div>
    </div>
  );
}
