import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** A public key Custodian has signed with, now or in the past. */
export interface PublicKeyInfo {
  keyId: string;
  algorithm: 'Ed25519';
  /** SubjectPublicKeyInfo in PEM, what `openssl` and every crypto library read. */
  publicKeyPem: string;
  createdAt: Date;
  active: boolean;
}

export interface Signature {
  keyId: string;
  algorithm: 'Ed25519';
  /** Base64 of the 64-byte Ed25519 signature. */
  signature: string;
}

/**
 * The Ed25519 keys that sign manifests and audit checkpoints. They live in a folder outside the
 * database (so a database dump cannot forge signatures), one PEM pair per key:
 *
 *   <dir>/active                  the id of the key that signs now
 *   <dir>/<keyId>.public.pem      kept for ever, so old signatures still verify
 *   <dir>/<keyId>.private.pem     mode 0600; removed when the key is retired by rotation
 *
 * Several processes (the API and workers sharing the folder) may start at once: files are
 * created exclusively, so exactly one first key wins and everybody reads it.
 */
export class KeyRing {
  private constructor(
    private readonly dir: string,
    private activeId: string,
    private activeKey: KeyObject,
  ) {}

  /** Opens the key folder, creating the first key when there is none. */
  static async open(dir: string): Promise<KeyRing> {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    let activeId = await readActiveId(dir);
    if (!activeId) {
      const created = await writeNewKey(dir);
      activeId = (await claimActive(dir, created)) ?? created;
    }
    return new KeyRing(dir, activeId, await readPrivateKey(dir, activeId));
  }

  get activeKeyId(): string {
    return this.activeId;
  }

  sign(data: Buffer | string): Signature {
    const signature = sign(null, Buffer.from(data), this.activeKey).toString('base64');
    return { keyId: this.activeId, algorithm: 'Ed25519', signature };
  }

  /** True when `signature` was made over `data` by the key `keyId`, current or retired. */
  async verify(data: Buffer | string, signature: Signature): Promise<boolean> {
    const pem = await readPublicPem(this.dir, signature.keyId);
    return pem !== undefined && verifyWithPublicKey(data, signature, pem);
  }

  async publicKeys(): Promise<PublicKeyInfo[]> {
    const names = await fs.readdir(this.dir);
    const ids = names.filter((n) => n.endsWith('.public.pem')).map((n) => n.slice(0, -'.public.pem'.length));
    const keys = await Promise.all(
      ids.map(async (keyId) => {
        const file = path.join(this.dir, `${keyId}.public.pem`);
        const [pem, stat] = await Promise.all([fs.readFile(file, 'utf8'), fs.stat(file)]);
        return { keyId, algorithm: 'Ed25519' as const, publicKeyPem: pem, createdAt: stat.mtime, active: keyId === this.activeId };
      }),
    );
    return keys.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  /**
   * Makes a new key the signing key. The old public key stays for verification; its private key
   * is deleted, so a stolen old key file cannot sign anything new.
   */
  async rotate(): Promise<string> {
    const retired = this.activeId;
    const created = await writeNewKey(this.dir);
    const tmp = path.join(this.dir, `active.${process.pid}.tmp`);
    await fs.writeFile(tmp, `${created}\n`, { mode: 0o600 });
    await fs.rename(tmp, path.join(this.dir, 'active'));
    this.activeId = created;
    this.activeKey = await readPrivateKey(this.dir, created);
    await fs.rm(path.join(this.dir, `${retired}.private.pem`), { force: true });
    return created;
  }

  /**
   * Takes up a rotation made by another process sharing the folder (the CLI, another server),
   * so that nothing new is signed with a retired key. Call before signing.
   */
  async refresh(): Promise<void> {
    const activeId = await readActiveId(this.dir);
    if (!activeId || activeId === this.activeId) return;
    this.activeKey = await readPrivateKey(this.dir, activeId);
    this.activeId = activeId;
  }
}

/** What checking a signature takes: the public keys alone. */
export type SignatureVerifier = Pick<KeyRing, 'verify'>;

/** Verifies with the public keys of a key folder, and never creates a key there: for offline checks. */
export function publicKeyVerifier(dir: string): SignatureVerifier {
  return {
    async verify(data, signature) {
      const pem = await readPublicPem(dir, signature.keyId);
      return pem !== undefined && verifyWithPublicKey(data, signature, pem);
    },
  };
}

/** Checks a signature with nothing but a public key: what offline verification uses. */
export function verifyWithPublicKey(data: Buffer | string, signature: Signature, publicKeyPem: string): boolean {
  if (signature.algorithm !== 'Ed25519') return false;
  try {
    return verify(null, Buffer.from(data), createPublicKey(publicKeyPem), Buffer.from(signature.signature, 'base64'));
  } catch {
    return false;
  }
}

/** A key's id: the first 16 hex digits of SHA-256 over its DER public key. */
export function keyIdOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

async function readActiveId(dir: string): Promise<string | undefined> {
  const text = await fs.readFile(path.join(dir, 'active'), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text?.trim() || undefined;
}

async function writeNewKey(dir: string): Promise<string> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const keyId = keyIdOf(publicPem);
  await fs.writeFile(path.join(dir, `${keyId}.private.pem`), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  await fs.writeFile(path.join(dir, `${keyId}.public.pem`), publicPem, { mode: 0o644, flag: 'wx' });
  return keyId;
}

/** Makes `keyId` the active key unless another process got there first; returns the winner. */
async function claimActive(dir: string, keyId: string): Promise<string | undefined> {
  try {
    await fs.writeFile(path.join(dir, 'active'), `${keyId}\n`, { mode: 0o600, flag: 'wx' });
    return keyId;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Lost the race: drop our unused key and use the winner's.
    await fs.rm(path.join(dir, `${keyId}.private.pem`), { force: true });
    await fs.rm(path.join(dir, `${keyId}.public.pem`), { force: true });
    for (let i = 0; i < 50; i++) {
      const winner = await readActiveId(dir);
      if (winner) return winner;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`The signing key folder ${dir} has an empty "active" file`);
  }
}

async function readPrivateKey(dir: string, keyId: string): Promise<KeyObject> {
  const file = path.join(dir, `${keyId}.private.pem`);
  const pem = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`The signing key ${keyId} has no private key at ${file} (${error.code})`);
  });
  return createPrivateKey(pem);
}

async function readPublicPem(dir: string, keyId: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{16}$/.test(keyId)) return undefined;
  return fs.readFile(path.join(dir, `${keyId}.public.pem`), 'utf8').catch(() => undefined);
}
