import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../access/request-context.js';
import { ApiToken } from './api-token.entity.js';
import type { AuthService } from './auth.service.js';
import { CreatedApiToken } from './auth.types.js';
import { User } from './user.entity.js';

/** API tokens: everyone manages their own; administrators see and revoke anyone's. */
@Resolver(() => ApiToken)
export class ApiTokensResolver {
  constructor(private readonly authService: AuthService) {}

  @Mutation(() => CreatedApiToken, { description: 'Creates an API token for the signed-in user; the secret is shown once.' })
  createApiToken(@Arg('name', () => String) name: string, @Ctx() { caller }: RequestContext): Promise<CreatedApiToken> {
    return this.authService.createApiToken(caller, name);
  }

  @Query(() => [ApiToken], { description: "API tokens that are not revoked: the signed-in user's, or with allUsers every user's (ADMINISTRATOR only)." })
  apiTokens(@Ctx() { caller }: RequestContext, @Arg('allUsers', () => Boolean, { defaultValue: false }) allUsers = false): Promise<ApiToken[]> {
    return this.authService.listApiTokens(caller, allUsers);
  }

  @Mutation(() => Boolean, {
    description: "Revokes an API token (your own, or anyone's as ADMINISTRATOR); websockets opened with it are closed. False when there was none to revoke.",
  })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() { caller }: RequestContext): Promise<boolean> {
    return this.authService.revokeApiToken(caller, id);
  }

  @FieldResolver(() => User, { description: 'Whose token it is.' })
  owner(@Root() token: ApiToken): User {
    // Every query that returns tokens populates their user.
    return token.user;
  }
}
