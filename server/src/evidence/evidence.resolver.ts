import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../access/request-context.js';
import { ExportTask } from '../exports/export-task.entity.js';
import { ExportTaskStatus } from '../exports/export-task-status.js';
import { evidenceBundleUrl } from './evidence-bundle-url.js';
import type { EvidenceService } from './evidence.service.js';
import { ExportVerification, SigningKey } from './evidence.types.js';
import { ExportManifest } from './export-manifest.entity.js';

@Resolver(() => ExportTask)
export class EvidenceResolver {
  constructor(private readonly evidenceService: EvidenceService) {}

  @Query(() => [SigningKey], {
    description: 'The public keys that sign export manifests, newest first. Public, like /.well-known/custodian-signing-keys.json.',
  })
  signingKeys(): Promise<SigningKey[]> {
    return this.evidenceService.signingKeys();
  }

  @Query(() => ExportVerification, {
    description: 'Whether a file with this SHA-256 is an export, and whether its signed manifest holds. LOGGING_READER or the roles to export; audited.',
  })
  verifyExport(@Arg('sha256', () => String) sha256: string, @Ctx() { caller }: RequestContext): Promise<ExportVerification> {
    return this.evidenceService.verifyExport(caller, sha256);
  }

  @FieldResolver(() => ExportManifest, { nullable: true, description: 'The signed manifest, once COMPLETED.' })
  manifest(@Root() task: ExportTask): Promise<ExportManifest | null> {
    return this.evidenceService.manifestOf(task);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Relative URL of the evidence bundle (ZIP: MP4, manifest.json, manifest.sig, public key, README), once COMPLETED.',
  })
  evidenceBundleUrl(@Root() task: ExportTask): string | null {
    return task.status === ExportTaskStatus.COMPLETED ? evidenceBundleUrl([task.id]) : null;
  }
}
