import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { AuditService, recordAudit } from '../audit/audit.service.js';
import { canCancelTask, canExport, canSeeRestricted, canViewTask, canViewTasks } from '../auth/permissions.js';
import type { Viewer } from '../auth/viewer.js';
import { User } from '../auth/user.entity.js';
import { appError, badInput, forbidden, notFound, unauthenticated } from '../common/errors.js';
import { decodeCursor, encodeCursor, isUuid, pageSize } from '../common/keyset.js';
import { Channel, notify } from '../db/notifications.js';
import { toPage, type Page } from '../graphql/page-info.js';
import { RecordingKind } from '../recordings/recording-kind.js';
import { Recording } from '../recordings/recording.entity.js';
import { readSettings } from '../settings/settings.service.js';
import type { JobQueue } from '../tasks/queue.js';
import { ExportRequest } from './export-request.entity.js';
import { CANCELLABLE_STATUSES, ExportTaskStatus } from './export-task-status.js';
import { ExportTask } from './export-task.entity.js';
import { checkReason } from './reason.js';
import { describeTerminalExportOptions, resolveTerminalExportOptions, type TerminalExportOptionsInput } from './terminal-export-options.js';

export const MAX_RECORDINGS_PER_EXPORT = 100;
const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
export const TASK_RELATIONS = ['recording', 'request', 'requestedBy'] as const;

export interface ExportRecordingsInput {
  recordingIds: string[];
  reason: string;
  idempotencyKey?: string | null;
  terminalOptions?: TerminalExportOptionsInput | null;
}

export interface ExportTaskFilter {
  status?: ExportTaskStatus[] | null;
  requestedBy?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export class ExportsService {
  constructor(
    private readonly em: EntityManager,
    private readonly queue: Pick<JobQueue, 'send'>,
    private readonly clientAddress: string | null,
  ) {}

  async exportRecordings(viewer: Viewer | null, input: ExportRecordingsInput): Promise<ExportTask[]> {
    await this.refuseUnlessAllowed(viewer, input);
    await this.refuseWhileTaskServiceDisabled(viewer!, input);
    const user = viewer!.user;

    const reason = checkReason(input.reason);
    if (!reason.ok) throw badInput(reason.message, 'reason');
    const recordingIds = [...new Set(input.recordingIds)];
    if (recordingIds.length === 0) throw badInput('Select at least one recording to export.', 'recordingIds');
    if (recordingIds.length > MAX_RECORDINGS_PER_EXPORT) {
      throw badInput(`At most ${MAX_RECORDINGS_PER_EXPORT} recordings can be exported in one request (got ${recordingIds.length}).`, 'recordingIds');
    }
    const terminalOptions = resolveTerminalExportOptions(input.terminalOptions);
    const key = input.idempotencyKey?.trim() || null;
    if (key && key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
      throw badInput(`The idempotency key must have at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`, 'idempotencyKey');
    }
    if (key) {
      const earlier = await this.tasksOfEarlierRequest(user.id, key, recordingIds);
      if (earlier) return earlier;
    }

    const recordings = await this.visibleRecordings(viewer!, recordingIds);
    const missing = recordingIds.filter((id) => !recordings.has(id));
    if (missing.length) {
      throw notFound(`${missing.length === 1 ? 'This recording does not' : 'These recordings do not'} exist: ${missing.join(', ')}.`, { missingIds: missing });
    }

    let tasks: ExportTask[];
    try {
      tasks = await this.em.transactional(async (em) => {
        const request = em.create(ExportRequest, { requestedBy: user.id, reason: reason.reason, idempotencyKey: key, clientAddress: this.clientAddress });
        const created = recordingIds.map((id) =>
          em.create(ExportTask, {
            request,
            recording: recordings.get(id)!,
            requestedBy: em.getReference(User, user.id),
            terminalOptions: recordings.get(id)!.kind === RecordingKind.TERMINAL ? terminalOptions : null,
          }),
        );
        recordAudit(
          em,
          ...created.map((task) => ({
            action: AuditAction.EXPORT_REQUESTED,
            outcome: AuditOutcome.SUCCESS,
            actorId: user.id,
            actorName: user.username,
            recordingId: task.recording.id,
            taskId: task.id,
            reason: reason.reason,
            clientAddress: this.clientAddress,
            detail: task.terminalOptions ? describeTerminalExportOptions(task.terminalOptions) : null,
          })),
        );
        await em.flush();
        for (const task of created) await notify(em, Channel.taskUpdated, task.id);
        return created;
      });
    } catch (error) {
      // The same key arrived twice at once: the other request won; answer with its tasks.
      if (key && error instanceof UniqueConstraintViolationException) {
        const earlier = await this.tasksOfEarlierRequest(user.id, key, recordingIds);
        if (earlier) return earlier;
      }
      throw error;
    }

    // Queued after the commit, so a worker never sees a job whose task is not there yet. A crash
    // between the two leaves PENDING tasks without a job; the reaper queues those again.
    await this.queue.send('export-recording', tasks.map((task) => ({ taskId: task.id })));
    await notify(this.em, Channel.exportQueued);
    return this.em.find(ExportTask, { id: { $in: tasks.map((t) => t.id) } }, { populate: TASK_RELATIONS, orderBy: { requestedAt: 'asc', id: 'asc' } })
      .then((found) => sortLike(found, tasks.map((t) => t.id)));
  }

  /** Refusals are audited in a transaction of their own, then reported to the caller. */
  private async refuseUnlessAllowed(viewer: Viewer | null, input: ExportRecordingsInput): Promise<void> {
    if (viewer && canExport(viewer.roles)) return;
    const ids = [...new Set(input.recordingIds)].filter(isUuid).slice(0, MAX_RECORDINGS_PER_EXPORT);
    const detail = viewer ? 'Refused: exporting needs both the LOGGING_READER and PRIVILEGED_PLAYER roles.' : 'Refused: not signed in.';
    const base = {
      action: AuditAction.EXPORT_DENIED,
      outcome: AuditOutcome.DENIED,
      actorId: viewer?.user.id ?? null,
      actorName: viewer?.user.username ?? null,
      reason: input.reason?.trim().slice(0, 2000) || null,
      detail,
      clientAddress: this.clientAddress,
    };
    await new AuditService(this.em).recordNow(...(ids.length ? ids.map((recordingId) => ({ ...base, recordingId })) : [base]));
    if (!viewer) throw unauthenticated('Sign in to export recordings.');
    throw forbidden('Exporting recordings needs both the LOGGING_READER and PRIVILEGED_PLAYER roles.');
  }

  /** While an administrator has the task service switched off, exports are refused (and audited). */
  private async refuseWhileTaskServiceDisabled(viewer: Viewer, input: ExportRecordingsInput): Promise<void> {
    if ((await readSettings(this.em)).taskServiceEnabled) return;
    const ids = [...new Set(input.recordingIds)].filter(isUuid).slice(0, MAX_RECORDINGS_PER_EXPORT);
    const base = {
      action: AuditAction.EXPORT_DENIED,
      outcome: AuditOutcome.DENIED,
      actorId: viewer.user.id,
      actorName: viewer.user.username,
      reason: input.reason?.trim().slice(0, 2000) || null,
      detail: 'Refused: the export task service is disabled in the settings.',
      clientAddress: this.clientAddress,
    };
    await new AuditService(this.em).recordNow(...(ids.length ? ids.map((recordingId) => ({ ...base, recordingId })) : [base]));
    throw appError('TASK_SERVICE_DISABLED', 'Exporting is switched off: an administrator has disabled the export task service in the settings. Ask an administrator to enable it.');
  }

  private async tasksOfEarlierRequest(userId: string, key: string, recordingIds: string[]): Promise<ExportTask[] | null> {
    const request = await this.em.findOne(ExportRequest, { requestedBy: userId, idempotencyKey: key });
    if (!request) return null;
    const tasks = await this.em.find(ExportTask, { request }, { populate: TASK_RELATIONS, orderBy: { requestedAt: 'asc', id: 'asc' } });
    const earlierIds = new Set(tasks.map((t) => t.recording.id));
    if (earlierIds.size !== recordingIds.length || recordingIds.some((id) => !earlierIds.has(id))) {
      throw badInput('This idempotency key was already used for a different set of recordings.', 'idempotencyKey');
    }
    return sortLike(tasks, recordingIds, (t) => t.recording.id);
  }

  private async visibleRecordings(viewer: Viewer, ids: string[]): Promise<Map<string, Recording>> {
    const valid = ids.filter(isUuid);
    const where = canSeeRestricted(viewer.roles) ? { id: { $in: valid } } : { id: { $in: valid }, restricted: false };
    const found = valid.length ? await this.em.find(Recording, where) : [];
    return new Map(found.map((r) => [r.id, r]));
  }

  async exportTasks(viewer: Viewer | null, filter: ExportTaskFilter, first: number, after?: string | null): Promise<Page<ExportTask>> {
    this.requireTaskReader(viewer);
    const limit = pageSize(first);
    const where: Record<string, unknown> = {};
    if (filter.status?.length) where.status = { $in: filter.status };
    if (filter.requestedBy) where.requestedBy = { username: filter.requestedBy };
    if (filter.from || filter.to) {
      where.requestedAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
    }
    if (!canSeeRestricted(viewer!.roles)) where.recording = { restricted: false };
    const totalCount = await this.em.count(ExportTask, where);
    const qb = this.em.createQueryBuilder(ExportTask, 't').where(where);
    if (after) {
      const cursor = decodeCursor(after, 'date', 'uuid');
      qb.andWhere('(t.requested_at, t.id) < (?, ?)', [cursor.value, cursor.id]);
    }
    const rows = await qb.orderBy({ requestedAt: 'desc', id: 'desc' }).limit(limit + 1).getResult();
    await this.em.populate(rows, TASK_RELATIONS);
    return toPage(rows, limit, totalCount, (t) => encodeCursor(t.requestedAt.toISOString(), t.id), after);
  }

  async exportTask(viewer: Viewer | null, id: string): Promise<ExportTask> {
    this.requireTaskReader(viewer);
    const task = isUuid(id) ? await this.em.findOne(ExportTask, { id }, { populate: TASK_RELATIONS }) : null;
    // A task the viewer may not see is reported exactly like one that does not exist.
    if (!task || !canViewTask(viewer!.roles, task.recording.restricted)) throw notFound(`There is no export task ${id}.`);
    return task;
  }

  async cancelExportTask(viewer: Viewer | null, id: string): Promise<ExportTask> {
    const task = await this.exportTask(viewer, id);
    const user = viewer!.user;
    if (!canCancelTask(viewer!.roles, task.requestedBy.id === user.id, task.recording.restricted)) {
      throw forbidden('Only the user who requested this export, or an ADMINISTRATOR, can cancel it.');
    }
    if (!CANCELLABLE_STATUSES.includes(task.status)) {
      throw badInput(`The task is already ${task.status} and can no longer be cancelled.`);
    }
    const cancelled = await this.em.transactional(async (em) => {
      const now = new Date();
      const count = await em.nativeUpdate(
        ExportTask,
        { id, status: { $in: [...CANCELLABLE_STATUSES] } },
        { status: ExportTaskStatus.CANCELLED, finishedAt: now, updatedAt: now },
      );
      if (count === 0) return false;
      recordAudit(em, {
        action: AuditAction.EXPORT_CANCELLED,
        outcome: AuditOutcome.SUCCESS,
        actorId: user.id,
        actorName: user.username,
        recordingId: task.recording.id,
        taskId: id,
        reason: task.request.reason,
        clientAddress: this.clientAddress,
      });
      await em.flush();
      // The worker running it hears this and stops ffmpeg.
      await notify(em, Channel.taskUpdated, id);
      return true;
    });
    await this.em.refresh(task, { populate: TASK_RELATIONS });
    if (!cancelled) throw badInput(`The task finished (${task.status}) before it could be cancelled.`);
    return task;
  }

  private requireTaskReader(viewer: Viewer | null): void {
    if (!viewer) throw unauthenticated();
    if (!canViewTasks(viewer.roles)) throw forbidden('Export tasks are visible to users who may export and to LOGGING_READERs.');
  }
}

function sortLike<T extends { id: string }>(items: T[], order: string[], keyOf: (item: T) => string = (i) => i.id): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...items].sort((a, b) => (rank.get(keyOf(a)) ?? 0) - (rank.get(keyOf(b)) ?? 0));
}
