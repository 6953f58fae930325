import { registerEnumType } from 'type-graphql';

export enum AuditAction {
  EXPORT_REQUESTED = 'EXPORT_REQUESTED',
  EXPORT_DENIED = 'EXPORT_DENIED',
  EXPORT_COMPLETED = 'EXPORT_COMPLETED',
  EXPORT_FAILED = 'EXPORT_FAILED',
  EXPORT_CANCELLED = 'EXPORT_CANCELLED',
  EXPORT_DOWNLOADED = 'EXPORT_DOWNLOADED',
  RECORDING_PLAYED = 'RECORDING_PLAYED',
}

export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  DENIED = 'DENIED',
  FAILURE = 'FAILURE',
}

/** How each action is named to people, in the words of the original product's admin log. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  [AuditAction.EXPORT_REQUESTED]: 'Export recording',
  [AuditAction.EXPORT_DENIED]: 'Export recording denied',
  [AuditAction.EXPORT_COMPLETED]: 'Export completed',
  [AuditAction.EXPORT_FAILED]: 'Export failed',
  [AuditAction.EXPORT_CANCELLED]: 'Export cancelled',
  [AuditAction.EXPORT_DOWNLOADED]: 'Export downloaded',
  [AuditAction.RECORDING_PLAYED]: 'Play recording',
};

// The labels are also the enum values' descriptions, so clients can show them from the schema.
registerEnumType(AuditAction, {
  name: 'AuditAction',
  valuesConfig: Object.fromEntries(Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => [value, { description: label }])),
});
registerEnumType(AuditOutcome, { name: 'AuditOutcome' });
