import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../access/request-context.js';
import type { Page } from '../common/page.js';
import { ExportTask } from './export-task.entity.js';
import { ExportRecordingsInput, ExportRecordingsPayload, ExportTaskConnection, ExportTaskFilterInput } from './export-task.types.js';
import { ExportsService } from './exports.service.js';

@Resolver(() => ExportTask)
export class ExportsResolver {
  constructor(private readonly exportsService: ExportsService) {}

  @Mutation(() => ExportRecordingsPayload, {
    description: 'Creates one export task per recording. Needs LOGGING_READER and PRIVILEGED_PLAYER, and a reason.',
  })
  async exportRecordings(
    @Arg('input', () => ExportRecordingsInput) input: ExportRecordingsInput,
    @Ctx() { caller }: RequestContext,
  ): Promise<ExportRecordingsPayload> {
    return { tasks: await this.exportsService.exportRecordings(caller, input) };
  }

  @Query(() => ExportTaskConnection, { description: 'Export tasks the caller may see, newest first.' })
  exportTasks(
    @Ctx() { caller }: RequestContext,
    @Arg('filter', () => ExportTaskFilterInput, { nullable: true }) filter?: ExportTaskFilterInput,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<ExportTask>> {
    return this.exportsService.exportTasks(caller, filter ?? {}, first, after);
  }

  @Query(() => ExportTask)
  exportTask(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<ExportTask> {
    return this.exportsService.exportTask(caller, id);
  }

  @Mutation(() => ExportTask, { description: 'Cancels a PENDING or IN_PROGRESS task; a running conversion is stopped.' })
  cancelExportTask(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<ExportTask> {
    return this.exportsService.cancelExportTask(caller, id);
  }

  @Subscription(() => ExportTask, {
    description: 'Every status change and progress step of the export tasks the subscriber may see.',
    subscribe: ({ args, context }) => {
      const ctx = context as RequestContext;
      return ctx.get(ExportsService).taskUpdates(ctx.caller, (args.taskIds as string[] | undefined) ?? null);
    },
  })
  taskUpdated(@Root() task: ExportTask, @Arg('taskIds', () => [ID], { nullable: true }) _taskIds?: string[]): ExportTask {
    return task;
  }
}
