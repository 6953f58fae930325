import { CopyButton } from '../account/CopyButton';
import { permissionsOf } from '../auth/permissions';
import { useSession } from '../auth/session';
import type { AuditAction, AuditOutcome } from '../gql/graphql';
import { Link } from '../navigation/router';
import { Dialog } from '../ui/Dialog';
import { formatDateTime } from '../ui/format';
import { StatusBadge } from '../ui/StatusBadge';
import { outcomeLabel, outcomeTone } from './audit-actions';
import { detailFields } from './event-detail';
import { eventLinks, taskHref } from './event-links';

export interface PanelEvent {
  id: string;
  action: AuditAction;
  actionLabel: string;
  actor?: string | null;
  recordingId?: string | null;
  recording?: { id: string; userName: string; serverName: string; startedAt: string } | null;
  taskId?: string | null;
  reason?: string | null;
  outcome: AuditOutcome;
  detail?: string | null;
  clientAddress?: string | null;
  occurredAt: string;
  withheld: boolean;
  hash?: string | null;
  prevHash?: string | null;
}

const WITHHELD = 'Withheld: the event is about a restricted recording, which needs PRIVILEGED_PLAYER to read.';

/** One audit event in full: every field labelled, the reason and detail whole, and where to go next. */
export function AuditEventPanel({ event, onClose }: { event: PanelEvent; onClose(): void }) {
  const { user } = useSession();
  const can = user ? permissionsOf(user) : { viewRecordings: false, viewTasks: false, administer: false };
  const links = eventLinks(event, can);
  const detail = detailFields(event.detail);
  const none = <span className="muted">—</span>;

  return (
    <Dialog title={`Audit event: ${event.actionLabel}`} onClose={onClose} wide>
      <div className="audit-event" data-testid="audit-event-panel" data-audit-id={event.id}>
        <dl className="audit-event__fields">
          <dt>Time</dt>
          <dd>
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
          </dd>
          <dt>Action</dt>
          <dd>
            {event.actionLabel} <code className="muted">{event.action}</code>
          </dd>
          <dt>Outcome</dt>
          <dd>
            <StatusBadge tone={outcomeTone(event.outcome)}>{outcomeLabel(event.outcome)}</StatusBadge>
          </dd>
          <dt>Actor</dt>
          <dd>{event.actor ?? <span className="muted">The system</span>}</dd>
          <dt>Client address</dt>
          <dd className="mono">{event.clientAddress ?? none}</dd>
          <dt>Recording</dt>
          <dd>
            {event.withheld ? (
              <span className="muted">{WITHHELD}</span>
            ) : event.recording ? (
              <>
                {event.recording.userName} on {event.recording.serverName}, started {formatDateTime(event.recording.startedAt)}
                <br />
                <code className="audit-event__id">{event.recording.id}</code>
              </>
            ) : event.recordingId ? (
              <>
                <code className="audit-event__id">{event.recordingId}</code> <span className="muted">(no longer in the catalog)</span>
              </>
            ) : (
              none
            )}
          </dd>
          <dt>Export task</dt>
          <dd>
            {event.taskId ? (
              <span className="audit-event__copyable">
                {can.viewTasks ? (
                  <Link to={taskHref(event.taskId)} onClick={onClose} className="audit-event__id mono" data-testid="audit-event-task">
                    {event.taskId}
                  </Link>
                ) : (
                  <code className="audit-event__id">{event.taskId}</code>
                )}
                <CopyButton text={event.taskId} label="Copy task ID" />
              </span>
            ) : event.withheld ? (
              <span className="muted">Withheld</span>
            ) : (
              none
            )}
          </dd>
          <dt>Reason</dt>
          <dd className="audit-event__text" data-testid="audit-event-reason">
            {event.reason ?? <span className="muted">{event.withheld ? 'Withheld' : 'None given'}</span>}
          </dd>
          {detail.length === 0 && (
            <>
              <dt>Detail</dt>
              <dd>{event.withheld ? <span className="muted">Withheld</span> : none}</dd>
            </>
          )}
          {detail.map((field) => (
            <DetailRow key={field.label} label={field.label} value={field.value} />
          ))}
          <dt>Event ID</dt>
          <dd>
            <code className="audit-event__id">{event.id}</code>
          </dd>
          <dt>Hash</dt>
          <dd>
            <code className="audit-event__id">{event.hash ?? 'Not linked into the chain yet'}</code>
          </dd>
          <dt>Previous hash</dt>
          <dd>
            <code className="audit-event__id">{event.prevHash ?? 'Not linked into the chain yet'}</code>
          </dd>
        </dl>
        {links.length > 0 && (
          <nav aria-label="Related pages" className="audit-event__links">
            <ul>
              {links.map((link) => (
                <li key={link.href + link.label}>
                  <Link to={link.href} onClick={onClose} data-link-kind={link.kind}>
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </Dialog>
  );
}

function DetailRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="audit-event__text">{value}</dd>
    </>
  );
}
