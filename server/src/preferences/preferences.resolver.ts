import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../access/request-context.js';
import { User } from '../auth/user.entity.js';
import { Preference } from './preference.types.js';
import type { PreferencesService } from './preferences.service.js';

@Resolver(() => User)
export class PreferencesResolver {
  constructor(private readonly preferencesService: PreferencesService) {}

  @FieldResolver(() => [Preference], { description: "The user's preferences (keys never set are absent). Visible to that user only." })
  preferences(@Root() user: User, @Ctx() { caller }: RequestContext): Promise<Preference[]> {
    return this.preferencesService.list(caller, user.id);
  }

  @Mutation(() => Preference, {
    description:
      "Sets one of the signed-in user's preferences. `value` is JSON text of the key's shape (see the README); an unknown key or a value of the wrong shape is BAD_USER_INPUT. Not audited.",
  })
  setPreference(
    @Arg('key', () => String) key: string,
    @Arg('value', () => String, { description: 'JSON text, at most 16 KiB.' }) value: string,
    @Ctx() { caller }: RequestContext,
  ): Promise<Preference> {
    return this.preferencesService.set(caller, key, value);
  }
}
