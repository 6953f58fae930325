import fs from 'node:fs/promises';
import path from 'node:path';
import { sha256File } from '../media/finish-file.js';
import { keyIdOf, verifyWithPublicKey, type Signature } from '../signing/key-ring.js';
import { PUBLIC_KEY_NAME, SIGNATURE_NAME } from './evidence-bundle.js';
import { readManifest, type ManifestContent } from './manifest.js';

export interface VerifyFilesInput {
  mp4: string;
  manifest: string;
  /** Default: manifest.sig beside the manifest, as in an evidence bundle. */
  signature?: string;
  /** Default: public-key.pem beside the manifest. */
  publicKey?: string;
}

export interface VerifyCheck {
  ok: boolean;
  what: string;
}

export interface VerifyFilesResult {
  ok: boolean;
  checks: VerifyCheck[];
  manifest?: ManifestContent;
}

/**
 * Checks an exported MP4 against its manifest with nothing but files: the manifest's signature
 * under the given public key, then the MP4's size and SHA-256 against what the manifest states.
 * Every check is reported, so a person sees exactly what holds and what does not.
 */
export async function verifyEvidenceFiles(input: VerifyFilesInput): Promise<VerifyFilesResult> {
  const beside = (name: string) => path.join(path.dirname(input.manifest), name);
  const signaturePath = input.signature ?? beside(SIGNATURE_NAME);
  const publicKeyPath = input.publicKey ?? beside(PUBLIC_KEY_NAME);
  const checks: VerifyCheck[] = [];
  const fail = (what: string): VerifyFilesResult => ({ ok: false, checks: [...checks, { ok: false, what }] });

  const manifestBytes = await fs.readFile(input.manifest).catch((e: NodeJS.ErrnoException) => e);
  if (manifestBytes instanceof Error) return fail(`manifest ${input.manifest} cannot be read (${manifestBytes.code})`);
  const read = readManifest(manifestBytes.toString('utf8'));
  if (!read.ok) return fail(`manifest ${input.manifest} is not usable: ${read.problem}`);
  const manifest = read.manifest;
  checks.push({
    ok: true,
    what: `manifest of export ${manifest.export.id}, requested by ${manifest.export.requestedBy?.username} for "${manifest.export.reason}", completed ${manifest.export.completedAt}`,
  });

  const signatureText = await fs.readFile(signaturePath, 'utf8').catch((e: NodeJS.ErrnoException) => e);
  if (signatureText instanceof Error) return fail(`signature ${signaturePath} cannot be read (${signatureText.code})`);
  let signature: Signature;
  try {
    signature = JSON.parse(signatureText) as Signature;
    if (typeof signature.keyId !== 'string' || typeof signature.signature !== 'string') throw new Error();
  } catch {
    return fail(`signature ${signaturePath} is not a JSON object with keyId, algorithm and signature`);
  }

  const publicKeyPem = await fs.readFile(publicKeyPath, 'utf8').catch((e: NodeJS.ErrnoException) => e);
  if (publicKeyPem instanceof Error) return fail(`public key ${publicKeyPath} cannot be read (${publicKeyPem.code})`);
  let keyId: string;
  try {
    keyId = keyIdOf(publicKeyPem);
  } catch {
    return fail(`public key ${publicKeyPath} is not a PEM public key`);
  }
  checks.push(
    keyId === signature.keyId
      ? { ok: true, what: `public key ${keyId} is the key named by the signature` }
      : { ok: false, what: `public key ${keyId} is not the key the signature names (${signature.keyId})` },
  );
  checks.push(
    verifyWithPublicKey(manifestBytes, signature, publicKeyPem)
      ? { ok: true, what: `signature (${signature.algorithm}) over the manifest is valid` }
      : {
          ok: false,
          what: `signature (${signature.algorithm}) over the manifest is NOT valid: the manifest or the signature was changed, or the key is wrong`,
        },
  );

  const stat = await fs.stat(input.mp4).catch((e: NodeJS.ErrnoException) => e);
  if (stat instanceof Error) return fail(`MP4 ${input.mp4} cannot be read (${stat.code})`);
  checks.push(
    stat.size === manifest.output.sizeBytes
      ? { ok: true, what: `MP4 size ${stat.size} bytes matches the manifest` }
      : { ok: false, what: `MP4 size ${stat.size} bytes differs from the manifest's ${manifest.output.sizeBytes}` },
  );
  const sha256 = await sha256File(input.mp4);
  checks.push(
    sha256 === manifest.output.sha256
      ? { ok: true, what: `MP4 SHA-256 ${sha256} matches the manifest` }
      : { ok: false, what: `MP4 SHA-256 ${sha256} differs from the manifest's ${manifest.output.sha256}` },
  );

  return { ok: checks.every((c) => c.ok), checks, manifest };
}
