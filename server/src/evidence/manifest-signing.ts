import type { EntityManager } from '@mikro-orm/postgresql';
import { checkSigningKeyActive } from '../signing/active-signing-key.js';
import type { KeyRing } from '../signing/key-ring.js';
import { ExportManifest } from './export-manifest.entity.js';
import { buildManifest, manifestText, type ManifestInput } from './manifest.js';

/**
 * Builds, signs and adds the manifest of a completing export to `em`'s unit of work, so that it
 * commits with the COMPLETED status or not at all: there is no completed export without one.
 */
export async function recordSignedManifest(em: EntityManager, keyRing: KeyRing, input: ManifestInput): Promise<ExportManifest> {
  const content = manifestText(buildManifest(input));
  // A rotation by another process must take effect here, not at this process's next start.
  await keyRing.refresh();
  await checkSigningKeyActive(em, keyRing.activeKeyId);
  const signature = keyRing.sign(content);
  return em.create(ExportManifest, {
    task: input.task.id,
    content,
    outputSha256: input.conversion.outputSha256,
    keyId: signature.keyId,
    algorithm: signature.algorithm,
    signature: signature.signature,
    signedAt: input.completedAt,
  });
}
