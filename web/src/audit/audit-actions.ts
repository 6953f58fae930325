import type { AuditAction, AuditOutcome } from '../gql/graphql';
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
  { value: 'RECORDING_PLAYED', label: 'Play recording' },
];

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
