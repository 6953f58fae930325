import { randomUUID } from 'node:crypto';
import { ArrayType, BigIntType, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** One recorded session as cataloged: who, where from, when, and the file that holds it. */
@ObjectType()
@Entity({ tableName: 'recordings' })
@Index({ properties: ['startedAt', 'id'] })
@Index({ properties: ['userName', 'id'] })
@Index({ properties: ['serverName', 'id'] })
@Index({ properties: ['clientName', 'id'] })
@Index({ properties: ['durationSeconds', 'id'] })
@Index({ properties: ['sizeBytes', 'id'] })
export class Recording {
  [OptionalProps]?: 'importedAt' | 'restricted' | 'applications';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The account name of the recorded user. */
  @Field(() => String)
  @Property({ type: 'text' })
  userName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  serverName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  clientName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  clientIp!: string;

  @Field(() => [String])
  @Property({ type: ArrayType, columnType: 'text[]' })
  applications: string[] = [];

  @Field(() => String)
  @Property({ type: 'text' })
  protocol!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  endedAt!: Date;

  @Field(() => Float)
  @Property({ type: 'double' })
  durationSeconds!: number;

  @Field(() => Float)
  @Property({ type: new BigIntType('number') })
  sizeBytes!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  format!: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  width: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  height: number | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  hasAudio!: boolean;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  restricted: boolean = false;

  /** Path of the source file, relative to the recordings folder when it lies inside it. */
  @Field(() => String)
  @Property({ type: 'text' })
  sourceLocation!: string;

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  sourceSha256!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  importedAt: Date = new Date();
}
