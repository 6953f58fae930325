import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyRing, verifyWithPublicKey } from './key-ring.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'custodian-keys-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('KeyRing', () => {
  it('creates one key on first open and reuses it afterwards', async () => {
    const first = await KeyRing.open(dir);
    const again = await KeyRing.open(dir);
    expect(again.activeKeyId).toBe(first.activeKeyId);
    expect((await fs.stat(path.join(dir, `${first.activeKeyId}.private.pem`))).mode & 0o777).toBe(0o600);
  });

  it('agrees on a single key when several processes open an empty folder at once', async () => {
    const rings = await Promise.all(Array.from({ length: 8 }, () => KeyRing.open(dir)));
    expect(new Set(rings.map((r) => r.activeKeyId)).size).toBe(1);
    expect((await fs.readdir(dir)).filter((n) => n.endsWith('.private.pem'))).toHaveLength(1);
  });

  it('signs so that the public key alone verifies, and a changed byte does not', async () => {
    const ring = await KeyRing.open(dir);
    const signature = ring.sign('manifest bytes');
    const [key] = await ring.publicKeys();
    expect(verifyWithPublicKey('manifest bytes', signature, key!.publicKeyPem)).toBe(true);
    expect(verifyWithPublicKey('manifest bytez', signature, key!.publicKeyPem)).toBe(false);
  });

  it('keeps verifying old signatures after rotation and deletes the retired private key', async () => {
    const ring = await KeyRing.open(dir);
    const oldId = ring.activeKeyId;
    const old = ring.sign('before');
    const newId = await ring.rotate();
    expect(newId).not.toBe(oldId);
    expect(ring.sign('after').keyId).toBe(newId);
    expect(await ring.verify('before', old)).toBe(true);
    expect(await (await KeyRing.open(dir)).verify('before', old)).toBe(true);
    await expect(fs.stat(path.join(dir, `${oldId}.private.pem`))).rejects.toThrow();
    const keys = await ring.publicKeys();
    expect(keys.map((k) => [k.keyId, k.active]).sort()).toEqual(
      [
        [newId, true],
        [oldId, false],
      ].sort(),
    );
  });

  it('does not verify with an unknown or malformed key id', async () => {
    const ring = await KeyRing.open(dir);
    const signature = ring.sign('x');
    expect(await ring.verify('x', { ...signature, keyId: '../../etc/passwd' })).toBe(false);
    expect(await ring.verify('x', { ...signature, keyId: '0123456789abcdef' })).toBe(false);
  });
});
