import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ExportManifest } from './export-manifest.entity.js';
import { readManifest } from './manifest.js';
import { ManifestDocument, manifestDocument } from './manifest.types.js';

@Resolver(() => ExportManifest)
export class ManifestResolver {
  @FieldResolver(() => ManifestDocument, {
    nullable: true,
    description:
      'What the manifest states, field by field; null when the stored content is not a manifest Custodian can read (then it does not verify either).',
  })
  document(@Root() manifest: ExportManifest): ManifestDocument | null {
    const read = readManifest(manifest.content);
    return read.ok ? manifestDocument(read.manifest) : null;
  }
}
