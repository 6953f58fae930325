import { randomUUID } from 'node:crypto';
import { ArrayType, Collection, Entity, ManyToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../access/role.js';
import { GroupMember } from './group-member.entity.js';
import { User } from './user.entity.js';

/** A named set of users; roles given to a group are held by each of its members. */
@ObjectType({ description: 'A set of users that receive the roles given to the group.' })
@Entity({ tableName: 'groups' })
export class Group {
  [OptionalProps]?: 'createdAt' | 'roles';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  name!: string;

  @Field(() => [Role], { description: 'Roles given to the group, held by every member.' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  roles: Role[] = [];

  @ManyToMany({ entity: () => User, pivotEntity: () => GroupMember })
  members = new Collection<User>(this);

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
