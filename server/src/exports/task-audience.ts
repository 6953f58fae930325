import type { Caller } from '../access/caller.js';
import type { Role } from '../access/role.js';
import type { ExportTask } from './export-task.entity.js';

// Role sets are replaced, never changed in place (see Viewer.roles): their audience keys are made
// once, so that an event sent to thousands of subscribers builds no string for each of them.
const audienceKeys = new WeakMap<ReadonlySet<Role>, { requester: string; other: string }>();

function audienceKeysOf(roles: ReadonlySet<Role>): { requester: string; other: string } {
  let keys = audienceKeys.get(roles);
  if (!keys) {
    const roleList = [...roles].sort().join(',');
    keys = { requester: `${roleList}|requester`, other: `${roleList}|other` };
    audienceKeys.set(roles, keys);
  }
  return keys;
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
  const keys = audienceKeysOf(viewer.roles);
  return task.requestedBy.id === viewer.user.id ? keys.requester : keys.other;
}

/**
 * Two `taskUpdated` events of the same task in the same status differ only in progress: the newer
 * makes the older pointless to send. A change of status is never dropped.
 */
export function taskStateKey(task: ExportTask): string {
  return `${task.id}|${task.status}`;
}
