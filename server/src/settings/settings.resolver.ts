import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { canAdminister } from '../auth/permissions.js';
import type { RequestContext } from '../graphql/context.js';
import { requireViewer } from '../graphql/require.js';
import { Settings, UpdateSettingsInput } from './settings.types.js';

@Resolver(() => Settings)
export class SettingsResolver {
  @Query(() => Settings, { description: 'Server settings (any signed-in user may read them).' })
  settings(@Ctx() ctx: RequestContext): Promise<Settings> {
    requireViewer(ctx.viewer);
    return ctx.settings.get();
  }

  @Mutation(() => Settings, { description: 'Changes server settings (ADMINISTRATOR only); each change is audited as SETTINGS_CHANGED.' })
  updateSettings(@Arg('input', () => UpdateSettingsInput) input: UpdateSettingsInput, @Ctx() ctx: RequestContext): Promise<Settings> {
    const viewer = requireViewer(ctx.viewer, canAdminister, 'Changing settings needs the ADMINISTRATOR role.');
    return ctx.settings.update(viewer, input);
  }
}
