import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// scrypt is memory-hard: N=2^16 with r=8 needs 128 * N * r = 64 MiB per guess, and p=2 doubles the
// work. That is one of the settings OWASP's Password Storage Cheat Sheet lists as equal to its
// minimum (N=2^17, r=8, p=1) while keeping a sign-in at 64 MiB of server memory; it takes about
// 0.35 s on a 2-core machine. The parameters are stored with each hash, so hashes made with the
// earlier N=2^15, p=1 still verify, and the cost can be raised later without a migration.
const N = 1 << 16;
const R = 8;
const P = 2;
const KEY_LENGTH = 32;
// Node refuses scrypt above 32 MiB unless told; leave room above 128 * N * R.
const MAX_MEMORY = 256 * 1024 * 1024;

function scryptAsync(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: MAX_MEMORY }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** True for a hash made with other (earlier) parameters; it is replaced at the next sign-in. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(`scrypt$${N}$${R}$${P}$`);
}

/** A hash to compare against when the user does not exist, so timing does not reveal that. */
export const UNKNOWN_USER_HASH = `scrypt$${N}$${R}$${P}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_LENGTH).toString('base64')}`;

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
