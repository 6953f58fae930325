import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Recording } from '../recordings/recording.entity.js';
import { TaskService } from '../taskservices/task-service.entity.js';
import { BrowserPreviewStatus } from './browser-preview-status.js';

/**
 * The browser preview of one recording the browser cannot decode: an H.264 MP4 made once by a
 * task service and reused by every playback, until the retention deletes it. Not an export: no
 * reason, no manifest, no export task. Only browser-preview-lifecycle.ts writes these rows.
 */
@ObjectType({
  description: 'An H.264 MP4 a task service makes of a recording the browser cannot decode, so that it plays in the page; made once, then reused.',
})
@Entity({ tableName: 'browser_previews' })
@Index({ properties: ['lastPlayedAt'] })
export class BrowserPreview {
  [OptionalProps]?:
    | 'status'
    | 'progress'
    | 'attempts'
    | 'error'
    | 'taskService'
    | 'startedAt'
    | 'heartbeatAt'
    | 'finishedAt'
    | 'lastPlayedAt'
    | 'outputKey'
    | 'outputSizeBytes'
    | 'outputSha256';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Null once the recording is gone: the retention then deletes the preview. */
  @ManyToOne(() => Recording, { nullable: true, unique: true, deleteRule: 'set null' })
  recording!: Recording | null;

  @Field(() => BrowserPreviewStatus)
  @Enum({ items: () => BrowserPreviewStatus, type: 'text', default: BrowserPreviewStatus.PENDING })
  status: BrowserPreviewStatus = BrowserPreviewStatus.PENDING;

  @Field(() => Float, { description: '0 to 1.' })
  @Property({ type: 'double', default: 0 })
  progress: number = 0;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Field(() => String, { nullable: true, description: 'Why the preview could not be made, in words a person can act on.' })
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @ManyToOne(() => TaskService, { nullable: true, deleteRule: 'set null' })
  taskService: TaskService | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  /** When its job was last sent; a PENDING preview whose job is older is queued again when asked for. */
  @Property({ type: 'timestamptz' })
  queuedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it became READY or FAILED.' })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  /** When a playback of it last started; the retention counts from here. */
  @Property({ type: 'timestamptz', nullable: true })
  lastPlayedAt: Date | null = null;

  /** Its key in the exports store, once READY. */
  @Property({ type: 'text', nullable: true })
  outputKey: string | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: new BigIntType('number'), nullable: true })
  outputSizeBytes: number | null = null;

  @Property({ type: 'text', nullable: true })
  outputSha256: string | null = null;
}
