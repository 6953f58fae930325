import 'reflect-metadata';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditAction, AuditOutcome } from '../../src/audit/audit-action.js';
import { CheckpointLog } from '../../src/audit/checkpoint-log.js';
import { writeCheckpoint } from '../../src/audit/checkpoints.js';
import { recordAuditNow } from '../../src/audit/record-audit.js';
import { rotateSigningKey } from '../../src/evidence/rotate-signing-key.js';
import { checkSigningKeyActive, SigningKeyNotActive } from '../../src/signing/active-signing-key.js';
import { KeyRing } from '../../src/signing/key-ring.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/*
 * Three key folders on one database: an API process's, a copy of it made before a rotation (an
 * API process on another machine), and a folder of its own (one started with an empty folder).
 * Only the active key may sign, wherever the folder says otherwise.
 */
describe('the active signing key', () => {
  let t: TestDatabase;
  let root: string;
  let api: KeyRing;
  let copy: KeyRing;
  let own: KeyRing;

  const activeRows = () => t.sql<{ key_id: string }>('select key_id from signing_keys where retired_at is null');
  const refusal = async (keyId: string) => {
    const error = await checkSigningKeyActive(t.em.fork(), keyId).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SigningKeyNotActive);
    return (error as Error).message;
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    root = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-signing-keys-'));
    api = await KeyRing.open(path.join(root, 'api'));
    await fsp.cp(path.join(root, 'api'), path.join(root, 'copy'), { recursive: true });
    copy = await KeyRing.open(path.join(root, 'copy'));
    own = await KeyRing.open(path.join(root, 'own'));
  });
  afterAll(async () => {
    await t?.close();
    await fsp.rm(root, { recursive: true, force: true });
  });

  it('is the key of the first signature, and a folder with another key signs nothing', async () => {
    expect(await activeRows()).toEqual([]);
    await checkSigningKeyActive(t.em.fork(), api.activeKeyId);
    expect(await activeRows()).toEqual([{ key_id: api.activeKeyId }]);
    // The copy holds the same key.
    await checkSigningKeyActive(t.em.fork(), copy.activeKeyId);
    expect(await refusal(own.activeKeyId)).toBe(
      `The signing key ${own.activeKeyId} is used by no other process, and the active key is ${api.activeKeyId}: an API process that signs with it needs a copy of the other API processes' signing key folder (README, Evidence).`,
    );
    expect(await activeRows()).toEqual([{ key_id: api.activeKeyId }]);
  });

  it('of two first signatures at once, registers one', async () => {
    await t.sql('delete from signing_keys');
    const results = await Promise.allSettled([api, own, api, own].map((ring) => checkSigningKeyActive(t.em.fork(), ring.activeKeyId)));
    const [active] = await activeRows();
    expect([api.activeKeyId, own.activeKeyId]).toContain(active!.key_id);
    for (const [i, result] of results.entries()) {
      const ring = [api, own, api, own][i]!;
      expect(result.status, ring.activeKeyId).toBe(ring.activeKeyId === active!.key_id ? 'fulfilled' : 'rejected');
    }
    await t.sql('delete from signing_keys');
    await checkSigningKeyActive(t.em.fork(), api.activeKeyId);
  });

  it('moves with a rotation, after which a copy of the folder from before it signs no checkpoint', async () => {
    const retired = api.activeKeyId;
    const { created } = await rotateSigningKey(t.em, api, 'test operator');
    expect(await activeRows()).toEqual([{ key_id: created }]);
    await checkSigningKeyActive(t.em.fork(), api.activeKeyId);

    // The copy still has the retired private key, and its "active" file names it.
    await copy.refresh();
    expect(copy.activeKeyId).toBe(retired);
    const [{ retired_at }] = await t.sql<{ retired_at: Date }>('select retired_at from signing_keys where key_id = $1', [retired]);
    expect(await refusal(retired)).toBe(
      `The signing key ${retired} was retired at ${retired_at!.toISOString()}, and the active key is ${created}: an API process that signs with it needs the signing key folder as it is since the rotation (README, Evidence).`,
    );

    await recordAuditNow(t.em.fork(), { action: AuditAction.SETTINGS_CHANGED, outcome: AuditOutcome.SUCCESS, detail: 'an event to sign' });
    const log = new CheckpointLog(path.join(root, 'checkpoints.log'));
    await expect(writeCheckpoint(t.em, copy, log)).rejects.toBeInstanceOf(SigningKeyNotActive);
    expect(await t.sql('select id from audit_checkpoints')).toEqual([]);
    const written = await writeCheckpoint(t.em, api, log);
    expect(written?.keyId).toBe(created);
  });
});
