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

/**
 * Someone else's export task. Cancelling it is an operational act (a stuck or misdirected task):
 * the requester may always cancel their own, and an ADMINISTRATOR anyone's, both only when they
 * can see the task at all.
 */
export function canCancelTask(roles: RoleSet, isRequester: boolean, recordingRestricted: boolean): boolean {
  return canViewTask(roles, recordingRestricted) && (isRequester || has(roles, Role.ADMINISTRATOR));
}

/**
 * Downloading an exported file is for its requester alone, and only while they still hold the
 * export roles and may see the recording. The reason given is the requester's: anyone else who
 * needs the file exports it with a reason of their own, which leaves their own audit trail.
 */
export function canDownloadExport(roles: RoleSet, isRequester: boolean, recordingRestricted: boolean): boolean {
  return isRequester && canExport(roles) && canViewTask(roles, recordingRestricted);
}

/** Anyone who may list recordings may restrict one they can see (hiding it is the cautious act). */
export function canRestrictRecording(roles: RoleSet): boolean {
  return canListRecordings(roles);
}

/** Lifting a restriction (and seeing, playing or exporting restricted recordings) needs PRIVILEGED_PLAYER. */
export function canUnrestrictRecording(roles: RoleSet): boolean {
  return canSeeRestricted(roles);
}

/**
 * Checking whether a file is one of our exports shows its manifest (requester, reason,
 * recording), so it is for those who may see export tasks; restricted recordings stay hidden.
 */
export function canVerifyExports(roles: RoleSet): boolean {
  return canViewTasks(roles);
}

/** Playing follows seeing: players play what they may list; restricted recordings need PRIVILEGED_PLAYER. */
export function canPlayRecording(roles: RoleSet, recordingRestricted: boolean): boolean {
  return canListRecordings(roles) && (!recordingRestricted || canSeeRestricted(roles));
}
