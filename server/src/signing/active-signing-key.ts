import type { EntityManager } from '@mikro-orm/postgresql';

/** Refused: a signature by a key that is not the active one. */
export class SigningKeyNotActive extends Error {
  override name = 'SigningKeyNotActive';
}

/*
 * The key folder says which key an API process signs with; the signing_keys table says which key
 * is active for every process connected to the database. The two differ on a machine that has a
 * copy of the folder (API processes on several machines) once the key was rotated on another
 * machine: the copy still holds the retired private key, and would sign new manifests with it,
 * which still verify against its published public key. So every signature is checked here, when
 * it is made and again in the transaction that stores it (a rotation may come between the two):
 * a retired key, or a key the other processes never used, signs nothing. The first signature on
 * a database whose table is empty makes its key the active one.
 */

interface KeyRow {
  key_id: string;
  /** As the driver returns it: a string or a Date. */
  retired_at: string | Date | null;
}

/** Throws SigningKeyNotActive unless `keyId` is the active signing key; run it in the transaction that stores the signature. */
export async function checkSigningKeyActive(em: EntityManager, keyId: string): Promise<void> {
  const connection = em.getConnection();
  const ctx = em.getTransactionContext();
  // Only one row may be unretired (signing_keys_one_active): of two first signatures at once, one
  // inserts and the other finds its row.
  await connection.execute(
    'insert into signing_keys (key_id) select ? where not exists (select 1 from signing_keys where retired_at is null) on conflict do nothing',
    [keyId],
    'run',
    ctx,
  );
  const rows = await connection.execute<KeyRow[]>('select key_id, retired_at from signing_keys where key_id = ? or retired_at is null', [keyId], 'all', ctx);
  const active = rows.find((row) => row.retired_at === null);
  if (active?.key_id === keyId) return;
  const mine = rows.find((row) => row.key_id === keyId);
  const activeKey = active ? `the active key is ${active.key_id}` : 'no key is active';
  throw new SigningKeyNotActive(
    mine?.retired_at
      ? `The signing key ${keyId} was retired at ${new Date(mine.retired_at).toISOString()}, and ${activeKey}: an API process that signs with it needs the signing key folder as it is since the rotation (README, Evidence).`
      : `The signing key ${keyId} is used by no other process, and ${activeKey}: an API process that signs with it needs a copy of the other API processes' signing key folder (README, Evidence).`,
  );
}

/** Records a rotation in the transaction that makes it: every key active so far is retired, `created` is the active one. */
export async function recordSigningKeyRotation(em: EntityManager, created: string): Promise<void> {
  const connection = em.getConnection();
  const ctx = em.getTransactionContext();
  await connection.execute('update signing_keys set retired_at = now() where retired_at is null', [], 'run', ctx);
  await connection.execute('insert into signing_keys (key_id) values (?)', [created], 'run', ctx);
}
