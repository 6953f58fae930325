import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canCancelTask, canDownloadExport, canExport, canViewTask } from '../access/permissions.js';
import { ExportTaskStatus } from './export-task-status.js';
import type { RequestContext } from '../access/request-context.js';
import { ExportTask } from './export-task.entity.js';

/** What the caller may do with a task, from the same rules the mutation and the download route use. */
@Resolver(() => ExportTask)
export class TaskPermissionsResolver {
  @FieldResolver(() => Boolean, { description: 'True when the caller may cancel this task (its requester, or an ADMINISTRATOR), were it still running.' })
  canCancel(@Root() task: ExportTask, @Ctx() { caller: { viewer } }: RequestContext): boolean {
    return !!viewer && canCancelTask(viewer.roles, task.requestedBy.id === viewer.user.id, task.recording.restricted);
  }

  @FieldResolver(() => Boolean, { description: 'True when the caller may download the MP4 once COMPLETED (its requester alone, holding the export roles).' })
  canDownload(@Root() task: ExportTask, @Ctx() { caller: { viewer } }: RequestContext): boolean {
    return !!viewer && canDownloadExport(viewer.roles, task.requestedBy.id === viewer.user.id, task.recording.restricted);
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the caller may retry this task now: it FAILED, was not retried yet, and the caller holds the export roles.',
  })
  canRetry(@Root() task: ExportTask, @Ctx() { caller: { viewer } }: RequestContext): boolean {
    return (
      !!viewer && task.status === ExportTaskStatus.FAILED && !task.retriedAs && canExport(viewer.roles) && canViewTask(viewer.roles, task.recording.restricted)
    );
  }
}
