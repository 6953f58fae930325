import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../access/request-context.js';
import type { AuthService } from './auth.service.js';
import { CreateUserInput, SignInPayload } from './auth.types.js';
import { User } from './user.entity.js';
import type { UsersService } from './users.service.js';

@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly authService: AuthService,
    private readonly usersService: UsersService,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() { caller }: RequestContext): Promise<User | null> {
    return this.usersService.me(caller);
  }

  @Mutation(() => SignInPayload, {
    description:
      'Signs in; also sets an HttpOnly session cookie for browsers. Attempts are limited per account and per client address: a refusal is TOO_MANY_REQUESTS with extensions.retryAfterSeconds.',
  })
  async signIn(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SignInPayload> {
    const { user, token } = await this.authService.signIn(username, password, ctx.caller.clientAddress);
    ctx.cookie?.set(token);
    // The rest of this request answers as the user who just signed in: the payload's own fields
    // (canExport, roleGrants, ...) are visible to that user only, and the web app asks for them here.
    ctx.caller.viewer = await this.authService.authenticate(token);
    return { user, token };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session and closes websockets opened with it (API tokens stay valid until revoked).' })
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    ctx.cookie?.clear();
    return this.authService.signOut(ctx.caller);
  }

  @Mutation(() => User, { description: 'Creates a user with roles (ADMINISTRATOR only).' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() { caller }: RequestContext): Promise<User> {
    return this.usersService.create(caller, input);
  }
}
