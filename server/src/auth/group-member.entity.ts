import { Entity, Index, ManyToOne, PrimaryKeyProp, type Rel } from '@mikro-orm/core';
import { Group } from './group.entity.js';
import { User } from './user.entity.js';

/** Membership of a user in a group: the pivot of Group.members, indexed by user because effective roles are looked up by member on every request. */
@Entity({ tableName: 'group_members' })
@Index({ properties: ['user'] })
export class GroupMember {
  [PrimaryKeyProp]?: ['group', 'user'];

  @ManyToOne(() => Group, { primary: true, deleteRule: 'cascade' })
  // Rel: the two entity modules import each other.
  group!: Rel<Group>;

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user!: Rel<User>;
}
