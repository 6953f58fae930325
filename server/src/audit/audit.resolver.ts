import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { canReadAudit, canSeeRestricted } from '../auth/permissions.js';
import type { RequestContext } from '../graphql/context.js';
import type { Page } from '../graphql/page-info.js';
import { requireViewer } from '../graphql/require.js';
import { Recording } from '../recordings/recording.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEventConnection, ExportAuditFilterInput } from './audit.types.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The export audit trail, newest first (LOGGING_READER).' })
  exportAudit(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ExportAuditFilterInput, { nullable: true }) filter?: ExportAuditFilterInput,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<AuditEvent>> {
    requireViewer(ctx.viewer, canReadAudit, 'The export audit needs the LOGGING_READER role.');
    return ctx.audit.exportAudit(filter ?? {}, first, after);
  }

  @FieldResolver(() => Recording, {
    nullable: true,
    description: 'The recording the event is about, when it still exists and the reader may see it (restricted ones need PRIVILEGED_PLAYER).',
  })
  async recording(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<Recording | null> {
    if (!event.recordingId || !ctx.viewer) return null;
    const recording = await ctx.recordingById.load(event.recordingId);
    return recording && (!recording.restricted || canSeeRestricted(ctx.viewer.roles)) ? recording : null;
  }
}
