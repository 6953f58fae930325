import type { AuditAction, AuditOutcome, ExportAuditFilter } from '../gql/graphql';
import { serializeListState, type FilterValues, type ListSpec } from '../navigation/list-state';
import { auditActions, auditOutcomes } from './audit-actions';

/**
 * The export audit's filters as URL parameters (`/audit?actor=dana&action=EXPORT_REQUESTED`), so
 * that Back, a reload, a shared link and a saved query open the same events. The events are
 * always newest first.
 */
export const AUDIT_LIST = {
  filters: {
    from: { maxLength: 40 },
    to: { maxLength: 40 },
    actor: { maxLength: 100 },
    recordingId: { maxLength: 100 },
    action: { multiple: true, oneOf: auditActions.map((a) => a.value) },
    outcome: { multiple: true, oneOf: auditOutcomes },
  },
  sortFields: ['OCCURRED_AT'],
  defaultSort: { field: 'OCCURRED_AT', direction: 'DESC' },
} as const satisfies ListSpec<Record<string, { maxLength?: number; oneOf?: readonly string[]; multiple?: boolean }>, 'OCCURRED_AT'>;

export type AuditFilters = FilterValues<(typeof AUDIT_LIST)['filters']>;

const isInstant = (value: string | undefined): value is string => !!value && !Number.isNaN(new Date(value).getTime());

/** The GraphQL filter for the URL's filters; a bound that is not an instant is left out. */
export function toAuditFilter(filters: AuditFilters): ExportAuditFilter {
  const filter: ExportAuditFilter = {};
  if (isInstant(filters.from)) filter.from = new Date(filters.from).toISOString();
  if (isInstant(filters.to)) filter.to = new Date(filters.to).toISOString();
  if (filters.actor?.trim()) filter.actor = filters.actor.trim();
  if (filters.recordingId?.trim()) filter.recordingId = filters.recordingId.trim();
  if (filters.action?.length) filter.action = filters.action as AuditAction[];
  if (filters.outcome?.length) filter.outcome = filters.outcome as AuditOutcome[];
  return filter;
}

/** The query string (without `?`) of a filter set on its first page: what links and saved queries hold. */
export function auditSearch(filters: AuditFilters): string {
  return serializeListState({ filters, sort: AUDIT_LIST.defaultSort, cursors: [], pageIndex: 0 }, AUDIT_LIST);
}

/** A link to the export audit showing only the events of these filters. */
export function auditHref(filters: AuditFilters): string {
  const search = auditSearch(filters);
  return `/audit${search ? `?${search}` : ''}`;
}
