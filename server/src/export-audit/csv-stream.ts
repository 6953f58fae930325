import type { EntityManager } from '@mikro-orm/postgresql';
import { AUDIT_ACTION_LABELS } from '../audit/audit-action.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ABOUT_RESTRICTED_RECORDING } from './redaction.js';

const CSV_BATCH = 2000;

export const CSV_COLUMNS = [
  'id',
  'occurred_at',
  'action',
  'action_label',
  'outcome',
  'actor',
  'actor_id',
  'recording_id',
  'task_id',
  'reason',
  'detail',
  'client_address',
  'prev_hash',
  'hash',
  'withheld',
];

const LABELS = JSON.stringify(AUDIT_ACTION_LABELS);

/*
 * One CSV line per row, written by the database (audit_csv_cell is csvCell in SQL): the rows are
 * never read into objects, so the API thread only passes text on. Cells of a fixed form (numbers,
 * the time, uuids) cannot need quoting and skip it. The redaction rule is redaction.ts's, in the
 * same SQL: without PRIVILEGED_PLAYER, an event about a restricted recording withholds its
 * recording, task, reason and detail, and says so in `withheld`.
 */
const LINE = `concat_ws(',',
    a.id::text,
    to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    audit_csv_cell(a.action),
    audit_csv_cell(coalesce(?::jsonb ->> a.action, a.action)),
    audit_csv_cell(a.outcome),
    audit_csv_cell(a.actor_name),
    coalesce(a.actor_id::text, ''),
    case when w.withheld then '' else coalesce(a.recording_id::text, '') end,
    case when w.withheld then '' else coalesce(a.task_id::text, '') end,
    case when w.withheld then '' else audit_csv_cell(a.reason) end,
    case when w.withheld then '' else audit_csv_cell(a.detail) end,
    audit_csv_cell(a.client_address),
    audit_csv_cell(a.prev_hash),
    audit_csv_cell(a.hash),
    case when w.withheld then 'yes' else '' end) || e'\\r\\n'`;

/**
 * The audit rows matching `where` (an auditWhere condition) as CSV text, in id order, a batch of
 * lines at a time, keyset-paginated on the id so that the size of the log does not matter.
 */
export async function* auditCsvBatches(em: EntityManager, where: Record<string, unknown>, hideRestricted: boolean): AsyncGenerator<string> {
  const knex = em.getKnex();
  for (let after = '0'; ; ) {
    const query = em
      .createQueryBuilder(AuditEvent, 'a')
      .where({ ...where, id: { $gt: after } })
      .orderBy({ id: 'asc' })
      .limit(CSV_BATCH)
      .getKnexQuery()
      .clearSelect()
      .select(knex.raw('a.id::text as id'), knex.raw(`${LINE} as line`, [LABELS]))
      // `offset 0` keeps the planner from folding the subquery into the line, where the rule
      // would run once for each of the five cells that read it (7x slower per batch).
      .joinRaw(`cross join lateral (select ${hideRestricted ? ABOUT_RESTRICTED_RECORDING : 'false'} as withheld offset 0) w`);
    const rows = await em.getConnection().execute<{ id: string; line: string }[]>(query);
    if (rows.length > 0) yield rows.map((row) => row.line).join('');
    if (rows.length < CSV_BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}
