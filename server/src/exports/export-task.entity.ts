import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, Index, JsonType, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Recording } from '../recordings/recording.entity.js';
import { TaskService } from '../taskservices/task-service.entity.js';
import { ExportRequest } from './export-request.entity.js';
import { ExportTaskStatus } from './export-task-status.js';
import { exportFileName } from './export-file-name.js';
import { RenderOptions } from './render-options.js';

/**
 * One recording to convert to MP4. The row is the truth about the task; a queue job only carries
 * its id to a task service, so a duplicate or lost job cannot change the outcome. Only
 * export-task-lifecycle.ts writes these rows.
 */
@ObjectType({ description: 'The conversion of one recording to MP4, requested with a reason.' })
@Entity({ tableName: 'export_tasks' })
@Index({ properties: ['requestedAt', 'id'] })
@Index({ properties: ['status', 'heartbeatAt'] })
@Index({ properties: ['status', 'queuedAt', 'id'] })
export class ExportTask {
  [OptionalProps]?:
    | 'status'
    | 'progress'
    | 'attempts'
    | 'requestedAt'
    | 'updatedAt'
    | 'startedAt'
    | 'finishedAt'
    | 'error'
    | 'taskService'
    | 'taskServiceHost'
    | 'heartbeatAt'
    | 'outputPath'
    | 'outputSha256'
    | 'outputSizeBytes'
    | 'outputDurationSeconds'
    | 'ffmpegVersion'
    | 'ffmpegArgs'
    | 'reason'
    | 'downloadUrl'
    | 'fileName'
    | 'renderOptions'
    | 'expiredAt'
    | 'queuedAt'
    | 'retryOf'
    | 'retriedAs';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ExportRequest, {
    description: 'The export request the task belongs to, with its reason; a retry belongs to the request of the task it retries.',
  })
  @ManyToOne(() => ExportRequest, { index: true })
  request!: ExportRequest;

  @Field(() => Recording)
  @ManyToOne(() => Recording, { index: true })
  recording!: Recording;

  /** Copied from the request so task lists can be filtered without a join. */
  @Field(() => User)
  @ManyToOne(() => User, { index: true })
  requestedBy!: User;

  @Field(() => ExportTaskStatus)
  @Enum({ items: () => ExportTaskStatus, type: 'text' })
  status: ExportTaskStatus = ExportTaskStatus.PENDING;

  /** 0 to 1. */
  @Field(() => Float, { description: '0 to 1.' })
  @Property({ type: 'double' })
  progress: number = 0;

  /** Claims so far; a hand-back at shutdown does not count. Also numbers the current claim. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => String, { nullable: true, description: 'Why the task failed, in words a person can act on.' })
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  /** The task service that runs (or last ran) it; with `attempts`, what proves an update comes from the current claim. */
  @ManyToOne(() => TaskService, { nullable: true, index: true })
  taskService: TaskService | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  requestedAt: Date = new Date();

  /**
   * When the task last joined the queue (requested, retried, handed back or requeued): task
   * services take PENDING tasks in this order, which gives its queue position.
   */
  @Field(() => Date, { description: 'When the task last joined the queue; PENDING tasks are taken in this order.' })
  @Property({ type: 'timestamptz' })
  queuedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When a task service started its current or last attempt.' })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  /** When the retention job deleted the file (status EXPIRED). */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  expiredAt: Date | null = null;

  /** Relative to the exports folder. */
  @Property({ type: 'text', nullable: true })
  outputPath: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  outputSha256: string | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: new BigIntType('number'), nullable: true })
  outputSizeBytes: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  outputDurationSeconds: number | null = null;

  @Property({ type: 'text', nullable: true })
  ffmpegVersion: string | null = null;

  @Property({ type: JsonType, nullable: true })
  ffmpegArgs: string[] | null = null;

  /** Set for terminal and Guacamole recordings: how they are drawn into video. */
  @Field(() => RenderOptions, { nullable: true })
  @Property({ type: JsonType, nullable: true })
  renderOptions: RenderOptions | null = null;

  /**
   * A retry is a new task of the same request (same recording, reason and requester) that names
   * the FAILED task it retries; the failed task keeps its status and error, and names its retry.
   * So every task has one outcome, and the audit trail tells each attempt apart by task id.
   */
  @ManyToOne(() => ExportTask, { nullable: true, unique: true })
  retryOf: ExportTask | null = null;

  @ManyToOne(() => ExportTask, { nullable: true, unique: true })
  retriedAs: ExportTask | null = null;

  @Field(() => ID, { nullable: true, description: 'The FAILED task this task retries (retryExportTask).' })
  get retryOfTaskId(): string | null {
    return this.retryOf?.id ?? null;
  }

  @Field(() => ID, { nullable: true, description: 'The task that retries this FAILED task, once retried; a task is retried at most once.' })
  get retriedAsTaskId(): string | null {
    return this.retriedAs?.id ?? null;
  }

  @Field(() => String, { description: 'Why the recording is exported, as given by the requester.' })
  get reason(): string {
    return this.request.reason;
  }

  @Field(() => String, { nullable: true, description: 'Relative URL of the MP4, present once COMPLETED.' })
  get downloadUrl(): string | null {
    return this.status === ExportTaskStatus.COMPLETED ? `/exports/${this.id}/file` : null;
  }

  @Field(() => String, { nullable: true, description: 'Host name of the task service that runs, or last ran, the task.' })
  get taskServiceHost(): string | null {
    return this.taskService?.hostName ?? null;
  }

  /** A name that says what the file is: whose session, on which server, when. */
  @Field(() => String)
  get fileName(): string {
    return exportFileName(this.recording, this.id);
  }
}

/** The relations every reader of a task needs: its recording, request, requester and task service. */
export const TASK_RELATIONS = ['recording', 'request', 'requestedBy', 'taskService'] as const;
