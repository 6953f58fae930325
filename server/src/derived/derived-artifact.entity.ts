import { randomUUID } from 'node:crypto';
import { ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { TaskService } from '../taskservices/task-service.entity.js';

/**
 * The columns every artifact a task service derives from a recording shares (a browser preview,
 * an idle stretch scan): who makes it, how far it is, and when it was asked for, started, last
 * heard of and finished. derived-lifecycle.ts is what moves them. Each kind adds its recording
 * link, its status enum and the columns of its result.
 */
@ObjectType()
export abstract class DerivedArtifact<ResultProps extends string = never> {
  /** What MikroORM may leave out when creating a row: these columns, and the kind's result columns. */
  [OptionalProps]?: 'status' | 'progress' | 'attempts' | 'error' | 'taskService' | 'startedAt' | 'heartbeatAt' | 'finishedAt' | ResultProps;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Float, { description: '0 to 1.' })
  @Property({ type: 'double', default: 0 })
  progress: number = 0;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Field(() => String, { nullable: true, description: 'Why it could not be made, in words a person can act on.' })
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @ManyToOne(() => TaskService, { nullable: true, deleteRule: 'set null' })
  taskService: TaskService | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  /** When its job was last sent; a PENDING one whose job is older is queued again when asked for. */
  @Property({ type: 'timestamptz' })
  queuedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it became READY or FAILED.' })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
