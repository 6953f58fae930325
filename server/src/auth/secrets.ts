import { createHash, randomBytes } from 'node:crypto';

/** Bearer secrets are 256 random bits; a fast hash is enough to store them safely. */
export function newSecret(prefix: 'cs' | 'ct'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
