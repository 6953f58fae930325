import schema from '../gql/introspection.json';
import type { AuditAction, AuditOutcome, ExportAuditFilter } from '../gql/graphql';
import type { Tone } from '../ui/StatusBadge';

/**
 * Names for the action filter, as the schema describes each action (the server's `actionLabel`
 * reads the same descriptions): the filter needs a name for actions that may not be on screen.
 */
export const auditActions: { value: AuditAction; label: string }[] = (schema.__schema.types.find((type) => type.name === 'AuditAction')?.enumValues ?? []).map(
  (value) => ({ value: value.name as AuditAction, label: value.description ?? value.name }),
);

export const auditOutcomes: AuditOutcome[] = ['SUCCESS', 'DENIED', 'FAILURE'];

const outcomes: Record<AuditOutcome, { label: string; tone: Tone }> = {
  SUCCESS: { label: 'Success', tone: 'success' },
  DENIED: { label: 'Denied', tone: 'warning' },
  FAILURE: { label: 'Failure', tone: 'danger' },
};

export function outcomeLabel(outcome: AuditOutcome): string {
  return outcomes[outcome]?.label ?? outcome;
}

export function outcomeTone(outcome: AuditOutcome): Tone {
  return outcomes[outcome]?.tone ?? 'neutral';
}

/** The CSV download of the same events the page shows: GET /api/audit/export.csv with the filter. */
export function auditCsvUrl(filter: ExportAuditFilter): string {
  const params = new URLSearchParams();
  if (filter.from) params.set('from', String(filter.from));
  if (filter.to) params.set('to', String(filter.to));
  if (filter.actor) params.set('actor', filter.actor);
  if (filter.recordingId) params.set('recordingId', String(filter.recordingId));
  for (const action of filter.action ?? []) params.append('action', action);
  for (const outcome of filter.outcome ?? []) params.append('outcome', outcome);
  const query = params.toString();
  return `/api/audit/export.csv${query ? `?${query}` : ''}`;
}
