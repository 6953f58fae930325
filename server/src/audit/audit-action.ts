import { registerEnumType } from 'type-graphql';

export enum AuditAction {
  EXPORT_REQUESTED = 'EXPORT_REQUESTED',
  EXPORT_DENIED = 'EXPORT_DENIED',
  EXPORT_COMPLETED = 'EXPORT_COMPLETED',
  EXPORT_FAILED = 'EXPORT_FAILED',
  EXPORT_CANCELLED = 'EXPORT_CANCELLED',
  EXPORT_DOWNLOADED = 'EXPORT_DOWNLOADED',
  EXPORT_VERIFIED = 'EXPORT_VERIFIED',
  SIGNING_KEY_ROTATED = 'SIGNING_KEY_ROTATED',
  USER_CREATED = 'USER_CREATED',
  USER_DISABLED = 'USER_DISABLED',
  USER_ENABLED = 'USER_ENABLED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  GROUP_CREATED = 'GROUP_CREATED',
  GROUP_RENAMED = 'GROUP_RENAMED',
  GROUP_DELETED = 'GROUP_DELETED',
  GROUP_MEMBER_ADDED = 'GROUP_MEMBER_ADDED',
  GROUP_MEMBER_REMOVED = 'GROUP_MEMBER_REMOVED',
  ROLE_GRANTED = 'ROLE_GRANTED',
  ROLE_REVOKED = 'ROLE_REVOKED',
  TOKEN_CREATED = 'TOKEN_CREATED',
  TOKEN_REVOKED = 'TOKEN_REVOKED',
  RECORDING_RESTRICTED = 'RECORDING_RESTRICTED',
  RECORDING_UNRESTRICTED = 'RECORDING_UNRESTRICTED',
  SIGN_IN_SUCCEEDED = 'SIGN_IN_SUCCEEDED',
  SIGN_IN_FAILED = 'SIGN_IN_FAILED',
  SETTINGS_CHANGED = 'SETTINGS_CHANGED',
  TASK_SERVICE_AUTHORIZED = 'TASK_SERVICE_AUTHORIZED',
  TASK_SERVICE_REVOKED = 'TASK_SERVICE_REVOKED',
  EXPORT_EXPIRED = 'EXPORT_EXPIRED',
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
  [AuditAction.EXPORT_VERIFIED]: 'Export verified',
  [AuditAction.SIGNING_KEY_ROTATED]: 'Signing key rotated',
  [AuditAction.USER_CREATED]: 'User created',
  [AuditAction.USER_DISABLED]: 'User disabled',
  [AuditAction.USER_ENABLED]: 'User enabled',
  [AuditAction.PASSWORD_RESET]: 'Password reset',
  [AuditAction.GROUP_CREATED]: 'Group created',
  [AuditAction.GROUP_RENAMED]: 'Group renamed',
  [AuditAction.GROUP_DELETED]: 'Group deleted',
  [AuditAction.GROUP_MEMBER_ADDED]: 'Group member added',
  [AuditAction.GROUP_MEMBER_REMOVED]: 'Group member removed',
  [AuditAction.ROLE_GRANTED]: 'Role granted',
  [AuditAction.ROLE_REVOKED]: 'Role revoked',
  [AuditAction.TOKEN_CREATED]: 'API token created',
  [AuditAction.TOKEN_REVOKED]: 'API token revoked',
  [AuditAction.RECORDING_RESTRICTED]: 'Recording restricted',
  [AuditAction.RECORDING_UNRESTRICTED]: 'Recording unrestricted',
  [AuditAction.SIGN_IN_SUCCEEDED]: 'Sign-in succeeded',
  [AuditAction.SIGN_IN_FAILED]: 'Sign-in failed',
  [AuditAction.SETTINGS_CHANGED]: 'Settings changed',
  [AuditAction.TASK_SERVICE_AUTHORIZED]: 'Task service authorized',
  [AuditAction.TASK_SERVICE_REVOKED]: 'Task service authorization revoked',
  [AuditAction.EXPORT_EXPIRED]: 'Export expired',
  [AuditAction.RECORDING_PLAYED]: 'Play recording',
};

// The labels are also the enum values' descriptions, so clients can show them from the schema.
registerEnumType(AuditAction, {
  name: 'AuditAction',
  valuesConfig: Object.fromEntries(Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => [value, { description: label }])),
});
registerEnumType(AuditOutcome, { name: 'AuditOutcome' });
