import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import { isCursorRefusal, useCursorFallback, useListState } from '../navigation/useListState';
import { usePreference } from '../preferences/usePreference';
import { useStoredColumnChoice } from '../preferences/useStoredColumnChoice';
import { ColumnChooser } from '../ui/ColumnChooser';
import { EmptyState } from '../ui/EmptyState';
import { ErrorBanner, PermissionDenied } from '../ui/ErrorBanner';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import { Pagination } from '../ui/Pagination';
import { AuditEventPanel } from './AuditEventPanel';
import { AuditFilterBar } from './AuditFilterBar';
import { auditCsvUrl } from './audit-actions';
import { AUDIT_LIST, toAuditFilter } from './audit-list';
import { AUDIT_COLUMNS, AuditTable } from './AuditTable';
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
  const columns = useStoredColumnChoice('audit', AUDIT_COLUMNS);
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
            <ColumnChooser choice={columns} tableLabel="the export audit table" />
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
                <AuditTable events={events} busy={result.fetching} visible={columns.visible} onOpen={setOpenId} />
                <Pagination pages={pages} pageSize={PAGE_SIZE} rowCount={events.length} connection={connection} noun="audit events" />
              </>
            ))}
          {open && <AuditEventPanel event={open} onClose={() => setOpenId(null)} />}
        </>
      )}
    </section>
  );
}
