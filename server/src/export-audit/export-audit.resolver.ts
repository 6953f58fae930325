import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../access/request-context.js';
import { AuditCheckpoint } from '../audit/audit-checkpoint.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditIntegrityReport } from '../audit/integrity.types.js';
import type { Page } from '../common/page.js';
import { Recording } from '../recordings/recording.entity.js';
import type { ExportAuditService } from './export-audit.service.js';
import { AuditCheckpointConnection, AuditEventConnection, ExportAuditFilterInput } from './export-audit.types.js';

@Resolver(() => AuditEvent)
export class ExportAuditResolver {
  constructor(private readonly auditService: ExportAuditService) {}

  @Query(() => AuditEventConnection, { description: 'The export audit trail, newest first (LOGGING_READER).' })
  exportAudit(
    @Ctx() { caller }: RequestContext,
    @Arg('filter', () => ExportAuditFilterInput, { nullable: true }) filter?: ExportAuditFilterInput,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<AuditEvent>> {
    return this.auditService.exportAudit(caller, filter ?? {}, first, after);
  }

  @Query(() => AuditIntegrityReport, {
    description:
      'Walks the audit hash chain and checks the signed checkpoints; reports the first broken link (LOGGING_READER). Starts after the newest checkpoint an earlier check verified, unless `full`.',
  })
  auditIntegrity(
    @Ctx() { caller }: RequestContext,
    @Arg('full', () => Boolean, { defaultValue: false, description: 'Walk the whole chain, finding changes to events an earlier check verified too.' })
    full = false,
  ): Promise<AuditIntegrityReport> {
    return this.auditService.integrity(caller, full);
  }

  @Query(() => AuditCheckpointConnection, { description: 'Signed checkpoints of the audit chain head, newest first (LOGGING_READER).' })
  auditCheckpoints(
    @Ctx() { caller }: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<AuditCheckpoint>> {
    return this.auditService.checkpoints(caller, first, after);
  }

  @Mutation(() => AuditCheckpoint, {
    nullable: true,
    description:
      'Signs a checkpoint of the current chain head now, e.g. before copying the log; null when the newest checkpoint already covers it (LOGGING_READER).',
  })
  createAuditCheckpoint(@Ctx() { caller }: RequestContext): Promise<AuditCheckpoint | null> {
    return this.auditService.createCheckpoint(caller);
  }

  @FieldResolver(() => Recording, {
    nullable: true,
    description: 'The recording the event is about, when it still exists and the reader may see it (restricted ones need PRIVILEGED_PLAYER).',
  })
  recording(@Root() event: AuditEvent, @Ctx() { caller }: RequestContext): Promise<Recording | null> {
    return this.auditService.recordingOf(caller, event);
  }
}
