import type { RequestHandler } from 'express';
import type { KeyRing } from '../signing/key-ring.js';

export const SIGNING_KEYS_PATH = '/.well-known/custodian-signing-keys.json';

/**
 * The public keys that sign export manifests, current and retired. Public by nature: anyone
 * holding an export must be able to check it without an account.
 */
export function signingKeysRoute(keyRing: KeyRing): RequestHandler {
  return async (_req, res, next) => {
    try {
      await keyRing.refresh();
      const keys = await keyRing.publicKeys();
      res.setHeader('Cache-Control', 'public, max-age=300');
      res.json({
        keys: keys.map((k) => ({
          keyId: k.keyId,
          algorithm: k.algorithm,
          publicKeyPem: k.publicKeyPem,
          createdAt: k.createdAt.toISOString(),
          active: k.active,
        })),
      });
    } catch (error) {
      next(error);
    }
  };
}
