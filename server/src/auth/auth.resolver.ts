import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { requireViewer } from '../graphql/require.js';
import { CreateUserInput, SignInPayload } from './auth.types.js';
import { canAdminister } from './permissions.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: RequestContext): User | null {
    return ctx.viewer?.user ?? null;
  }

  @Mutation(() => SignInPayload, {
    description: 'Signs in; also sets an HttpOnly session cookie for browsers. Attempts are limited per account and per client address: a refusal is TOO_MANY_REQUESTS with extensions.retryAfterSeconds.',
  })
  async signIn(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() ctx: RequestContext): Promise<SignInPayload> {
    const { user, token } = await ctx.auth.signIn(username, password, ctx.clientAddress);
    ctx.cookie?.set(token);
    // The rest of this request answers as the user who just signed in: the payload's own fields
    // (canExport, roleGrants, ...) are visible to that user only, and the web app asks for them here.
    ctx.viewer = await ctx.auth.authenticate(token);
    return { user, token };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session and closes websockets opened with it (API tokens stay valid until revoked).' })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    ctx.cookie?.clear();
    if (!ctx.viewer) return false;
    await ctx.auth.signOut(ctx.viewer);
    return true;
  }

  @Mutation(() => User, { description: 'Creates a user with roles (ADMINISTRATOR only).' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.users.create(requireViewer(ctx.viewer, canAdminister, 'Creating users needs the ADMINISTRATOR role.'), input);
  }
}
