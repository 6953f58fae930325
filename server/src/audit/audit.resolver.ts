import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canReadAudit, canSeeRestricted } from '../auth/permissions.js';
import type { RequestContext } from '../graphql/context.js';
import type { Page } from '../graphql/page-info.js';
import { requireViewer } from '../graphql/require.js';
import { Recording } from '../recordings/recording.entity.js';
import { AuditCheckpoint } from './audit-checkpoint.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditCheckpointConnection, AuditEventConnection, ExportAuditFilterInput } from './audit.types.js';
import { listCheckpoints, writeCheckpoint } from './checkpoints.js';
import { checkAuditIntegrity } from './integrity.js';
import { AuditIntegrityReport } from './integrity.types.js';

const AUDIT_REFUSAL = 'The export audit needs the LOGGING_READER role.';

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The export audit trail, newest first (LOGGING_READER).' })
  exportAudit(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ExportAuditFilterInput, { nullable: true }) filter?: ExportAuditFilterInput,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<AuditEvent>> {
    requireViewer(ctx.viewer, canReadAudit, AUDIT_REFUSAL);
    return ctx.audit.exportAudit(filter ?? {}, first, after);
  }

  @Query(() => AuditIntegrityReport, {
    description: 'Walks the whole audit hash chain and checks every signed checkpoint; reports the first broken link (LOGGING_READER).',
  })
  auditIntegrity(@Ctx() ctx: RequestContext): Promise<AuditIntegrityReport> {
    requireViewer(ctx.viewer, canReadAudit, AUDIT_REFUSAL);
    return checkAuditIntegrity(ctx.em, ctx.keyRing);
  }

  @Query(() => AuditCheckpointConnection, { description: 'Signed checkpoints of the audit chain head, newest first (LOGGING_READER).' })
  auditCheckpoints(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<AuditCheckpoint>> {
    requireViewer(ctx.viewer, canReadAudit, AUDIT_REFUSAL);
    return listCheckpoints(ctx.em, first, after);
  }

  @Mutation(() => AuditCheckpoint, {
    nullable: true,
    description: 'Signs a checkpoint of the current chain head now, e.g. before copying the log; null when the newest checkpoint already covers it (LOGGING_READER).',
  })
  createAuditCheckpoint(@Ctx() ctx: RequestContext): Promise<AuditCheckpoint | null> {
    requireViewer(ctx.viewer, canReadAudit, AUDIT_REFUSAL);
    return writeCheckpoint(ctx.em, ctx.keyRing);
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
