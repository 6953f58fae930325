import { BigIntType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
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
    | 'hash'
    | 'chainPosition';

  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => Date)
  /** Set by the database's insert trigger (its clock at the insert); read back after the insert. */
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
   * prev_hash, hash and chain_position are written only by audit_link_events (see
   * server/src/audit/chainer.ts), after the row's transaction committed; until then they are null.
   * Declaring the hashes database-defaulted makes the ORM leave them out of inserts; the columns
   * have no actual default, hence ignoreSchemaChanges.
   */

  /** The hash of the event before this one in the chain (64 zeros for the first); null until linked. */
  @Field(() => String, {
    nullable: true,
    description:
      'Hash of the previous audit event in the chain (64 zeros for the first): the link of the hash chain. Null for the moment between the commit and the linking.',
  })
  @Property({ type: 'text', nullable: true, defaultRaw: `null`, ignoreSchemaChanges: ['default'] })
  prevHash: string | null = null;

  /** See chain-hash.ts for what it covers; null until linked. */
  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 (hex) of the canonical JSON of this event, previous hash included. Null for the moment between the commit and the linking.',
  })
  @Property({ type: 'text', nullable: true, unique: 'audit_events_hash_unique', defaultRaw: `null`, ignoreSchemaChanges: ['default'] })
  hash: string | null = null;

  /** 1, 2, 3, ... in chain order without gaps; null until linked. Not hashed: the links fix the order. */
  @Property({ type: new BigIntType('string'), nullable: true, unique: 'audit_events_chain_position_unique' })
  chainPosition: string | null = null;

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
