import { BigIntType, Check, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { checkpointStatement } from './checkpoint-statement.js';

/**
 * A signed statement that the audit chain had `eventCount` events ending at `headEventId` with
 * `headHash` at `createdAt`. Rows cut off the end of the chain later no longer match it.
 */
@ObjectType({ description: 'A signed checkpoint of the audit hash chain head.' })
@Entity({ tableName: 'audit_checkpoints' })
@Index({ properties: ['headEventId', 'id'] })
export class AuditCheckpoint {
  [OptionalProps]?: 'signedText';

  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /*
   * 1, 2, 3, ... with no gaps: assigned under the checkpoint lock as the largest number plus one
   * (an id can be skipped by a rolled-back insert). It is the checkpoint's line in the checkpoint
   * log and what the log and the database are compared by. Not part of the signed text, so that
   * checkpoints signed before numbers existed still verify.
   */
  @Field(() => Int, { description: 'Position in the sequence of checkpoints (1, 2, 3, ... without gaps), the same in the checkpoint log.' })
  @Property({ type: new BigIntType('number'), unique: true })
  number!: number;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => ID, { description: 'Id of the newest audit event covered.' })
  @Property({ type: new BigIntType('string') })
  headEventId!: string;

  @Field(() => String, { description: 'Hash of that event.' })
  @Property({ type: 'text' })
  headHash!: string;

  @Field(() => Int, { description: 'Number of audit events in the chain up to and including the head.' })
  @Property({ type: new BigIntType('string') })
  eventCount!: string;

  @Field(() => String, { description: 'Id of the Ed25519 key that signed (its public key is in the signing key folder).' })
  @Property({ type: 'text' })
  keyId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  algorithm!: 'Ed25519';

  @Field(() => String, { description: 'Base64 signature over `signedText`.' })
  @Property({ type: 'text' })
  signature!: string;

  /** Verify offline: Ed25519 over these UTF-8 bytes with the public key `keyId`. */
  @Field(() => String, { description: 'The exact text that was signed (canonical JSON), for verifying with the public key alone.' })
  get signedText(): string {
    return checkpointStatement(this);
  }
}

/** The last link of the chain, moved by audit_link_events (never written by the application). */
@Entity({ tableName: 'audit_chain_head' })
@Check({ name: 'audit_chain_head_id_check', expression: '"id" = 1' })
export class AuditChainHead {
  @PrimaryKey({ type: 'int', autoincrement: false })
  id!: number;

  @Property({ type: new BigIntType('string'), nullable: true })
  lastEventId!: string | null;

  @Property({ type: 'text' })
  lastHash!: string;

  @Property({ type: new BigIntType('string') })
  eventCount!: string;
}
