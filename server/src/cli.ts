import 'reflect-metadata';
import { auditCommand } from './app/cli/audit-verify.command.js';
import { importCommand } from './app/cli/import.command.js';
import { migrateCommand } from './app/cli/migrate.command.js';
import { rotateSigningKeyCommand } from './app/cli/rotate-signing-key.command.js';
import { verifyCommand } from './evidence/verify.command.js';

const USAGE = `usage: npm run custodian -- <command>

commands:
  import <file-or-folder>...   catalog recordings (a <file>.json sidecar beside a file gives its metadata)
  verify <mp4> <manifest.json> [--signature manifest.sig] [--public-key key.pem]
                               check an export offline: signature, size and SHA-256 (exit 1 on any mismatch)
  rotate-signing-key           sign new manifests with a new key; old public keys keep verifying
  migrate                      apply the database migrations (run it as the owner role when CUSTODIAN_MIGRATE=false)
  audit verify [--log <file>]  check the audit chain, its checkpoints and the checkpoint log against each other,
                               with the public keys alone and no running server (exit 1 on any problem)`;

const [command, ...args] = process.argv.slice(2);
let code: number;
switch (command) {
  case 'import':
    code = await importCommand(args, USAGE);
    break;
  case 'verify':
    code = await verifyCommand(args);
    break;
  case 'rotate-signing-key':
    code = await rotateSigningKeyCommand();
    break;
  case 'migrate':
    code = await migrateCommand();
    break;
  case 'audit':
    code = await auditCommand(args, USAGE);
    break;
  default:
    console.error(USAGE);
    code = command ? 2 : 0;
}
process.exit(code);
