import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../access/role.js';

@ObjectType({ description: 'A person or integration that signs in to Custodian.' })
@Entity({ tableName: 'users' })
export class User {
  [OptionalProps]?: 'createdAt' | 'disabled' | 'roles';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  username!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => [Role])
  @Property({ type: ArrayType, columnType: 'text[]' })
  roles: Role[] = [];

  @Property({ type: 'boolean' })
  disabled: boolean = false;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
