import { Field, ID, InputType } from 'type-graphql';
import { connectionType } from '../common/page.js';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { AuditCheckpoint } from '../audit/audit-checkpoint.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';

@InputType('ExportAuditFilter')
export class ExportAuditFilterInput {
  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'Username of the actor.' })
  actor?: string | null;

  @Field(() => ID, { nullable: true })
  recordingId?: string | null;

  @Field(() => [AuditAction], { nullable: true })
  action?: AuditAction[] | null;

  @Field(() => [AuditOutcome], { nullable: true })
  outcome?: AuditOutcome[] | null;
}

export const AuditEventConnection = connectionType('AuditEvent', AuditEvent);

export const AuditCheckpointConnection = connectionType('AuditCheckpoint', AuditCheckpoint);
