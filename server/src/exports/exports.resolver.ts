import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireTaskReader } from '../access/guards.js';
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

  @Mutation(() => ExportTask, {
    description:
      'Queues a new attempt at a FAILED task: a new task of the same export request (recording, reason, requester) whose retryOfTaskId names the failed one. Needs the roles to export; audited as EXPORT_RETRIED. A task is retried at most once.',
  })
  retryExportTask(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<ExportTask> {
    return this.exportsService.retryExportTask(caller, id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "A PENDING task's place in the queue among the tasks the caller may see (1 is next); null in any other status.",
  })
  queuePosition(@Root() task: ExportTask, @Ctx() { caller }: RequestContext): Promise<number | null> {
    return this.exportsService.queuePosition(requireTaskReader(caller), task);
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
