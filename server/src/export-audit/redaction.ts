import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeRestricted, type RoleSet } from '../access/permissions.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { isUuid } from '../common/keyset.js';

/*
 * The redaction rule of the export audit: to a reader without PRIVILEGED_PLAYER, an event about a
 * restricted recording shows its action, outcome, actor, time and client address, and withholds
 * what identifies the recording and why it was touched: recording, task, reason and detail. The
 * stored row is never changed; the reader gets a copy.
 *
 * An event is about a restricted recording when its recording or task column, or its detail, names
 * one or an export task of one. Both columns are checked against both tables because a refusal
 * records the id the caller asked with, as asked: playing the id of an export task, or downloading
 * the id of a recording, leaves that id in the other kind's column. A refusal naming several
 * recordings, or repeating the text a caller asked for, keeps them in the detail. The rule is
 * written once, in SQL, and used by the list (below) and the CSV (csv-stream.ts).
 */

const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** SQL: whether the audit row aliased `a` is about a restricted recording. */
export const ABOUT_RESTRICTED_RECORDING = `(
  exists (select 1 from recordings r where r.id in (a.recording_id, a.task_id) and r.restricted)
  or exists (select 1 from export_tasks t join recordings r on r.id = t.recording_id where t.id in (a.task_id, a.recording_id) and r.restricted)
  or (a.detail ~* '${UUID_PATTERN}' and exists (
    select 1 from regexp_matches(lower(a.detail), '${UUID_PATTERN}', 'g') as named (id)
    left join export_tasks t on t.id = named.id[1]::uuid
    join recordings r on r.id = coalesce(t.recording_id, named.id[1]::uuid)
    where r.restricted)))`;

export async function redactForReader(em: EntityManager, roles: RoleSet, events: AuditEvent[]): Promise<AuditEvent[]> {
  if (canSeeRestricted(roles) || events.length === 0) return events;
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>(`select a.id::text as id from audit_events a where a.id = any(?::bigint[]) and ${ABOUT_RESTRICTED_RECORDING}`, [
      // An array literal: knex would spread a JavaScript array into a list of parameters.
      `{${events.map((event) => String(event.id)).join(',')}}`,
    ]);
  const about = new Set(rows.map((row) => row.id));
  return events.map((event) => (about.has(String(event.id)) ? withheld(event) : event));
}

/** Whether a recording is hidden from readers without PRIVILEGED_PLAYER. */
export async function isRestricted(em: EntityManager, recordingId: string): Promise<boolean> {
  if (!isUuid(recordingId)) return false;
  const rows = await em.getConnection().execute<unknown[]>('select 1 from recordings where id = ? and restricted', [recordingId]);
  return rows.length > 0;
}

function withheld(event: AuditEvent): AuditEvent {
  const copy = Object.assign(Object.create(AuditEvent.prototype) as AuditEvent, event);
  return Object.assign(copy, { recordingId: null, taskId: null, reason: null, detail: null, redactedForReader: true as const });
}
