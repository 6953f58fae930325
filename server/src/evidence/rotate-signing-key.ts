import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/record-audit.js';
import { recordSigningKeyRotation } from '../signing/active-signing-key.js';
import type { KeyRing } from '../signing/key-ring.js';

/**
 * A new key signs from now on; the retired key's private half is deleted and its public half
 * kept, so what it signed keeps verifying. Audited as SIGNING_KEY_ROTATED: the row commits only if
 * the rotation itself succeeded inside the transaction, with the new key made the active one in
 * signing_keys. Running servers and workers sharing the folder take up the new key by themselves
 * before their next signature; those with a copy of it sign nothing until they get the new key.
 */
export async function rotateSigningKey(em: EntityManager, keyRing: KeyRing, operator: string): Promise<{ retired: string; created: string }> {
  const retired = keyRing.activeKeyId;
  const created = await em.fork().transactional(async (tx) => {
    const created = await keyRing.rotate();
    await recordSigningKeyRotation(tx, created);
    recordAudit(tx, {
      action: AuditAction.SIGNING_KEY_ROTATED,
      outcome: AuditOutcome.SUCCESS,
      actorName: operator,
      detail: `signing key ${retired} retired, ${created} active`,
    });
    return created;
  });
  return { retired, created };
}
