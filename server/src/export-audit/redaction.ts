import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeRestricted, type RoleSet } from '../access/permissions.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Recording } from '../recordings/recording.entity.js';

/**
 * The redaction rule of the export audit: to a reader without PRIVILEGED_PLAYER, an event about a
 * restricted recording shows its action, outcome, actor, time and client address, and withholds
 * what identifies the recording and why it was touched: recording, task, reason and detail. The
 * stored row is never changed; the reader gets a copy.
 */
export async function redactForReader(em: EntityManager, roles: RoleSet, events: AuditEvent[]): Promise<AuditEvent[]> {
  if (canSeeRestricted(roles)) return events;
  const restricted = await restrictedAmong(
    em,
    events.map((event) => event.recordingId),
  );
  return events.map((event) => (event.recordingId && restricted.has(event.recordingId) ? withheld(event) : event));
}

/** Whether a recording is hidden from readers without PRIVILEGED_PLAYER. */
export async function isRestricted(em: EntityManager, recordingId: string): Promise<boolean> {
  return (await restrictedAmong(em, [recordingId])).size > 0;
}

async function restrictedAmong(em: EntityManager, ids: readonly (string | null)[]): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Set();
  const found = await em.find(Recording, { id: { $in: wanted }, restricted: true }, { fields: ['id'], disableIdentityMap: true });
  return new Set(found.map((recording) => recording.id));
}

function withheld(event: AuditEvent): AuditEvent {
  const copy = Object.assign(Object.create(AuditEvent.prototype) as AuditEvent, event);
  return Object.assign(copy, { recordingId: null, taskId: null, reason: null, detail: null, redactedForReader: true as const });
}
