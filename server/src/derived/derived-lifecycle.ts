import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The lifecycle every artifact a task service derives once from a recording shares (a browser
 * preview, an idle stretch scan): one row per recording, each change a guarded statement so that
 * two task services (or a task service and a request) cannot both move it. The transitions are
 * PENDING → IN_PROGRESS → READY | FAILED, IN_PROGRESS → PENDING (handed back, or its task service
 * went silent) and FAILED → PENDING (asked for again).
 *
 * Written against the table by name because the rows differ only in what READY holds (a file, a
 * list of stretches): each kind passes its table and the columns of its own result.
 */

/** The tables of derived artifacts; each has the columns below, and a unique `recording_id`. */
export type DerivedTable = 'browser_previews' | 'idle_stretch_scans';

/** The statuses, as stored; each kind registers its own GraphQL enum with these values. */
export const DerivedStatus = { PENDING: 'PENDING', IN_PROGRESS: 'IN_PROGRESS', READY: 'READY', FAILED: 'FAILED' } as const;
const { PENDING, IN_PROGRESS, READY, FAILED } = DerivedStatus;

/** A task service's hold on an artifact it makes. */
export interface DerivedClaim {
  id: string;
  taskServiceId: string;
  attempt: number;
}

/** What `requestDerived` reads of the row, and hands to `readyButGone`. */
export interface DerivedRow {
  id: string;
  status: string;
  heartbeatAt: Date | null;
  queuedAt: Date;
}

// The driver may hand timestamps over as text (MikroORM's own hydration parses them): compared as
// text with a Date, a heartbeat would never look stale.
const asDate = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

export interface RequestOptions {
  /** A row whose task service has been silent this long (or whose job was sent this long ago) is made again. */
  staleAfterSeconds: number;
  /** A READY row whose result is gone (a deleted file) is made again. */
  readyButGone?: (row: DerivedRow) => Promise<boolean>;
  /** Columns of the result, emptied when the row is made again. */
  resultColumns?: readonly string[];
}

async function rows<T>(tx: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return tx.getConnection().execute(sql, params, 'all', tx.getTransactionContext());
}

/**
 * The recording's artifact, made PENDING when there was none, when it FAILED, when its result
 * went missing, or when the task service making it stopped renewing its heartbeat. `queue` says
 * the caller must send its job after the commit: a new or reset row, or a PENDING one whose job
 * was sent more than `staleAfterSeconds` ago (the job may be lost; a duplicate is harmless).
 * Must run in a transaction: the row stays locked until the commit.
 */
export async function requestDerived(
  tx: EntityManager,
  table: DerivedTable,
  recordingId: string,
  options: RequestOptions,
): Promise<{ id: string; queue: boolean }> {
  const now = new Date();
  const inserted = await rows<{ id: string }>(
    tx,
    `insert into ${table} (id, recording_id, status, progress, attempts, requested_at, queued_at) values (?, ?, ?, 0, 0, ?, ?)
      on conflict (recording_id) do nothing returning id`,
    [randomUUID(), recordingId, PENDING, now, now],
  );
  const [raw] = await rows<{ id: string; status: string; heartbeat_at: Date | string | null; queued_at: Date | string }>(
    tx,
    `select id, status, heartbeat_at, queued_at from ${table} where recording_id = ? for update`,
    [recordingId],
  );
  if (!raw) throw new Error(`${table}: the row of recording ${recordingId} vanished while locked`);
  const row: DerivedRow = { id: raw.id, status: raw.status, heartbeatAt: asDate(raw.heartbeat_at), queuedAt: asDate(raw.queued_at) ?? now };
  const staleBefore = new Date(now.getTime() - options.staleAfterSeconds * 1000);
  const reset =
    row.status === FAILED ||
    (row.status === IN_PROGRESS && (row.heartbeatAt ?? row.queuedAt) < staleBefore) ||
    (row.status === READY && !!options.readyButGone && (await options.readyButGone(row)));
  const queue = reset || inserted.length > 0 || (row.status === PENDING && row.queuedAt < staleBefore);
  if (reset) {
    const cleared = (options.resultColumns ?? []).map((column) => `, ${column} = null`).join('');
    await rows(
      tx,
      `update ${table} set status = ?, progress = 0, error = null, task_service_id = null, heartbeat_at = null, finished_at = null,
         requested_at = ?, queued_at = ?${cleared} where id = ? returning id`,
      [PENDING, now, now, row.id],
    );
  } else if (queue) {
    await rows(tx, `update ${table} set queued_at = ? where id = ? returning id`, [now, row.id]);
  }
  return { id: row.id, queue };
}

/** Takes a PENDING row for a task service, which must be authorized; null when it is not PENDING (a duplicate job). */
export async function claimDerived(tx: EntityManager, table: DerivedTable, id: string, taskServiceId: string): Promise<DerivedClaim | null> {
  const now = new Date();
  const claimed = await rows<{ attempts: number }>(
    tx,
    `update ${table} set status = ?, task_service_id = ?, attempts = attempts + 1, started_at = ?, heartbeat_at = ?, progress = 0, error = null
      where id = ? and status = ? and recording_id is not null and exists (select 1 from task_services s where s.id = ? and s.authorized for share)
     returning attempts`,
    [IN_PROGRESS, taskServiceId, now, now, id, PENDING, taskServiceId],
  );
  return claimed[0] ? { id, taskServiceId, attempt: claimed[0].attempts } : null;
}

/** Changes a row only while `claim` still holds it; false when the claim was lost meanwhile. */
async function whileHeld(em: EntityManager, table: DerivedTable, claim: DerivedClaim, set: Record<string, unknown>): Promise<boolean> {
  const columns = Object.keys(set);
  const changed = await rows(
    em,
    `update ${table} set ${columns.map((column) => `${column} = ?`).join(', ')}
      where id = ? and status = ? and task_service_id = ? and attempts = ? returning id`,
    [...columns.map((column) => set[column]), claim.id, IN_PROGRESS, claim.taskServiceId, claim.attempt],
  );
  return changed.length > 0;
}

/** How far the work is (0 to 1); also its heartbeat. False when the claim is gone. */
export function reportDerivedProgress(em: EntityManager, table: DerivedTable, claim: DerivedClaim, fraction: number): Promise<boolean> {
  return whileHeld(em, table, claim, { progress: Math.min(1, Math.max(0, fraction)), heartbeat_at: new Date() });
}

/** The result is kept in `result` (its own columns): READY from now on. */
export function completeDerived(em: EntityManager, table: DerivedTable, claim: DerivedClaim, result: Record<string, unknown>): Promise<boolean> {
  const now = new Date();
  return whileHeld(em, table, claim, { status: READY, progress: 1, finished_at: now, heartbeat_at: now, ...result });
}

/** FAILED with `error`, in words a person can act on; asking again tries once more. */
export function failDerived(em: EntityManager, table: DerivedTable, claim: DerivedClaim, error: string): Promise<boolean> {
  return whileHeld(em, table, claim, { status: FAILED, error, finished_at: new Date() });
}

/** A task service stopping hands its work back to the queue. */
export function handBackDerived(em: EntityManager, table: DerivedTable, claim: DerivedClaim): Promise<boolean> {
  return whileHeld(em, table, claim, { status: PENDING, progress: 0, task_service_id: null, heartbeat_at: null, queued_at: new Date() });
}
