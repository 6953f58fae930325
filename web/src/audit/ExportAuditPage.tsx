import { useMemo, useState, type MouseEvent } from 'react';
import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import { isCursorRefusal, useCursorFallback, useListState } from '../navigation/useListState';
import { usePreference } from '../preferences/usePreference';
import { EmptyState } from '../ui/EmptyState';
import { ErrorBanner, PermissionDenied } from '../ui/ErrorBanner';
import { formatDateTime } from '../ui/format';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import { Pagination } from '../ui/Pagination';
import { StatusBadge } from '../ui/StatusBadge';
import { Table } from '../ui/Table';
import { AuditEventPanel, type PanelEvent } from './AuditEventPanel';
import { AuditFilterBar } from './AuditFilterBar';
import { auditCsvUrl, outcomeLabel, outcomeTone } from './audit-actions';
import { AUDIT_LIST, toAuditFilter } from './audit-list';
import { IntegrityPanel } from './IntegrityPanel';
import { SavedQueries } from './SavedQueries';
import './audit.css';

const ExportAuditQuery = graphql(`
  query ExportAuditPage_ExportAudit($filter: ExportAuditFilter, $first: Int!, $after: String) {
    exportAudit(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          action
          actionLabel
          actor
          recordingId
          recording {
            id
            userName
            serverName
            startedAt
          }
          taskId
          reason
          outcome
          detail
          clientAddress
          occurredAt
          withheld
          hash
          prevHash
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;

export function ExportAuditPage() {
  const { user } = useSession();
  const canRead = user?.canReadAudit ?? false;
  // Filters and page live in the URL: Back, reload, a shared link and a saved query restore them.
  const list = useListState(AUDIT_LIST);
  const { pages } = list;
  const filter = useMemo(() => toAuditFilter(list.filters), [list.filters]);
  const [zone] = usePreference<'UTC' | 'LOCAL'>('timeZone', 'UTC');
  const variables = useMemo(() => ({ filter, first: PAGE_SIZE, after: pages.after }), [filter, pages.after]);
  // The log grows while it is read: always ask the server, show the cached page meanwhile.
  const [result, reexecute] = useQuery({ query: ExportAuditQuery, variables, requestPolicy: 'cache-and-network', pause: !canRead });
  const cursorFallback = useCursorFallback(result.error, pages);
  const connection = result.data?.exportAudit;
  const events = connection?.edges.map((e) => e.node) ?? [];
  const filtered = Object.keys(filter).length > 0;
  const [openId, setOpenId] = useState<string | null>(null);
  const open = events.find((e) => e.id === openId);

  return (
    <section className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Export audit</h1>
          <p className="page__subtitle">Who exported which recording, when, why, and with what outcome. Open an event to read it in full.</p>
        </div>
        {canRead && (
          <div className="toolbar">
            <a className="button button--secondary" href={auditCsvUrl(filter)} download data-testid="audit-csv">
              Download CSV
            </a>
          </div>
        )}
      </header>

      {!canRead ? (
        <PermissionDenied action="read the export audit" />
      ) : (
        <>
          <IntegrityPanel />

          <div className="audit-tools">
            <AuditFilterBar key={`${zone} ${JSON.stringify(list.filters)}`} filters={list.filters} onApply={(next) => list.setFilters(next)} />
            <SavedQueries />
          </div>

          {cursorFallback.fellBack && (
            <Notice onDismiss={cursorFallback.dismiss}>The page in the link no longer fits this audit, so its first page is shown.</Notice>
          )}

          {result.error && !isCursorRefusal(result.error) && (
            <ErrorBanner error={result.error} action="read the export audit" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
          )}

          {!connection && result.fetching && <Loading label="Loading audit events…" />}

          {connection &&
            (events.length === 0 ? (
              <EmptyState title={filtered ? 'No audit events match these filters' : 'No export activity recorded yet'} />
            ) : (
              <>
                <div className="audit-table">
                  <Table caption="Export audit events" busy={result.fetching}>
                    <thead>
                      <tr>
                        <th scope="col">Time</th>
                        <th scope="col">Action</th>
                        <th scope="col">Actor</th>
                        <th scope="col">Recording</th>
                        <th scope="col">Task ID</th>
                        <th scope="col">Reason</th>
                        <th scope="col">Outcome</th>
                      </tr>
                    </thead>
                    <tbody>
                      {events.map((event) => (
                        <AuditRow key={event.id} event={event} onOpen={() => setOpenId(event.id)} />
                      ))}
                    </tbody>
                  </Table>
                </div>
                <Pagination pages={pages} pageSize={PAGE_SIZE} rowCount={events.length} connection={connection} noun="audit events" />
              </>
            ))}
          {open && <AuditEventPanel event={open} onClose={() => setOpenId(null)} />}
        </>
      )}
    </section>
  );
}

/**
 * One event in a line; the time is the button that opens it in full (Enter or Space), and a click
 * anywhere in the row that is not on a link or a button does too.
 */
function AuditRow({ event, onOpen }: { event: PanelEvent; onOpen(): void }) {
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
      <td>
        <span className="strong">{event.actionLabel}</span>
      </td>
      <td>{event.actor ?? <span className="muted">—</span>}</td>
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
            <span className="muted small">{formatDateTime(event.recording.startedAt)}</span>
          </span>
        ) : (
          <ShortId value={event.recordingId} />
        )}
      </td>
      <td>
        <ShortId value={event.taskId} />
      </td>
      <td className="audit-row__reason-cell">
        {/* Two lines at most here; the panel shows the reason whole. */}
        <div className="audit-row__reason">{event.reason ?? <span className="muted">{event.withheld ? 'Withheld' : '—'}</span>}</div>
      </td>
      <td>
        <StatusBadge tone={outcomeTone(event.outcome)}>{outcomeLabel(event.outcome)}</StatusBadge>
      </td>
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
