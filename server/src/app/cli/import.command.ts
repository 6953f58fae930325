import path from 'node:path';
import { loadConfig } from '../../config/config.js';
import { describeMediaTools, locateMediaTools } from '../../media/media-tools.js';
import { importNotice } from '../../recordings/import-notice.js';
import { ImportService, recordingFiles } from '../../recordings/import.service.js';
import { openStorage } from '../../storage/storage.js';
import { openAppDatabase } from '../core.js';
import { commandLineOperator } from './operator.js';

/** `import <file-or-folder>...`: catalogs recordings; exits 1 when any file was skipped. */
export async function importCommand(targets: string[], usage: string): Promise<number> {
  if (targets.length === 0) {
    console.error(usage);
    return 2;
  }
  const config = loadConfig();
  const tools = await locateMediaTools();
  console.error(describeMediaTools(tools));
  const db = await openAppDatabase(config, (line) => console.error(line), { migrate: true, poolMax: 2 });
  const { recordings } = await openStorage(config.storage, config);
  const counts = { imported: 0, duplicate: 0, skipped: 0 };
  const by = { id: null, name: commandLineOperator(), clientAddress: null };
  try {
    for (const target of targets) {
      try {
        for await (const file of recordingFiles(path.resolve(target))) {
          const importer = new ImportService(db.orm.em.fork(), tools.ffprobePath, recordings);
          const outcome = await importer.importFile(file, { by }).catch((error: Error) => ({ status: 'skipped' as const, reason: error.message }));
          counts[outcome.status]++;
          if (outcome.status === 'imported') {
            const notice = importNotice(outcome.recording);
            console.log(`imported  ${file} → ${outcome.recording.id}${notice ? `: ${notice}` : ''}`);
          } else if (outcome.status === 'duplicate') console.log(`already   ${file} = ${outcome.recording.id}`);
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
