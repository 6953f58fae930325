import type { SessionUser } from './session';

/** Which pages a user may open. The server checks again on every request. */
export interface Permissions {
  viewRecordings: boolean;
  exportRecordings: boolean;
  viewTasks: boolean;
  readAudit: boolean;
  seeRestricted: boolean;
  /** Users, groups, settings and task services. */
  administer: boolean;
}

export function permissionsOf(user: SessionUser): Permissions {
  return {
    // Effective roles (own and through groups), as the server computes them.
    viewRecordings: user.canViewRecordings,
    exportRecordings: user.canExport,
    viewTasks: user.canViewTasks,
    readAudit: user.canReadAudit,
    seeRestricted: user.canSeeRestricted,
    administer: user.canAdminister,
  };
}
