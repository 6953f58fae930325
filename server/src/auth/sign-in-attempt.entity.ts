import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One sign-in attempt, counted against an account name and against a client address. The rows
 * live in PostgreSQL so the limits hold across every API process.
 */
@Entity({ tableName: 'sign_in_attempts' })
@Index({ properties: ['scope', 'key', 'attemptedAt'] })
export class SignInAttempt {
  [OptionalProps]?: 'attemptedAt';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** 'account' (the username as typed, lower-cased) or 'address' (the client address). */
  @Property({ type: 'text' })
  scope!: string;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  attemptedAt: Date = new Date();
}
