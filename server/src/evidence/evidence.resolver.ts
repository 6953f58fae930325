import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { ExportTask } from '../exports/export-task.entity.js';
import { ExportTaskStatus } from '../exports/export-task-status.js';
import { ExportManifest } from './export-manifest.entity.js';
import { ExportVerification, SigningKey } from './evidence.types.js';
import { evidenceBundleUrl } from './evidence-bundle-url.js';

@Resolver(() => ExportTask)
export class EvidenceResolver {
  @Query(() => [SigningKey], {
    description: 'The public keys that sign export manifests, newest first. Public, like /.well-known/custodian-signing-keys.json.',
  })
  signingKeys(@Ctx() ctx: RequestContext): Promise<SigningKey[]> {
    return ctx.evidence.signingKeys();
  }

  @Query(() => ExportVerification, {
    description: 'Whether a file with this SHA-256 is an export, and whether its signed manifest holds. LOGGING_READER or the roles to export; audited.',
  })
  verifyExport(@Arg('sha256', () => String) sha256: string, @Ctx() ctx: RequestContext): Promise<ExportVerification> {
    return ctx.evidence.verifyExport(ctx.viewer, sha256);
  }

  @FieldResolver(() => ExportManifest, { nullable: true, description: 'The signed manifest, once COMPLETED.' })
  manifest(@Root() task: ExportTask, @Ctx() ctx: RequestContext): Promise<ExportManifest | null> {
    return ctx.evidence.manifestOf(task);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Relative URL of the evidence bundle (ZIP: MP4, manifest.json, manifest.sig, public key, README), once COMPLETED.',
  })
  evidenceBundleUrl(@Root() task: ExportTask): string | null {
    return task.status === ExportTaskStatus.COMPLETED ? evidenceBundleUrl([task.id]) : null;
  }
}
