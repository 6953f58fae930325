import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { AuditActionName } from './audit-action-name.entity.js';
import { AUDIT_ACTION_LABELS, AuditAction, AuditOutcome } from './audit-action.js';

/**
 * One row of the export audit trail. It holds names and ids, not foreign keys, so that it
 * outlives whatever it talks about.
 */
@ObjectType({ description: 'One entry of the export audit trail.' })
@Entity({ tableName: 'audit_events' })
@Index({ properties: ['occurredAt', 'id'] })
@Index({ properties: ['recordingId'] })
@Index({ properties: ['actorName'] })
export class AuditEvent {
  [OptionalProps]?:
    | 'actionLabel'
    | 'withheld'
    | 'redactedForReader'
    | 'occurredAt'
    | 'actorId'
    | 'actorName'
    | 'recordingId'
    | 'taskId'
    | 'reason'
    | 'detail'
    | 'clientAddress'
    | 'prevHash'
    | 'hash';

  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => Date)
  /** Set by the database's insert trigger, under the chain lock; read back after the insert. */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  occurredAt!: Date;

  @Field(() => AuditAction)
  @ManyToOne(() => AuditActionName, { mapToPk: true, fieldName: 'action', updateRule: 'no action', deleteRule: 'no action' })
  action!: AuditAction;

  @Field(() => AuditOutcome)
  @Enum({ items: () => AuditOutcome, type: 'text' })
  outcome!: AuditOutcome;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Field(() => String, { name: 'actor', nullable: true, description: 'Username of whoever acted; null for the system.' })
  @Property({ type: 'text', nullable: true })
  actorName: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  recordingId: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  taskId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  clientAddress: string | null = null;

  /*
   * prev_hash and hash are written only by the database's insert trigger (audit_events_chain), under
   * the chain lock. Declaring them database-defaulted makes the ORM leave them out of inserts and
   * read them back with RETURNING; the column has no actual default, hence ignoreSchemaChanges.
   */

  /** The hash of the event before this one (64 zeros for the first). */
  @Field(() => String, { description: 'Hash of the previous audit event (64 zeros for the first): the link of the hash chain.' })
  @Property({ type: 'text', defaultRaw: `''`, ignoreSchemaChanges: ['default'] })
  prevHash!: string;

  /** See chain-hash.ts for what it covers. */
  @Field(() => String, { description: 'SHA-256 (hex) of the canonical JSON of this event, previous hash included.' })
  @Property({ type: 'text', unique: 'audit_events_hash_unique', defaultRaw: `''`, ignoreSchemaChanges: ['default'] })
  hash!: string;

  /** How the action is shown to people, e.g. "Export recording". */
  @Field(() => String)
  get actionLabel(): string {
    return AUDIT_ACTION_LABELS[this.action];
  }

  /** Set on the copies of rows about a restricted recording handed to readers who may not see it (never stored). */
  redactedForReader?: true;

  @Field(() => Boolean, {
    description:
      'True when the event is about a restricted recording the reader may not see: its recording, task, reason and detail are withheld (null); its hash then cannot be recomputed by this reader.',
  })
  get withheld(): boolean {
    return this.redactedForReader === true;
  }
}
