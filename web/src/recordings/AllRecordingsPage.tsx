import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { permissionsOf } from '../auth/permissions';
import { graphql } from '../gql';
import type { AllRecordingsPage_RecordingsQuery, RecordingFilter, RecordingOrderField } from '../gql/graphql';
import { Link } from '../navigation/router';
import { isCursorRefusal, useCursorFallback, useListState } from '../navigation/useListState';
import { usePreference } from '../preferences/usePreference';
import { useStoredColumnChoice } from '../preferences/useStoredColumnChoice';
import { Button } from '../ui/Button';
import { ColumnChooser } from '../ui/ColumnChooser';
import { DensitySwitch } from '../ui/DensitySwitch';
import { EmptyState } from '../ui/EmptyState';
import { ErrorBanner, PermissionDenied } from '../ui/ErrorBanner';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import { Pagination } from '../ui/Pagination';
import { EXPORTS_DISABLED_EXPLANATION, useExportsEnabled } from '../settings/useExportsEnabled';
import { ExportDialog } from './ExportDialog';
import { RecordingFilterBar } from './RecordingFilterBar';
import { SelectAllMatching } from './SelectAllMatching';
import { fromRecordingFilter, RECORDING_LIST, toRecordingFilter } from './recording-list-state';
import { RECORDING_COLUMNS, RecordingsTable } from './RecordingsTable';

const RecordingsQuery = graphql(`
  query AllRecordingsPage_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {
    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
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
          ...RecordingsTable_Recording
          ...ExportDialog_Recording
        }
      }
    }
  }
`);

type Recording = AllRecordingsPage_RecordingsQuery['recordings']['edges'][number]['node'];

const PAGE_SIZE = 50;
/** Text columns read best A to Z first; times and sizes newest or largest first. */
const ASCENDING_FIRST: RecordingOrderField[] = ['USER_NAME', 'SERVER_NAME', 'CLIENT_NAME'];

export function AllRecordingsPage() {
  const { user } = useSession();
  const canExport = user ? permissionsOf(user).exportRecordings : false;
  const canView = user ? permissionsOf(user).viewRecordings : false;

  // Filters, order and page live in the URL: Back, reload and a shared link open the same list.
  const list = useListState(RECORDING_LIST);
  const { pages, sort: orderBy } = list;
  const filter = useMemo(() => toRecordingFilter(list.filters), [list.filters]);
  const [zone] = usePreference<'UTC' | 'LOCAL'>('timeZone', 'UTC');
  const columns = useStoredColumnChoice('recordings', RECORDING_COLUMNS);
  // Kept by id across pages and filter changes, so a selection can be built from several searches.
  const [selected, setSelected] = useState<ReadonlyMap<string, Recording>>(new Map());
  const [exporting, setExporting] = useState(false);
  const [exportedCount, setExportedCount] = useState<number | null>(null);
  // Known to be switched off: the Export action is disabled and says why.
  const exportSwitchedOff = useExportsEnabled() === false;

  const variables = useMemo(() => ({ filter, orderBy, first: PAGE_SIZE, after: pages.after }), [filter, orderBy, pages.after]);
  const [result, reexecute] = useQuery({ query: RecordingsQuery, variables, pause: !canView });
  const cursorFallback = useCursorFallback(result.error, pages);
  const connection = result.data?.recordings;
  const recordings = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);

  const applyFilter = (next: RecordingFilter) => list.setFilters(fromRecordingFilter(next));

  const sortBy = (field: RecordingOrderField) =>
    list.setSort(
      orderBy.field === field
        ? { field, direction: orderBy.direction === 'ASC' ? 'DESC' : 'ASC' }
        : { field, direction: ASCENDING_FIRST.includes(field) ? 'ASC' : 'DESC' },
    );

  const toggle = useCallback((recording: Recording, on: boolean) => {
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(recording.id, recording);
      else next.delete(recording.id);
      return next;
    });
  }, []);

  const togglePage = (on: boolean) => {
    setSelected((current) => {
      const next = new Map(current);
      for (const r of recordings) {
        if (on) next.set(r.id, r);
        else next.delete(r.id);
      }
      return next;
    });
  };

  if (!canView) {
    return (
      <section className="page">
        <PageHeader />
        <PermissionDenied action="view recordings" />
      </section>
    );
  }

  const filtered = Object.keys(filter).length > 0;
  const selectedCount = selected.size;

  return (
    <section className="page">
      <PageHeader>
        <div className="toolbar">
          <DensitySwitch />
          <ColumnChooser choice={columns} tableLabel="the recordings table" />
          {canExport && (
            <div className="toolbar">
              {selectedCount > 0 && (
                <>
                  <span className="muted" aria-live="polite">
                    {selectedCount} selected
                  </span>
                  <Button variant="ghost" size="small" onClick={() => setSelected(new Map())}>
                    Clear selection
                  </Button>
                </>
              )}
              <Button
                variant="primary"
                disabled={selectedCount === 0 || exportSwitchedOff}
                title={exportSwitchedOff ? EXPORTS_DISABLED_EXPLANATION : undefined}
                aria-describedby={exportSwitchedOff ? 'export-switched-off' : undefined}
                onClick={() => setExporting(true)}
              >
                {selectedCount > 0 ? `Export (${selectedCount})` : 'Export'}
              </Button>
            </div>
          )}
        </div>
      </PageHeader>

      {canExport && exportSwitchedOff && (
        <div className="banner banner--warning" role="status" id="export-switched-off" data-testid="export-disabled-reason">
          <span>{EXPORTS_DISABLED_EXPLANATION} Ask an administrator to enable it under Settings.</span>
        </div>
      )}

      {exportedCount !== null && (
        <Notice onDismiss={() => setExportedCount(null)}>
          {exportedCount} export task{exportedCount === 1 ? '' : 's'} created — <Link to="/tasks">view tasks</Link>
        </Notice>
      )}

      <RecordingFilterBar key={`${zone} ${JSON.stringify(filter)}`} filter={filter} onApply={applyFilter} />

      {cursorFallback.fellBack && (
        <Notice onDismiss={cursorFallback.dismiss}>The page in the link no longer fits this list, so its first page is shown.</Notice>
      )}

      {result.error && !isCursorRefusal(result.error) && (
        <ErrorBanner error={result.error} action="view recordings" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}

      {!connection && result.fetching && <Loading label="Loading recordings…" />}

      {connection &&
        (recordings.length === 0 ? (
          <EmptyState title={filtered ? 'No recordings match these filters' : 'No recordings yet'}>
            {filtered ? 'Change or clear the filters to see more recordings.' : 'Recordings appear here once they are imported.'}
          </EmptyState>
        ) : (
          <>
            {canExport && (
              <SelectAllMatching
                filter={filter}
                orderBy={orderBy}
                connection={connection}
                onSelect={(found) => setSelected(new Map(found.map((r) => [r.id, r])))}
              />
            )}
            <RecordingsTable
              recordings={recordings}
              orderBy={orderBy}
              onSort={sortBy}
              busy={result.fetching}
              visible={columns.visible}
              selection={canExport ? { isSelected: (id) => selected.has(id), toggle, togglePage } : undefined}
            />
            <Pagination pages={pages} pageSize={PAGE_SIZE} rowCount={recordings.length} connection={connection} noun="recordings" />
          </>
        ))}

      {exporting && (
        <ExportDialog
          recordings={[...selected.values()]}
          onClose={() => setExporting(false)}
          onExported={(count) => {
            setExporting(false);
            setSelected(new Map());
            setExportedCount(count);
          }}
        />
      )}
    </section>
  );
}

function PageHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="page__header">
      <div>
        <h1 className="page__title">All Recordings</h1>
        <p className="page__subtitle">Search recorded sessions and export them as MP4 evidence.</p>
      </div>
      {children}
    </header>
  );
}
