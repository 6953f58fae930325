import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';

/** One call of exportRecordings: who asked, why, and the key that makes repeating it safe. */
@ObjectType({ description: "One call of exportRecordings: its reason, its requester (the tasks' requestedBy) and when it was made." })
@Entity({ tableName: 'export_requests' })
@Unique({ properties: ['requestedBy', 'idempotencyKey'] })
export class ExportRequest {
  [OptionalProps]?: 'createdAt' | 'idempotencyKey' | 'clientAddress' | 'requestedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User)
  requestedBy!: User;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'text', nullable: true })
  clientAddress: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When exportRecordings was called.' })
  get requestedAt(): Date {
    return this.createdAt;
  }
}
