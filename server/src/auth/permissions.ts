import { Role } from './role.js';

/**
 * The authorization rules, as pure functions of a user's effective roles, so that resolvers,
 * the download route, subscriptions and the web app's flags all ask the same questions.
 */
export type RoleSet = ReadonlySet<Role> | readonly Role[];

function has(roles: RoleSet, role: Role): boolean {
  return Array.isArray(roles) ? roles.includes(role) : (roles as ReadonlySet<Role>).has(role);
}

/** Exporting needs BOTH roles: reading the logs and playing privileged recordings. */
export function canExport(roles: RoleSet): boolean {
  return has(roles, Role.LOGGING_READER) && has(roles, Role.PRIVILEGED_PLAYER);
}

export function canListRecordings(roles: RoleSet): boolean {
  return has(roles, Role.PLAYER) || has(roles, Role.PRIVILEGED_PLAYER);
}

export function canSeeRestricted(roles: RoleSet): boolean {
  return has(roles, Role.PRIVILEGED_PLAYER);
}

/** Export tasks are visible to those who may export and to those who read the logs. */
export function canViewTasks(roles: RoleSet): boolean {
  return canExport(roles) || has(roles, Role.LOGGING_READER);
}

export function canReadAudit(roles: RoleSet): boolean {
  return has(roles, Role.LOGGING_READER);
}

export function canAdminister(roles: RoleSet): boolean {
  return has(roles, Role.ADMINISTRATOR);
}

/** A task is visible when its recording is: restricted recordings need PRIVILEGED_PLAYER. */
export function canViewTask(roles: RoleSet, recordingRestricted: boolean): boolean {
  return canViewTasks(roles) && (!recordingRestricted || canSeeRestricted(roles));
}

/** Cancelling is for the requester, or anyone who could have made the export themselves. */
export function canCancelTask(roles: RoleSet, isRequester: boolean, recordingRestricted: boolean): boolean {
  return canViewTask(roles, recordingRestricted) && (isRequester || canExport(roles));
}

/** Downloading an export follows the export rule itself. */
export function canDownloadExport(roles: RoleSet): boolean {
  return canExport(roles);
}

/** Playing follows seeing: players play what they may list; restricted recordings need PRIVILEGED_PLAYER. */
export function canPlayRecording(roles: RoleSet, recordingRestricted: boolean): boolean {
  return canListRecordings(roles) && (!recordingRestricted || canSeeRestricted(roles));
}
