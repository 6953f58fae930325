import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { canReadAudit } from '../auth/permissions.js';
import type { RequestContext } from '../graphql/context.js';
import type { Page } from '../graphql/page-info.js';
import { requireViewer } from '../graphql/require.js';
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
}
