import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/*
 * Passwords are hashed with scrypt, which is memory-hard. The work factor is scrypt's N
 * (CUSTODIAN_PASSWORD_HASH_COST, bounded in config/config.ts); r=8 and p=2 are fixed, so a guess
 * needs 128 * N * r bytes and twice N's work.
 * - The default, N=2^16, needs 64 MiB per guess: one of the settings OWASP's Password Storage
 *   Cheat Sheet lists as equal to its minimum (N=2^17, r=8, p=1). A sign-in costs about half a
 *   second of CPU on a 2-core machine.
 * - The floor, N=2^14, needs 16 MiB per guess and twice the work of Django's default scrypt
 *   parameters (N=2^14, r=8, p=1): for machines where sign-ins must be cheap.
 * - The ceiling, N=2^17 (128 MiB per guess), keeps one sign-in from taking a server's memory.
 * The parameters are stored with each hash, so a hash made with others still verifies and is
 * replaced with one of the current cost at its next sign-in: the cost can change without a
 * migration.
 */
const R = 8;
const P = 2;
const KEY_LENGTH = 32;
// Node refuses scrypt above 32 MiB unless told; leave room above 128 * N * r at the ceiling.
const MAX_MEMORY = 256 * 1024 * 1024;

function scryptAsync(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: MAX_MEMORY }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Makes password hashes at one work factor, and tells which stored hashes were made at another. */
export class PasswordHasher {
  /** A hash to compare against when the user does not exist, so timing does not reveal that. */
  readonly unknownUserHash: string;

  constructor(private readonly cost: number) {
    this.unknownUserHash = `${this.prefix}${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_LENGTH).toString('base64')}`;
  }

  private get prefix(): string {
    return `scrypt$${this.cost}$${R}$${P}$`;
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await scryptAsync(password, salt, this.cost, R, P);
    return `${this.prefix}${salt.toString('base64')}$${key.toString('base64')}`;
  }

  /** True for a hash made with other parameters; it is replaced at the next sign-in. */
  needsRehash(stored: string): boolean {
    return !stored.startsWith(this.prefix);
  }
}

/** Checks a password against a stored hash, with the parameters stored in it. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
