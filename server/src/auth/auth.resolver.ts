import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { requireViewer } from '../graphql/require.js';
import { isUuid } from '../common/keyset.js';
import { ApiToken } from './api-token.entity.js';
import { CreatedApiToken, CreateUserInput, SignInPayload } from './auth.types.js';
import { canAdminister, canExport, canReadAudit, canViewTasks } from './permissions.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: RequestContext): User | null {
    return ctx.viewer?.user ?? null;
  }

  @Mutation(() => SignInPayload, { description: 'Signs in; also sets an HttpOnly session cookie for browsers.' })
  async signIn(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() ctx: RequestContext): Promise<SignInPayload> {
    const { user, token } = await ctx.auth.signIn(username, password, ctx.clientAddress);
    ctx.cookie?.set(token);
    return { user, token };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (API tokens stay valid until revoked).' })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    ctx.cookie?.clear();
    if (!ctx.viewer) return false;
    await ctx.auth.signOut(ctx.viewer);
    return true;
  }

  @Mutation(() => User, { description: 'Creates a user with roles (ADMINISTRATOR only).' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    requireViewer(ctx.viewer, canAdminister, 'Creating users needs the ADMINISTRATOR role.');
    return ctx.auth.createUser(input);
  }

  @Mutation(() => CreatedApiToken, { description: 'Creates an API token for the signed-in user; the secret is shown once.' })
  createApiToken(@Arg('name', () => String) name: string, @Ctx() ctx: RequestContext): Promise<CreatedApiToken> {
    return ctx.auth.createApiToken(requireViewer(ctx.viewer), name);
  }

  @Query(() => [ApiToken], { description: "The signed-in user's API tokens that are not revoked." })
  apiTokens(@Ctx() ctx: RequestContext): Promise<ApiToken[]> {
    return ctx.auth.listApiTokens(requireViewer(ctx.viewer));
  }

  @Mutation(() => Boolean, { description: 'Revokes one of your API tokens; false when there was none with this id.' })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    return isUuid(id) ? ctx.auth.revokeApiToken(viewer, id) : false;
  }

  @FieldResolver(() => Boolean, { description: 'True when the user holds both LOGGING_READER and PRIVILEGED_PLAYER.' })
  canExport(@Root() user: User): boolean {
    return canExport(user.roles);
  }

  @FieldResolver(() => Boolean, { description: 'True when the user may read export tasks (exporters and LOGGING_READERs).' })
  canViewTasks(@Root() user: User): boolean {
    return canViewTasks(user.roles);
  }

  @FieldResolver(() => Boolean, { description: 'True when the user may read the export audit (LOGGING_READER).' })
  canReadAudit(@Root() user: User): boolean {
    return canReadAudit(user.roles);
  }
}
