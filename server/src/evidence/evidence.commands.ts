import os from 'node:os';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../db/open-database.js';
import { KeyRing } from '../signing/key-ring.js';
import { verifyEvidenceFiles } from './verify-files.js';

export const EVIDENCE_USAGE = `  verify <mp4> <manifest.json> [--signature manifest.sig] [--public-key key.pem]
                               check an export offline: signature, size and SHA-256 (exit 1 on any mismatch)
  rotate-signing-key           sign new manifests with a new key; old public keys keep verifying`;

/** `verify`: needs no server, no database, no configuration; only the files. */
export async function verifyCommand(args: string[]): Promise<number> {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--signature' || arg === '--public-key') {
      const value = args[++i];
      if (!value) return usage(`${arg} needs a file`);
      options[arg] = value;
    } else if (arg.startsWith('--')) {
      return usage(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) return usage('give the MP4 and its manifest.json');
  const [mp4, manifest] = positional as [string, string];
  const result = await verifyEvidenceFiles({ mp4, manifest, signature: options['--signature'], publicKey: options['--public-key'] });
  for (const check of result.checks) console.log(`${check.ok ? 'ok      ' : 'FAILED  '}${check.what}`);
  console.log(result.ok ? 'VERIFIED: the MP4 is the one the signed manifest describes.' : 'NOT VERIFIED: see the FAILED lines above.');
  return result.ok ? 0 : 1;
}

/**
 * `rotate-signing-key`: a new key signs from now on; the retired key's private half is deleted
 * and its public half kept. Audited; running servers and workers take up the new key by
 * themselves before their next signature.
 */
export async function rotateSigningKeyCommand(): Promise<number> {
  const config = loadConfig();
  const keyRing = await KeyRing.open(config.signingKeyDir);
  const db = await openDatabase(config, (line) => console.error(line), { migrate: true, poolMax: 2 });
  try {
    const retired = keyRing.activeKeyId;
    const operator = os.userInfo().username;
    // The audit row commits only if the rotation itself succeeded inside the transaction.
    const created = await db.orm.em.fork().transactional(async (tx) => {
      const created = await keyRing.rotate();
      recordAudit(tx, {
        action: AuditAction.SIGNING_KEY_ROTATED,
        outcome: AuditOutcome.SUCCESS,
        actorName: `${operator}@${os.hostname()} (command line)`,
        detail: `signing key ${retired} retired, ${created} active`,
      });
      return created;
    });
    console.log(`signing key ${retired} retired (its public key still verifies); ${created} signs from now on`);
    return 0;
  } finally {
    await db.close();
  }
}

function usage(problem: string): number {
  console.error(`${problem}\nusage: npm run custodian -- verify <mp4> <manifest.json> [--signature manifest.sig] [--public-key key.pem]`);
  return 2;
}
