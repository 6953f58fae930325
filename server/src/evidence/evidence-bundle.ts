import type { Readable, Writable } from 'node:stream';
import type { PublicKeyInfo } from '../signing/key-ring.js';
import { ZipWriter } from './zip-writer.js';

/** One export in a bundle: its stored MP4 and its signed manifest. */
export interface BundleItem {
  taskId: string;
  fileName: string;
  /** Opens the MP4 where it is stored (a folder or a bucket), when the bundle gets to it. */
  read(): Promise<Readable>;
  sizeBytes: number;
  manifest: { content: string; keyId: string; algorithm: string; signature: string; signedAt: Date };
  publicKey: PublicKeyInfo;
}

export const MANIFEST_NAME = 'manifest.json';
export const SIGNATURE_NAME = 'manifest.sig';
export const PUBLIC_KEY_NAME = 'public-key.pem';

/** The folder of an export inside the bundle: its file name without ".mp4". */
export function bundleFolder(fileName: string): string {
  return fileName.replace(/\.mp4$/, '');
}

/** manifest.sig: what the signature is, readable by people and by `custodian verify`. */
export function signatureFile(manifest: BundleItem['manifest']): string {
  return `${JSON.stringify({ keyId: manifest.keyId, algorithm: manifest.algorithm, signature: manifest.signature, signedFile: MANIFEST_NAME }, null, 2)}\n`;
}

/**
 * Streams the evidence bundle: per export a folder with the MP4, manifest.json (the exact signed
 * bytes), manifest.sig and the signing public key; one README.txt on how to check them offline.
 */
export async function writeEvidenceBundle(out: Writable, items: BundleItem[], now = new Date()): Promise<void> {
  const zip = new ZipWriter(out);
  await zip.addBuffer('README.txt', readme(items), now);
  for (const item of items) {
    const folder = bundleFolder(item.fileName);
    await zip.addBuffer(`${folder}/${MANIFEST_NAME}`, item.manifest.content, item.manifest.signedAt);
    await zip.addBuffer(`${folder}/${SIGNATURE_NAME}`, signatureFile(item.manifest), item.manifest.signedAt);
    await zip.addBuffer(`${folder}/${PUBLIC_KEY_NAME}`, item.publicKey.publicKeyPem, item.publicKey.createdAt);
    await zip.addStream(`${folder}/${item.fileName}`, await item.read(), item.sizeBytes, item.manifest.signedAt);
  }
  await zip.finish();
}

function readme(items: BundleItem[]): string {
  const first = items[0]!;
  const folder = bundleFolder(first.fileName);
  return `Custodian evidence bundle
=========================

Each folder holds one exported recording:

  <name>.mp4       the exported video
  ${MANIFEST_NAME}    the signed manifest: who exported it, why, when, from which source
                   file (and its SHA-256), with which tool and arguments, and the SHA-256,
                   size and duration of the MP4
  ${SIGNATURE_NAME}     the Ed25519 signature over the exact bytes of ${MANIFEST_NAME} (JSON: key id,
                   algorithm, base64 signature)
  ${PUBLIC_KEY_NAME}   the public key that made it; compare its key id with the keys the
                   server publishes at /.well-known/custodian-signing-keys.json

Exports in this bundle:
${items.map((item) => `  ${bundleFolder(item.fileName)}/  (export ${item.taskId})`).join('\n')}

Check with the Custodian command line (works offline, needs only these files):

  npm run custodian -- verify ${folder}/${first.fileName} ${folder}/${MANIFEST_NAME}

Check with standard tools (OpenSSL 3 and a shell):

  cd ${folder}
  sha256sum ${first.fileName}           # must equal "output"."sha256" in ${MANIFEST_NAME}
  stat -c %s ${first.fileName}          # must equal "output"."sizeBytes"
  grep -o '"signature": *"[^"]*"' ${SIGNATURE_NAME} | cut -d'"' -f4 | base64 -d > ${SIGNATURE_NAME}.bin
  openssl pkeyutl -verify -pubin -inkey ${PUBLIC_KEY_NAME} -rawin -in ${MANIFEST_NAME} -sigfile ${SIGNATURE_NAME}.bin
                                       # prints "Signature Verified Successfully"

Any change to the MP4 changes its SHA-256; any change to ${MANIFEST_NAME} breaks the signature.
`;
}
