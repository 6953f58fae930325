import type { Permissions } from '../auth/permissions';
import { auditHref } from './audit-list';

/** What an audit event's panel links to; only what exists and the reader may open. */
export interface EventForLinks {
  actor?: string | null;
  recordingId?: string | null;
  recording?: { id: string; userName: string; serverName: string } | null;
  taskId?: string | null;
  withheld: boolean;
}

export interface EventLink {
  kind: 'recording' | 'user';
  label: string;
  href: string;
}

/** Links beside the fields; the task's id is itself the link to the task (see `taskHref`). */
export function eventLinks(event: EventForLinks, can: Pick<Permissions, 'viewRecordings' | 'administer'>): EventLink[] {
  const links: EventLink[] = [];
  // `recording` is null when the recording is gone or the reader may not see it.
  if (event.recording && can.viewRecordings) {
    links.push({
      kind: 'recording',
      label: `Open the recording of ${event.recording.userName} on ${event.recording.serverName}`,
      href: `/recordings/${encodeURIComponent(event.recording.id)}`,
    });
  }
  if (event.recordingId && !event.withheld) {
    links.push({ kind: 'recording', label: 'Every audit event of this recording', href: auditHref({ recordingId: event.recordingId }) });
  }
  if (event.actor) {
    links.push({ kind: 'user', label: `Every audit event by ${event.actor}`, href: auditHref({ actor: event.actor }) });
    if (can.administer) links.push({ kind: 'user', label: `Manage ${event.actor} on the Users page`, href: '/admin/users' });
  }
  return links;
}

/** The Tasks page showing one export task. */
export function taskHref(taskId: string): string {
  return `/tasks?task=${encodeURIComponent(taskId)}`;
}
