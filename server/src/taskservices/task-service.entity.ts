import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * A task service worker, as it registered itself. It takes export tasks only while `authorized`;
 * the claim of a task checks that in SQL, so a worker that missed a revocation cannot claim.
 */
@ObjectType({ description: 'A task service worker: a process that converts export tasks, on this machine or another.' })
@Entity({ tableName: 'task_services' })
export class TaskService {
  [OptionalProps]?: 'authorized' | 'authorizedAt' | 'authorizedBy' | 'revokedAt' | 'revokedBy' | 'stoppedAt' | 'runningTasks' | 'registeredAt' | 'online';

  /** Stable across restarts: kept in the data folder under the worker's name. */
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'WORKER_NAME, or the host name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  hostName!: string;

  @Field(() => String, { description: 'Custodian version the worker runs.' })
  @Property({ type: 'text' })
  softwareVersion!: string;

  @Field(() => Int, { description: 'Exports it runs at once.' })
  @Property({ type: 'integer' })
  concurrency!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  ffmpegVersion!: string;

  @Field(() => String, { description: 'Which ffmpeg binary it uses, and why (setting, system, npm package).' })
  @Property({ type: 'text' })
  ffmpegSource!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  registeredAt: Date = new Date();

  @Field(() => Date, { description: 'When the worker process last started.' })
  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  lastHeartbeatAt!: Date;

  /** Set when the worker shut down cleanly, so it shows offline at once. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  stoppedAt: Date | null = null;

  /** The worker counts as offline after this long without a heartbeat. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  heartbeatTimeoutSeconds!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  runningTasks: number = 0;

  @Field(() => Boolean, { description: 'Only authorized task services take export tasks.' })
  @Property({ type: 'boolean' })
  authorized: boolean = false;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  authorizedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Username of the administrator who authorized it; null when the system did.' })
  @Property({ type: 'text', nullable: true })
  authorizedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  revokedBy: string | null = null;

  @Field(() => Boolean, { description: 'Running, with a heartbeat within its timeout.' })
  get online(): boolean {
    if (this.stoppedAt && this.stoppedAt >= this.lastHeartbeatAt) return false;
    return Date.now() - this.lastHeartbeatAt.getTime() < this.heartbeatTimeoutSeconds * 1000;
  }
}
