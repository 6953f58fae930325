import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from './config/config.js';
import { openDatabase } from './db/open-database.js';
import { EVIDENCE_USAGE, rotateSigningKeyCommand, verifyCommand } from './evidence/evidence.commands.js';
import { describeMediaTools, locateMediaTools } from './media/media-tools.js';
import { ImportService, recordingFiles } from './recordings/import.service.js';
import { JobQueue } from './tasks/queue.js';

const USAGE = `usage: npm run custodian -- <command>

commands:
  import <file-or-folder>...   catalog recordings (a <file>.json sidecar beside a file gives its metadata)
${EVIDENCE_USAGE}
  migrate                      apply the database migrations (run it as the owner role when CUSTODIAN_MIGRATE=false)`;

async function migrateCommand(): Promise<number> {
  const config = loadConfig();
  const db = await openDatabase(config, (line) => console.error(line), { migrate: 'always', poolMax: 1 });
  try {
    // The job queue installs its own schema and queues; done here so the application role needs no DDL.
    const queue = new JobQueue(db.url, config.exportTimeoutSeconds + 600);
    await queue.start();
    await queue.stop();
  } finally {
    await db.close();
  }
  console.log('the database schema is up to date');
  return 0;
}

async function importCommand(targets: string[]): Promise<number> {
  if (targets.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const tools = await locateMediaTools();
  console.error(describeMediaTools(tools));
  const db = await openDatabase(config, (line) => console.error(line), { migrate: true, poolMax: 2 });
  const counts = { imported: 0, duplicate: 0, skipped: 0 };
  try {
    for (const target of targets) {
      let files: AsyncGenerator<string>;
      try {
        files = recordingFiles(path.resolve(target));
        for await (const file of files) {
          const importer = new ImportService(db.orm.em.fork(), tools.ffprobePath, config.recordingsDir);
          const outcome = await importer.importFile(file).catch((error: Error) => ({ status: 'skipped' as const, reason: error.message }));
          counts[outcome.status]++;
          if (outcome.status === 'imported') console.log(`imported  ${file} → ${outcome.recording.id}`);
          else if (outcome.status === 'duplicate') console.log(`already   ${file} = ${outcome.recording.id}`);
          else console.log(`skipped   ${file}: ${outcome.reason}`);
        }
      } catch (error) {
        counts.skipped++;
        console.log(`skipped   ${target}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message}`);
      }
    }
  } finally {
    await db.close();
  }
  console.log(`${counts.imported} imported, ${counts.duplicate} already in the catalog, ${counts.skipped} skipped`);
  return counts.skipped > 0 ? 1 : 0;
}

const [command, ...args] = process.argv.slice(2);
let code: number;
switch (command) {
  case 'import':
    code = await importCommand(args);
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
  default:
    console.error(USAGE);
    code = command ? 2 : 0;
}
process.exit(code);
