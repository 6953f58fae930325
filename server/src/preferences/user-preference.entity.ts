import { Entity, JsonType, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { User } from '../auth/user.entity.js';

/** One preference of one user (how the web app shows things to them); see preference-keys.ts. */
@Entity({ tableName: 'user_preferences' })
export class UserPreference {
  [PrimaryKeyProp]?: ['user', 'key'];

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user!: User;

  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: JsonType })
  value!: unknown;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
