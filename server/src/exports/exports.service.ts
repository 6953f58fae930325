import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import { activity, requireExporter, requireTaskCanceller, requireTaskReader, requireVisibleTask, type Exporter } from '../access/guards.js';
import { canSeeRestricted, canViewTask } from '../access/permissions.js';
import { type AuditedAs, auditedTransaction, refusal } from '../access/refusal.js';
import { AuditAction } from '../audit/audit-action.js';
import { badInput, notFound } from '../common/errors.js';
import { filterText } from '../common/filter-text.js';
import { decodeCursor, encodeCursor, isUuid, pageSize } from '../common/keyset.js';
import { toPage, type Page } from '../common/page.js';
import { countFromFirstPage, totalCount } from '../common/total-count.js';
import { pgArray } from '../db/pg-array.js';
import type { Viewer } from '../access/viewer.js';
import type { JobQueue } from '../queue/job-queue.js';
import { Recording } from '../recordings/recording.entity.js';
import { readSettings } from '../settings/settings.service.js';
import { ExportRequest } from './export-request.entity.js';
import { ExportTaskStatus } from './export-task-status.js';
import { FreshBatchLoader } from './fresh-batch-loader.js';
import { cancel, request, retry, TRANSITIONS } from './export-task-lifecycle.js';
import { queueExportTasks } from './export-task-queue.js';
import { ExportTask, TASK_RELATIONS } from './export-task.entity.js';
import { type ExportRecordingsInput, type ExportTaskFilterInput, MAX_TASK_IDS_IN_FILTER } from './export-task.types.js';
import type { TaskEventHub } from './task-event-hub.js';
import { checkReason } from './reason.js';
import { resolveRenderOptions } from './render-options.js';

export const MAX_RECORDINGS_PER_EXPORT = 100;
const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

const EXPORTING = activity('export recordings', 'Exporting recordings');
const CANCELLING = activity('cancel export tasks', 'Cancelling export tasks');
const RETRYING = activity('retry export tasks', 'Retrying export tasks');
export const EXPORTS_DISABLED_MESSAGE =
  'Exporting is switched off: an administrator has disabled exports in the settings. Ask an administrator to enable them.';

/** What exportRecordings decided: the tasks of a new request (to queue), or those of an earlier one with the same key. */
type Requested = { created: boolean; tasks: ExportTask[] };

/** Export tasks as their users see them: requesting them with a reason, listing, following and cancelling them. */
export class ExportsService {
  // One query per page of tasks or per event, read afresh each time: a retry adds a task to its
  // request, and positions change as task services take tasks.
  private readonly requestTaskCounts = new FreshBatchLoader<string, number>((ids) => this.countTasksOfRequests(ids, true));
  private readonly visibleRequestTaskCounts = new FreshBatchLoader<string, number>((ids) => this.countTasksOfRequests(ids, false));
  private readonly positions = new FreshBatchLoader<string, number>((ids) => this.readQueuePositions(ids, true));
  private readonly visiblePositions = new FreshBatchLoader<string, number>((ids) => this.readQueuePositions(ids, false));

  constructor(
    private readonly em: EntityManager,
    private readonly queue: Pick<JobQueue, 'send'>,
    private readonly taskEvents: TaskEventHub,
  ) {}

  /**
   * One export task per recording, with the reason, for users holding both export roles while
   * exports are enabled. Refusals are audited as EXPORT_DENIED; a repeated idempotency key
   * answers the tasks of the first request and creates nothing.
   */
  async exportRecordings(caller: Caller, input: ExportRecordingsInput): Promise<ExportTask[]> {
    let requested: Requested;
    try {
      requested = await auditedTransaction(this.em, (tx) => this.request(tx, caller, input));
    } catch (error) {
      // The same key arrived twice at once: the other request won; answer with its tasks.
      const key = idempotencyKeyOf(input);
      if (!(key && caller.viewer && error instanceof UniqueConstraintViolationException)) throw error;
      const earlier = await this.tasksOfEarlierRequest(this.em, caller.viewer.user.id, key, uniqueIds(input));
      if (!earlier) throw error;
      requested = { created: false, tasks: earlier };
    }
    if (requested.created)
      await queueExportTasks(
        this.em,
        this.queue,
        requested.tasks.map((task) => task.id),
      );
    const ids = requested.tasks.map((task) => task.id);
    const found = await this.em.find(ExportTask, { id: { $in: ids } }, { populate: TASK_RELATIONS, refresh: true });
    return sortLike(found, ids);
  }

  private async request(tx: EntityManager, caller: Caller, input: ExportRecordingsInput): Promise<Requested> {
    const deniedAs: AuditedAs = { action: AuditAction.EXPORT_DENIED, recordingIds: input.recordingIds, reason: input.reason };
    const exporter = requireExporter(caller, EXPORTING, deniedAs);
    if (!(await readSettings(tx)).exportsEnabled) throw refusal(caller, 'EXPORTS_DISABLED', EXPORTS_DISABLED_MESSAGE, deniedAs);

    const reason = checkReason(input.reason);
    if (!reason.ok) throw badInput(reason.message, 'reason');
    const recordingIds = uniqueIds(input);
    if (recordingIds.length === 0) throw badInput('Select at least one recording to export.', 'recordingIds');
    if (recordingIds.length > MAX_RECORDINGS_PER_EXPORT) {
      throw badInput(`At most ${MAX_RECORDINGS_PER_EXPORT} recordings can be exported in one request (got ${recordingIds.length}).`, 'recordingIds');
    }
    const renderOptions = resolveRenderOptions(input.renderOptions);
    const key = idempotencyKeyOf(input);
    if (key && key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
      throw badInput(`The idempotency key must have at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`, 'idempotencyKey');
    }
    if (key) {
      const earlier = await this.tasksOfEarlierRequest(tx, exporter.user.id, key, recordingIds);
      if (earlier) return { created: false, tasks: earlier };
    }

    const recordings = await visibleRecordings(tx, exporter, recordingIds);
    const missing = recordingIds.filter((id) => !recordings.has(id));
    if (missing.length) {
      throw notFound(`${missing.length === 1 ? 'This recording does not' : 'These recordings do not'} exist: ${missing.join(', ')}.`, { missingIds: missing });
    }
    const tasks = await request(tx, {
      requester: exporter.user,
      reason: reason.reason,
      idempotencyKey: key,
      clientAddress: caller.clientAddress,
      recordings: recordingIds.map((id) => recordings.get(id)!),
      renderOptions,
    });
    return { created: true, tasks };
  }

  private async tasksOfEarlierRequest(em: EntityManager, userId: string, key: string, recordingIds: string[]): Promise<ExportTask[] | null> {
    const earlier = await em.findOne(ExportRequest, { requestedBy: userId, idempotencyKey: key });
    if (!earlier) return null;
    // Retries joined the request later; the request's answer is the tasks it created.
    const tasks = await em.find(ExportTask, { request: earlier, retryOf: null }, { populate: TASK_RELATIONS, orderBy: { requestedAt: 'asc', id: 'asc' } });
    const earlierIds = new Set(tasks.map((t) => t.recording.id));
    if (earlierIds.size !== recordingIds.length || recordingIds.some((id) => !earlierIds.has(id))) {
      throw badInput('This idempotency key was already used for a different set of recordings.', 'idempotencyKey');
    }
    return sortLike(tasks, recordingIds, (t) => t.recording.id);
  }

  /** Export tasks the caller may see, newest first, in pages. */
  async exportTasks(caller: Caller, filter: ExportTaskFilterInput, first: number, after?: string | null): Promise<Page<ExportTask>> {
    const viewer = requireTaskReader(caller);
    const limit = pageSize(first);
    const where: Record<string, unknown> = {};
    if (filter.ids) where.id = { $in: taskIdsFilter(filter.ids) };
    if (filter.status?.length) where.status = { $in: filter.status };
    const requestedBy = filterText(filter.requestedBy, 'requestedBy');
    if (requestedBy) where.requestedBy = { username: requestedBy };
    if (filter.from || filter.to) {
      where.requestedAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
    }
    if (!canSeeRestricted(viewer.roles)) where.recording = { restricted: false };
    const qb = this.em.createQueryBuilder(ExportTask, 't').where(where);
    if (after) {
      const cursor = decodeCursor(after, 'date', 'uuid');
      qb.andWhere('(t.requested_at, t.id) < (?, ?)', [cursor.value, cursor.id]);
    }
    const rows = await qb
      .orderBy({ requestedAt: 'desc', id: 'desc' })
      .limit(limit + 1)
      .getResult();
    const total = await totalCount(this.em, this.em.createQueryBuilder(ExportTask, 't').where(where), countFromFirstPage(rows.length, limit, after));
    await this.em.populate(rows, TASK_RELATIONS);
    return toPage(rows, limit, total, (t) => encodeCursor(t.requestedAt.toISOString(), t.id), after);
  }

  /** One export task; one the caller may not see is reported exactly like one that does not exist. */
  async exportTask(caller: Caller, id: string): Promise<ExportTask> {
    const viewer = requireTaskReader(caller);
    return requireVisibleTask(caller, viewer, await findTask(this.em, id), id);
  }

  /** Cancels a PENDING or IN_PROGRESS task: its requester, or an ADMINISTRATOR. A running conversion is stopped. */
  async cancelExportTask(caller: Caller, id: string): Promise<ExportTask> {
    const cancelled = await auditedTransaction(this.em, async (tx) => {
      const refusedAs: AuditedAs = { action: AuditAction.EXPORT_CANCELLED, taskId: id };
      const viewer = requireTaskReader(caller, CANCELLING, refusedAs);
      const found = await findTask(tx, id);
      if (found) refusedAs.recordingIds = [found.recording.id];
      const task = requireVisibleTask(caller, viewer, found, id, refusedAs);
      requireTaskCanceller(caller, viewer, task, refusedAs);
      if (!(TRANSITIONS.cancel.from as readonly string[]).includes(task.status)) {
        throw badInput(`The task is already ${task.status} and can no longer be cancelled.`);
      }
      return cancel(tx, task, viewer.user, caller.clientAddress);
    });
    const task = await this.em.findOneOrFail(ExportTask, { id }, { populate: TASK_RELATIONS, refresh: true });
    if (!cancelled) throw badInput(`The task finished (${task.status}) before it could be cancelled.`);
    return task;
  }

  /**
   * Queues a new attempt at a FAILED task, as a new task of the same request (same recording,
   * reason and requester, who alone may download its file); allowed to whoever may export the
   * recording, while exports are enabled. Audited as EXPORT_RETRIED in the retrier's name, or as
   * its refusal. A task that is not FAILED, or was retried already, is BAD_USER_INPUT.
   */
  async retryExportTask(caller: Caller, id: string): Promise<ExportTask> {
    let retried: ExportTask;
    try {
      retried = await auditedTransaction(this.em, async (tx) => {
        const refusedAs: AuditedAs = { action: AuditAction.EXPORT_RETRIED, taskId: id };
        // Read first, so that a refusal names the recording and reason, to whoever may see them.
        const found = caller.viewer ? await findTask(tx, id) : null;
        if (found && canViewTask(caller.viewer!.roles, found.recording.restricted)) {
          refusedAs.recordingIds = [found.recording.id];
          refusedAs.reason = found.request.reason;
        }
        const exporter = requireExporter(caller, RETRYING, refusedAs);
        if (!(await readSettings(tx)).exportsEnabled) throw refusal(caller, 'EXPORTS_DISABLED', EXPORTS_DISABLED_MESSAGE, refusedAs);
        const task = requireVisibleTask(caller, exporter, found, id, refusedAs);
        if (!(TRANSITIONS.retry.from as readonly string[]).includes(task.status)) {
          throw badInput(`Only a FAILED task can be retried; this one is ${task.status}.`);
        }
        if (task.retriedAs) throw alreadyRetried(task.retriedAs.id);
        const created = await retry(tx, task, exporter.user, caller.clientAddress);
        if (!created) throw alreadyRetried(null);
        return created;
      });
    } catch (error) {
      // Two retries of the same task at once: the other one made the retry.
      if (error instanceof UniqueConstraintViolationException) throw alreadyRetried(null);
      throw error;
    }
    await queueExportTasks(this.em, this.queue, [retried.id]);
    return this.em.findOneOrFail(ExportTask, { id: retried.id }, { populate: TASK_RELATIONS, refresh: true });
  }

  /**
   * A PENDING task's place in the queue (1 is next), among the tasks the viewer may see; null for
   * tasks in any other status. Task services take PENDING tasks in the order they were queued.
   */
  queuePosition(viewer: Viewer, task: ExportTask): Promise<number | null> {
    if (task.status !== ExportTaskStatus.PENDING) return Promise.resolve(null);
    return (canSeeRestricted(viewer.roles) ? this.positions : this.visiblePositions).load(task.id);
  }

  /** How many tasks the export request has (one per recording, and one per retry), among those the viewer may see. */
  async requestTaskCount(viewer: Viewer, requestId: string): Promise<number> {
    const loader = canSeeRestricted(viewer.roles) ? this.requestTaskCounts : this.visibleRequestTaskCounts;
    return (await loader.load(requestId)) ?? 0;
  }

  private async readQueuePositions(ids: string[], seesRestricted: boolean): Promise<Map<string, number>> {
    const rows: { id: string; position: number }[] = await this.em.getConnection().execute(
      `select t.id, 1 + (select count(*) from export_tasks p join recordings r on r.id = p.recording_id
                          where p.status = ? and (p.queued_at, p.id) < (t.queued_at, t.id) and (?::boolean or not r.restricted))::int as position
         from export_tasks t where t.id = any(?::uuid[]) and t.status = ?`,
      [ExportTaskStatus.PENDING, seesRestricted, pgArray(ids), ExportTaskStatus.PENDING],
    );
    return new Map(rows.map((row) => [row.id, Number(row.position)]));
  }

  private async countTasksOfRequests(ids: string[], seesRestricted: boolean): Promise<Map<string, number>> {
    const rows: { request_id: string; count: number }[] = await this.em.getConnection().execute(
      `select t.request_id, count(*)::int as count from export_tasks t join recordings r on r.id = t.recording_id
        where t.request_id = any(?::uuid[]) and (?::boolean or not r.restricted) group by t.request_id`,
      [pgArray(ids), seesRestricted],
    );
    return new Map(rows.map((row) => [row.request_id, Number(row.count)]));
  }

  /** Every change of the tasks the caller may see (optionally only these ids), as it happens. */
  taskUpdates(caller: Caller, taskIds: readonly string[] | null): AsyncIterableIterator<ExportTask> {
    const viewer = requireTaskReader(caller);
    const wanted = taskIds ? new Set(taskIds) : null;
    // The viewer's roles are replaced in place when an administrator changes them: read them per event.
    return this.taskEvents.subscribe((task) => (!wanted || wanted.has(task.id)) && canViewTask(viewer.roles, task.recording.restricted));
  }
}

function alreadyRetried(retryId: string | null): Error {
  return badInput(retryId ? `This task was already retried as export task ${retryId}.` : 'This task was already retried.');
}

function findTask(em: EntityManager, id: string): Promise<ExportTask | null> {
  return isUuid(id) ? em.findOne(ExportTask, { id }, { populate: TASK_RELATIONS }) : Promise.resolve(null);
}

function uniqueIds(input: ExportRecordingsInput): string[] {
  return [...new Set(input.recordingIds)];
}

function idempotencyKeyOf(input: ExportRecordingsInput): string | null {
  return input.idempotencyKey?.trim() || null;
}

/** The recordings the exporter may see among `ids`; restricted ones need PRIVILEGED_PLAYER. */
async function visibleRecordings(em: EntityManager, exporter: Exporter, ids: string[]): Promise<Map<string, Recording>> {
  const valid = ids.filter(isUuid);
  const where = canSeeRestricted(exporter.roles) ? { id: { $in: valid } } : { id: { $in: valid }, restricted: false };
  const found = valid.length ? await em.find(Recording, where) : [];
  return new Map(found.map((r) => [r.id, r]));
}

function sortLike<T extends { id: string }>(items: T[], order: string[], keyOf: (item: T) => string = (i) => i.id): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...items].sort((a, b) => (rank.get(keyOf(a)) ?? 0) - (rank.get(keyOf(b)) ?? 0));
}

/** The ids of an `exportTasks` filter, checked: a few task ids, each a UUID. */
function taskIdsFilter(ids: readonly string[]): string[] {
  if (ids.length > MAX_TASK_IDS_IN_FILTER) throw badInput(`A filter may name at most ${MAX_TASK_IDS_IN_FILTER} tasks.`, 'filter.ids');
  const bad = ids.find((id) => !isUuid(id));
  if (bad !== undefined) throw badInput(`${JSON.stringify(bad.slice(0, 60))} is not an export task id.`, 'filter.ids');
  return [...ids];
}
