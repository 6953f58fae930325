import { Field, InputType, ObjectType } from 'type-graphql';
import { ApiToken } from './api-token.entity.js';
import { Role } from '../access/role.js';
import { User } from './user.entity.js';

@ObjectType()
export class SignInPayload {
  @Field(() => User)
  user!: User;

  @Field(() => String, { description: 'Bearer token for the Authorization header or the websocket connection_init payload.' })
  token!: string;
}

@ObjectType()
export class CreatedApiToken {
  @Field(() => ApiToken)
  apiToken!: ApiToken;

  @Field(() => String, { description: 'The secret, shown only this once.' })
  secret!: string;
}

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field(() => String)
  username!: string;

  @Field(() => String)
  password!: string;

  @Field(() => [Role])
  roles!: Role[];
}
