import type { SessionUser } from './session';

/** Which pages a user may open. The server checks again on every request. */
export interface Permissions {
  viewRecordings: boolean;
  exportRecordings: boolean;
  viewTasks: boolean;
  readAudit: boolean;
  /** Settings and task services. */
  administer: boolean;
}

export function permissionsOf(user: SessionUser): Permissions {
  return {
    viewRecordings: user.roles.includes('PLAYER') || user.roles.includes('PRIVILEGED_PLAYER'),
    exportRecordings: user.canExport,
    viewTasks: user.canViewTasks,
    readAudit: user.canReadAudit,
    administer: user.roles.includes('ADMINISTRATOR'),
  };
}
