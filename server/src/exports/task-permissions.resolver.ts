import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canCancelTask, canDownloadExport } from '../access/permissions.js';
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
}
