import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Server settings that administrators change.' })
export class Settings {
  @Field(() => Boolean, { description: 'Whether recordings may be exported: while false, exportRecordings is refused with EXPORTS_DISABLED.' })
  exportsEnabled!: boolean;
}

@InputType('UpdateSettingsInput')
export class UpdateSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Allow or stop exports.' })
  exportsEnabled?: boolean | null;
}
