import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Server settings that administrators change.' })
export class Settings {
  @Field(() => Boolean, { description: 'Enable the export task service: while false, exportRecordings is refused with TASK_SERVICE_DISABLED.' })
  taskServiceEnabled!: boolean;
}

@InputType('UpdateSettingsInput')
export class UpdateSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Enable the export task service.' })
  taskServiceEnabled?: boolean | null;
}
