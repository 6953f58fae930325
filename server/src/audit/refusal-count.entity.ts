import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * Refused requests counted per principal (a user, an account name or a client address) and
 * minute: what keeps a flood of refusals from flooding the audit trail (see refusal-throttle.ts).
 */
@Entity({ tableName: 'audit_refusal_counts' })
@Index({ properties: ['windowStart'] })
export class AuditRefusalCount {
  [PrimaryKeyProp]?: ['principal', 'windowStart'];

  @PrimaryKey({ type: 'text' })
  principal!: string;

  @PrimaryKey({ type: 'timestamptz' })
  windowStart!: Date;

  @Property({ type: 'integer', default: 0 })
  count!: number;

  /** Whether the refusals beyond the limit have been summarized in a REFUSALS_SUPPRESSED row. */
  @Property({ type: 'boolean', default: false })
  reported!: boolean;
}
