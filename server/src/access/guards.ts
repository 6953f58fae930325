import type { Caller } from './caller.js';
import {
  canAdminister,
  canCancelTask,
  canDownloadExport,
  canExport,
  canListRecordings,
  canReadAudit,
  canRestrictRecording,
  canSeeRestricted,
  canUnrestrictRecording,
  canViewTask,
  canViewTasks,
  type RoleSet,
} from './permissions.js';
import { refusal, type AuditedAs } from './refusal.js';
import type { Viewer } from './viewer.js';

/**
 * The guards: one function per rule of access/permissions.ts. Each returns the viewer narrowed to
 * what the rule proved, or throws a Refusal (UNAUTHENTICATED, FORBIDDEN or NOT_FOUND) whose
 * message is written here and nowhere else. Given `auditedAs`, the refusal carries its audit
 * rows, which `auditedTransaction` writes.
 */

declare const proven: unique symbol;
/** A viewer a guard let through for the rule `R`; nothing else can make one. */
type Proven<R extends string> = Viewer & { readonly [proven]: R };
export type Player = Proven<'player'>;
export type Exporter = Proven<'exporter'>;
export type TaskReader = Proven<'task reader'>;
export type AuditReader = Proven<'audit reader'>;
export type Administrator = Proven<'administrator'>;

/** What a caller was trying to do, in the two forms refusals need. */
export interface Activity {
  /** "export recordings": completes "Sign in to …". */
  to: string;
  /** "Exporting recordings": starts "… needs the … role." */
  doing: string;
}

export function activity(to: string, doing: string): Activity {
  return { to, doing };
}

export function requireSignedIn(caller: Caller, what?: Activity, auditedAs?: AuditedAs): Viewer {
  if (caller.viewer) return caller.viewer;
  throw refusal(caller, 'UNAUTHENTICATED', what ? `Sign in to ${what.to}.` : 'Sign in first.', auditedAs);
}

function requireRule<V extends Viewer>(caller: Caller, allows: (roles: RoleSet) => boolean, needs: string, what: Activity, auditedAs?: AuditedAs): V {
  const viewer = requireSignedIn(caller, what, auditedAs);
  if (!allows(viewer.roles)) throw refusal(caller, 'FORBIDDEN', `${what.doing} needs ${needs}.`, auditedAs);
  return viewer as V;
}

export const LIST_RECORDINGS = activity('list recordings', 'Listing recordings');
export const READ_TASKS = activity('read export tasks', 'Reading export tasks');
export const READ_AUDIT = activity('read the export audit', 'The export audit');

/** PLAYER or PRIVILEGED_PLAYER: list and play the recordings they may see. */
export function requirePlayer(caller: Caller, what: Activity = LIST_RECORDINGS, auditedAs?: AuditedAs): Player {
  return requireRule<Player>(caller, canListRecordings, 'the PLAYER or PRIVILEGED_PLAYER role', what, auditedAs);
}

/** Both LOGGING_READER and PRIVILEGED_PLAYER. */
export function requireExporter(caller: Caller, what: Activity, auditedAs?: AuditedAs): Exporter {
  return requireRule<Exporter>(caller, canExport, 'both the LOGGING_READER and PRIVILEGED_PLAYER roles', what, auditedAs);
}

/** Those who may export, and LOGGING_READERs. */
export function requireTaskReader(caller: Caller, what: Activity = READ_TASKS, auditedAs?: AuditedAs): TaskReader {
  return requireRule<TaskReader>(caller, canViewTasks, 'the LOGGING_READER role, or the roles to export', what, auditedAs);
}

export function requireAuditReader(caller: Caller, what: Activity = READ_AUDIT, auditedAs?: AuditedAs): AuditReader {
  return requireRule<AuditReader>(caller, canReadAudit, 'the LOGGING_READER role', what, auditedAs);
}

export function requireAdministrator(caller: Caller, what: Activity, auditedAs?: AuditedAs): Administrator {
  return requireRule<Administrator>(caller, canAdminister, 'the ADMINISTRATOR role', what, auditedAs);
}

/** A user's own details, or anyone's for an administrator. */
export function requireSelfOrAdministrator(caller: Caller, userId: string): Viewer {
  const viewer = requireSignedIn(caller);
  if (viewer.user.id !== userId && !canAdminister(viewer.roles)) {
    throw refusal(caller, 'FORBIDDEN', "Another user's roles and status are visible to administrators only.");
  }
  return viewer;
}

/**
 * A recording the viewer may see: restricted ones need PRIVILEGED_PLAYER. One they may not see
 * is reported exactly like one that does not exist, so its existence is not disclosed.
 */
export function requireVisibleRecording<R extends { restricted: boolean }>(
  caller: Caller,
  viewer: Player,
  recording: R | null,
  id: string,
  auditedAs?: AuditedAs,
): R {
  if (!recording || (recording.restricted && !canSeeRestricted(viewer.roles))) throw refusal(caller, 'NOT_FOUND', `There is no recording ${id}.`, auditedAs);
  return recording;
}

/** Any player may restrict a recording they see (hiding it is the cautious act); lifting a restriction needs PRIVILEGED_PLAYER. */
export function requireRestrictionChange(caller: Caller, viewer: Player, restricted: boolean, auditedAs?: AuditedAs): void {
  if (restricted ? !canRestrictRecording(viewer.roles) : !canUnrestrictRecording(viewer.roles)) {
    throw refusal(
      caller,
      'FORBIDDEN',
      restricted ? 'Restricting recordings needs the PLAYER or PRIVILEGED_PLAYER role.' : 'Lifting a restriction needs the PRIVILEGED_PLAYER role.',
      auditedAs,
    );
  }
}

/** An export task the viewer may see (canViewTask): hidden ones are NOT_FOUND, exactly like missing ones. */
export function requireVisibleTask<T extends { recording: { restricted: boolean } }>(
  caller: Caller,
  viewer: Viewer,
  task: T | null,
  id: string,
  auditedAs?: AuditedAs,
): T {
  if (!task || !canViewTask(viewer.roles, task.recording.restricted)) throw refusal(caller, 'NOT_FOUND', `There is no export task ${id}.`, auditedAs);
  return task;
}

interface OwnedTask {
  requestedBy: { id: string };
  recording: { restricted: boolean };
}

/** Its requester may cancel a task; an ADMINISTRATOR anyone's. */
export function requireTaskCanceller(caller: Caller, viewer: Viewer, task: OwnedTask, auditedAs?: AuditedAs): void {
  if (!canCancelTask(viewer.roles, task.requestedBy.id === viewer.user.id, task.recording.restricted)) {
    throw refusal(caller, 'FORBIDDEN', 'Only the user who requested this export, or an ADMINISTRATOR, can cancel it.', auditedAs);
  }
}

/**
 * Why the viewer may not download this task's file (see canDownloadExport), or null when they may.
 * Several tasks at once (an evidence bundle) report each refused one.
 */
export function downloadRefusal(viewer: Viewer, task: OwnedTask): string | null {
  const requester = task.requestedBy.id === viewer.user.id;
  if (canDownloadExport(viewer.roles, requester, task.recording.restricted)) return null;
  return requester
    ? 'Downloading exports needs both the LOGGING_READER and PRIVILEGED_PLAYER roles.'
    : 'Only the user who requested an export may download it; export the recording yourself, with your own reason.';
}
