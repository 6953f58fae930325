import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { connectionType } from '../common/page.js';
import { ExportTaskStatus } from './export-task-status.js';
import { ExportTask } from './export-task.entity.js';
import { RenderOptionsInput } from './render-options.js';

/** How many task ids an `exportTasks` filter may name. */
export const MAX_TASK_IDS_IN_FILTER = 100;

@InputType()
export class ExportRecordingsInput {
  @Field(() => [ID])
  recordingIds!: string[];

  @Field(() => String, { description: 'Why the recordings are exported: 10 to 2000 characters after trimming.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Repeating a request with the same key returns the tasks of the first one.' })
  idempotencyKey?: string | null;

  @Field(() => RenderOptionsInput, { nullable: true, description: 'How terminal sessions and Guacamole recordings are drawn; defaults suit evidence.' })
  renderOptions?: RenderOptionsInput | null;
}

@ObjectType()
export class ExportRecordingsPayload {
  @Field(() => [ExportTask])
  tasks!: ExportTask[];
}

@InputType('ExportTaskFilter')
export class ExportTaskFilterInput {
  @Field(() => [ID], { nullable: true, description: `Only these tasks (at most ${MAX_TASK_IDS_IN_FILTER}), as the audit links to one.` })
  ids?: string[] | null;

  @Field(() => [ExportTaskStatus], { nullable: true })
  status?: ExportTaskStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Username of the requester.' })
  requestedBy?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

export const ExportTaskConnection = connectionType('ExportTask', ExportTask);
