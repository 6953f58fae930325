import { Entity, PrimaryKey } from '@mikro-orm/core';
import type { AuditAction } from './audit-action.js';

/**
 * The actions an audit row may record, one row each, referenced by audit_events.action. The
 * AuditAction enum is their name in code; a test keeps the two equal, and a new action is a
 * migration that inserts its row.
 */
@Entity({ tableName: 'audit_actions' })
export class AuditActionName {
  @PrimaryKey({ type: 'text' })
  name!: AuditAction;
}
