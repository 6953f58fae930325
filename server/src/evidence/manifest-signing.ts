import type { EntityManager } from '@mikro-orm/postgresql';
import { checkSigningKeyActive } from '../signing/active-signing-key.js';
import { ExportManifest } from './export-manifest.entity.js';
import { forgetSigningRequest, type SignedManifest } from './signing-requests.js';

/**
 * Adds the signed manifest of a completing export to `tx`'s unit of work, so that it commits
 * with the COMPLETED status or not at all: there is no completed export without one. The key
 * that signed it must still be the active one (a rotation may have come between the signature
 * and this commit); the signing request it answered goes with the same commit.
 */
export async function recordSignedManifest(tx: EntityManager, taskId: string, outputSha256: string, signed: SignedManifest): Promise<ExportManifest> {
  await checkSigningKeyActive(tx, signed.keyId);
  await forgetSigningRequest(tx, signed.requestId);
  return tx.create(ExportManifest, {
    task: taskId,
    content: signed.content,
    outputSha256,
    keyId: signed.keyId,
    algorithm: signed.algorithm,
    signature: signed.signature,
    signedAt: signed.signedAt,
  });
}
