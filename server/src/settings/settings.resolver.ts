import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../access/request-context.js';
import { Settings, UpdateSettingsInput } from './settings.types.js';
import type { SettingsService } from './settings.service.js';

@Resolver(() => Settings)
export class SettingsResolver {
  constructor(private readonly settingsService: SettingsService) {}

  @Query(() => Settings, { description: 'Server settings (any signed-in user may read them).' })
  settings(@Ctx() { caller }: RequestContext): Promise<Settings> {
    return this.settingsService.get(caller);
  }

  @Mutation(() => Settings, { description: 'Changes server settings (ADMINISTRATOR only); each change is audited as SETTINGS_CHANGED.' })
  updateSettings(@Arg('input', () => UpdateSettingsInput) input: UpdateSettingsInput, @Ctx() { caller }: RequestContext): Promise<Settings> {
    return this.settingsService.update(caller, input);
  }
}
