import { verifyEvidenceFiles } from './verify-files.js';

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

function usage(problem: string): number {
  console.error(`${problem}\nusage: npm run custodian -- verify <mp4> <manifest.json> [--signature manifest.sig] [--public-key key.pem]`);
  return 2;
}
