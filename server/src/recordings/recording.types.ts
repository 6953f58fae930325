import { Field, InputType } from 'type-graphql';
import { connectionType } from '../common/page.js';
import { RecordingOrderField, SortDirection } from './recording-order.js';
import { Recording } from './recording.entity.js';
import { RecordingKind } from './recording-kind.js';

@InputType('RecordingFilter')
export class RecordingFilterInput {
  @Field(() => String, { nullable: true })
  userName?: string | null;

  @Field(() => String, { nullable: true })
  serverName?: string | null;

  @Field(() => String, { nullable: true })
  clientName?: string | null;

  @Field(() => String, { nullable: true })
  clientIp?: string | null;

  @Field(() => String, { nullable: true })
  application?: string | null;

  @Field(() => Date, { nullable: true })
  startedFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  startedTo?: Date | null;

  @Field(() => String, { nullable: true, description: 'Matches any of user, server, client name, client IP and applications.' })
  text?: string | null;

  @Field(() => RecordingKind, { nullable: true })
  kind?: RecordingKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only restricted (true) or only unrestricted (false) recordings; restricted ones are listed only to PRIVILEGED_PLAYER.',
  })
  restricted?: boolean | null;
}

@InputType('RecordingOrder')
export class RecordingOrderInput {
  @Field(() => RecordingOrderField, { defaultValue: RecordingOrderField.STARTED_AT })
  field!: RecordingOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction!: SortDirection;
}

export const RecordingConnection = connectionType('Recording', Recording);
