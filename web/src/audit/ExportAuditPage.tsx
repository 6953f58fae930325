import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import type { ExportAuditFilter } from '../gql/graphql';
import { EmptyState } from '../ui/EmptyState';
import { ErrorBanner, PermissionDenied } from '../ui/ErrorBanner';
import { formatDateTime } from '../ui/format';
import { Loading } from '../ui/Loading';
import { Pagination } from '../ui/Pagination';
import { StatusBadge } from '../ui/StatusBadge';
import { Table } from '../ui/Table';
import { useCursorPages } from '../ui/useCursorPages';
import { AuditFilterBar } from './AuditFilterBar';
import { auditCsvUrl, outcomeLabel, outcomeTone } from './audit-actions';
import { IntegrityPanel } from './IntegrityPanel';

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
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;

export function ExportAuditPage() {
  const { user } = useSession();
  const canRead = user?.canReadAudit ?? false;
  const [filter, setFilter] = useState<ExportAuditFilter>({});
  const pages = useCursorPages();
  const variables = useMemo(() => ({ filter, first: PAGE_SIZE, after: pages.after }), [filter, pages.after]);
  // The log grows while it is read: always ask the server, show the cached page meanwhile.
  const [result, reexecute] = useQuery({ query: ExportAuditQuery, variables, requestPolicy: 'cache-and-network', pause: !canRead });
  const connection = result.data?.exportAudit;
  const events = connection?.edges.map((e) => e.node) ?? [];
  const filtered = Object.keys(filter).length > 0;

  return (
    <section className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Export audit</h1>
          <p className="page__subtitle">Who exported which recording, when, why, and with what outcome.</p>
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

          <AuditFilterBar
            onApply={(next) => {
              setFilter(next);
              pages.reset();
            }}
          />

          {result.error && <ErrorBanner error={result.error} action="read the export audit" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}

          {!connection && result.fetching && <Loading label="Loading audit events…" />}

          {connection &&
            (events.length === 0 ? (
              <EmptyState title={filtered ? 'No audit events match these filters' : 'No export activity recorded yet'} />
            ) : (
              <>
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
                      <th scope="col">Client address</th>
                      <th scope="col">Detail</th>
                    </tr>
                  </thead>
                  <tbody>
                    {events.map((event) => (
                      <tr key={event.id} data-testid="audit-row" data-audit-id={event.id} data-action={event.action}>
                        <td className="nowrap">
                          <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                        </td>
                        <td className="strong nowrap">{event.actionLabel}</td>
                        <td>{event.actor ?? <span className="muted">—</span>}</td>
                        <td className="nowrap">
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
                              <span className="muted">{formatDateTime(event.recording.startedAt)}</span>
                            </span>
                          ) : (
                            <ShortId value={event.recordingId} />
                          )}
                        </td>
                        <td>
                          <ShortId value={event.taskId} />
                        </td>
                        <td className="reason" title={event.reason ?? undefined}>
                          {event.reason ?? <span className="muted">{event.withheld ? 'Withheld' : '—'}</span>}
                        </td>
                        <td>
                          <StatusBadge tone={outcomeTone(event.outcome)}>{outcomeLabel(event.outcome)}</StatusBadge>
                        </td>
                        <td className="mono">{event.clientAddress ?? <span className="muted">—</span>}</td>
                        <td className="detail" title={event.detail ?? undefined}>
                          {event.detail ?? <span className="muted">—</span>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
                <Pagination pages={pages} pageSize={PAGE_SIZE} rowCount={events.length} connection={connection} noun="audit events" />
              </>
            ))}
        </>
      )}
    </section>
  );
}

/** Ids are long: the cell cuts them visually, while copying and the tooltip keep the whole value. */
function ShortId({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="muted">—</span>;
  return (
    <code className="id" title={value}>
      {value}
    </code>
  );
}
