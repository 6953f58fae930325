import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isUuid } from '../common/keyset.js';
import type { RequestContext } from '../graphql/context.js';
import { requireViewer } from '../graphql/require.js';
import { ApiToken } from './api-token.entity.js';
import { CreatedApiToken } from './auth.types.js';
import { canAdminister } from './permissions.js';
import { User } from './user.entity.js';

/** API tokens: everyone manages their own; administrators see and revoke anyone's. */
@Resolver(() => ApiToken)
export class ApiTokensResolver {
  @Mutation(() => CreatedApiToken, { description: 'Creates an API token for the signed-in user; the secret is shown once.' })
  createApiToken(@Arg('name', () => String) name: string, @Ctx() ctx: RequestContext): Promise<CreatedApiToken> {
    return ctx.auth.createApiToken(requireViewer(ctx.viewer), name, ctx.clientAddress);
  }

  @Query(() => [ApiToken], { description: "API tokens that are not revoked: the signed-in user's, or with allUsers every user's (ADMINISTRATOR only)." })
  apiTokens(@Ctx() ctx: RequestContext, @Arg('allUsers', () => Boolean, { defaultValue: false }) allUsers = false): Promise<ApiToken[]> {
    const viewer = allUsers ? requireViewer(ctx.viewer, canAdminister, "Other users' API tokens are visible to administrators only.") : requireViewer(ctx.viewer);
    return ctx.auth.listApiTokens(viewer, allUsers);
  }

  @Mutation(() => Boolean, {
    description: 'Revokes an API token (your own, or anyone\'s as ADMINISTRATOR); websockets opened with it are closed. False when there was none to revoke.',
  })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    return isUuid(id) ? ctx.auth.revokeApiToken(viewer, id, ctx.clientAddress) : false;
  }

  @FieldResolver(() => User, { description: 'Whose token it is.' })
  async owner(@Root() token: ApiToken, @Ctx() ctx: RequestContext): Promise<User> {
    return token.user.username ? token.user : ctx.em.findOneOrFail(User, { id: token.user.id });
  }
}
