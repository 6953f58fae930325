import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../auth/user.entity.js';

/** One call of exportRecordings: who asked, why, and the key that makes repeating it safe. */
@Entity({ tableName: 'export_requests' })
@Unique({ properties: ['requestedBy', 'idempotencyKey'] })
export class ExportRequest {
  [OptionalProps]?: 'createdAt' | 'idempotencyKey' | 'clientAddress';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User)
  requestedBy!: User;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'text', nullable: true })
  clientAddress: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
