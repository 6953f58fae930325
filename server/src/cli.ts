import 'reflect-metadata';

const USAGE = `usage: npm run custodian -- <command>

commands:
  import <file-or-folder>...   catalog recordings (a <file>.json sidecar beside a file gives its metadata)
  verify <mp4> <manifest.json> [--signature manifest.sig] [--public-key key.pem]
                               check an export offline: signature, size and SHA-256 (exit 1 on any mismatch)
  rotate-signing-key           sign new manifests with a new key; old public keys keep verifying
  migrate                      apply the database migrations (run it as the owner role when CUSTODIAN_MIGRATE=false)
  audit verify [--log <file>]  check the audit chain, its checkpoints and the checkpoint log against each other,
                               with the public keys alone and no running server (exit 1 on any problem)`;

// Each command is loaded when it runs: the others would load the database layer, GraphQL and the
// storage clients (about half a second), which `verify`, run offline by whoever received an
// export, does not need.
const [command, ...args] = process.argv.slice(2);
let code: number;
switch (command) {
  case 'import':
    code = await (await import('./app/cli/import.command.js')).importCommand(args, USAGE);
    break;
  case 'verify':
    code = await (await import('./evidence/verify.command.js')).verifyCommand(args);
    break;
  case 'rotate-signing-key':
    code = await (await import('./app/cli/rotate-signing-key.command.js')).rotateSigningKeyCommand();
    break;
  case 'migrate':
    code = await (await import('./app/cli/migrate.command.js')).migrateCommand();
    break;
  case 'audit':
    code = await (await import('./app/cli/audit-verify.command.js')).auditCommand(args, USAGE);
    break;
  default:
    console.error(USAGE);
    code = command ? 2 : 0;
}
process.exit(code);
