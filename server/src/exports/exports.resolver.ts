import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { canViewTask, canViewTasks } from '../auth/permissions.js';
import type { RequestContext } from '../graphql/context.js';
import type { Page } from '../graphql/page-info.js';
import { requireViewer } from '../graphql/require.js';
import { ExportTask } from './export-task.entity.js';
import { ExportRecordingsInput, ExportRecordingsPayload, ExportTaskConnection, ExportTaskFilterInput } from './export-task.types.js';

@Resolver(() => ExportTask)
export class ExportsResolver {
  @Mutation(() => ExportRecordingsPayload, {
    description: 'Creates one export task per recording. Needs LOGGING_READER and PRIVILEGED_PLAYER, and a reason.',
  })
  async exportRecordings(@Arg('input', () => ExportRecordingsInput) input: ExportRecordingsInput, @Ctx() ctx: RequestContext): Promise<ExportRecordingsPayload> {
    return { tasks: await ctx.exports.exportRecordings(ctx.viewer, input) };
  }

  @Query(() => ExportTaskConnection, { description: 'Export tasks the caller may see, newest first.' })
  exportTasks(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ExportTaskFilterInput, { nullable: true }) filter?: ExportTaskFilterInput,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<ExportTask>> {
    return ctx.exports.exportTasks(ctx.viewer, filter ?? {}, first, after);
  }

  @Query(() => ExportTask)
  exportTask(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ExportTask> {
    return ctx.exports.exportTask(ctx.viewer, id);
  }

  @Mutation(() => ExportTask, { description: 'Cancels a PENDING or IN_PROGRESS task; a running conversion is stopped.' })
  cancelExportTask(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ExportTask> {
    return ctx.exports.cancelExportTask(ctx.viewer, id);
  }

  @Subscription(() => ExportTask, {
    description: 'Every status change and progress step of the export tasks the subscriber may see.',
    subscribe: ({ args, context }) => {
      const ctx = context as RequestContext;
      const viewer = requireViewer(ctx.viewer, canViewTasks, 'Export tasks are visible to users who may export and to LOGGING_READERs.');
      const wanted = args.taskIds ? new Set<string>(args.taskIds as string[]) : null;
      return ctx.taskEvents.subscribe((task) => (!wanted || wanted.has(task.id)) && canViewTask(viewer.roles, task.recording.restricted));
    },
  })
  taskUpdated(@Root() task: ExportTask, @Arg('taskIds', () => [ID], { nullable: true }) _taskIds?: string[]): ExportTask {
    return task;
  }
}
