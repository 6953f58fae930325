import type { Caller } from '../access/caller.js';
import type { Role } from '../access/role.js';
import type { ExportTask } from './export-task.entity.js';

// Role sets are replaced, never changed in place (see Viewer.roles): their key is computed once.
const roleKeys = new WeakMap<ReadonlySet<Role>, string>();

function rolesKey(roles: ReadonlySet<Role>): string {
  const known = roleKeys.get(roles);
  if (known !== undefined) return known;
  const key = [...roles].sort().join(',');
  roleKeys.set(roles, key);
  return key;
}

/**
 * Everything of the subscriber a `taskUpdated` result can depend on: their effective roles
 * (visibility, canCancel, the requester's details) and whether they requested the task
 * (canCancel, canDownload, the requester's own details). A field that reads more of the caller
 * must add it here, or subscribers who should differ would be sent the same result.
 */
export function taskAudience(task: ExportTask, caller: Caller): string {
  const viewer = caller.viewer;
  if (!viewer) return '';
  return `${rolesKey(viewer.roles)}|${task.requestedBy.id === viewer.user.id ? 'requester' : 'other'}`;
}

/**
 * Two `taskUpdated` events of the same task in the same status differ only in progress: the newer
 * makes the older pointless to send. A change of status is never dropped.
 */
export function taskStateKey(task: ExportTask): string {
  return `${task.id}|${task.status}`;
}
