import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Group } from './group.entity.js';
import { Role } from '../access/role.js';

export enum RoleSource {
  DIRECT = 'DIRECT',
  GROUP = 'GROUP',
}
registerEnumType(RoleSource, {
  name: 'RoleSource',
  valuesConfig: { DIRECT: { description: 'Assigned to the user.' }, GROUP: { description: 'Held through membership of a group.' } },
});

@ObjectType({ description: 'One reason a user holds a role: assigned directly or through a group.' })
export class RoleGrant {
  @Field(() => Role)
  role!: Role;

  @Field(() => RoleSource)
  source!: RoleSource;

  @Field(() => Group, { nullable: true, description: 'The group the role comes from, when source is GROUP.' })
  group!: Group | null;
}

@InputType('CreateGroupInput')
export class CreateGroupInput {
  @Field(() => String)
  name!: string;

  @Field(() => [Role], { defaultValue: [] })
  roles!: Role[];
}
