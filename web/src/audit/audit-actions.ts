import type { AuditAction, AuditOutcome, ExportAuditFilter } from '../gql/graphql';
import type { Tone } from '../ui/StatusBadge';

/**
 * Names for the action filter. Rows show the server's own `actionLabel`; the filter needs a
 * name for actions that may not be on screen.
 */
export const auditActions: { value: AuditAction; label: string }[] = [
  { value: 'EXPORT_REQUESTED', label: 'Export recording' },
  { value: 'EXPORT_DENIED', label: 'Export denied' },
  { value: 'EXPORT_COMPLETED', label: 'Export completed' },
  { value: 'EXPORT_FAILED', label: 'Export failed' },
  { value: 'EXPORT_CANCELLED', label: 'Export cancelled' },
  { value: 'EXPORT_DOWNLOADED', label: 'Export downloaded' },
  { value: 'EXPORT_VERIFIED', label: 'Export verified' },
  { value: 'SIGNING_KEY_ROTATED', label: 'Signing key rotated' },
  { value: 'RECORDING_RESTRICTED', label: 'Recording restricted' },
  { value: 'RECORDING_UNRESTRICTED', label: 'Recording unrestricted' },
  { value: 'USER_CREATED', label: 'User created' },
  { value: 'USER_DISABLED', label: 'User disabled' },
  { value: 'USER_ENABLED', label: 'User enabled' },
  { value: 'PASSWORD_RESET', label: 'Password reset' },
  { value: 'GROUP_CREATED', label: 'Group created' },
  { value: 'GROUP_RENAMED', label: 'Group renamed' },
  { value: 'GROUP_DELETED', label: 'Group deleted' },
  { value: 'GROUP_MEMBER_ADDED', label: 'Group member added' },
  { value: 'GROUP_MEMBER_REMOVED', label: 'Group member removed' },
  { value: 'ROLE_GRANTED', label: 'Role granted' },
  { value: 'ROLE_REVOKED', label: 'Role revoked' },
  { value: 'TOKEN_CREATED', label: 'API token created' },
  { value: 'TOKEN_REVOKED', label: 'API token revoked' },
  { value: 'SIGN_IN_SUCCEEDED', label: 'Sign-in succeeded' },
  { value: 'SIGN_IN_FAILED', label: 'Sign-in failed' },
  { value: 'EXPORT_EXPIRED', label: 'Export expired' },
  { value: 'SETTINGS_CHANGED', label: 'Settings changed' },
  { value: 'TASK_SERVICE_AUTHORIZED', label: 'Task service authorized' },
  { value: 'TASK_SERVICE_REVOKED', label: 'Task service authorization revoked' },
  { value: 'RECORDING_PLAYED', label: 'Play recording' },
];

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
