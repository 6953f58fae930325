import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One preference of the signed-in user: how the web app shows things to them.' })
export class Preference {
  @Field(() => String, { description: 'timeZone, density, columns.recordings, columns.tasks, columns.audit or savedAuditQueries.' })
  key!: string;

  @Field(() => String, { description: 'The value as JSON text, e.g. \'"LOCAL"\' or \'["start","user"]\'.' })
  value!: string;

  @Field(() => Date)
  updatedAt!: Date;
}
