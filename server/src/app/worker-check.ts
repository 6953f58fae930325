import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.js';
import type { Database } from '../db/open-database.js';
import { locateMediaTools, type MediaTools } from '../media/media-tools.js';
import { checkStorage } from '../storage/storage-check.js';
import { openStorage } from '../storage/storage.js';
import { TaskServiceRegistration } from '../taskservices/task-service-registration.js';
import { workerIdentity } from '../taskservices/worker-identity.js';
import { openAppDatabase } from './core.js';
import type { Log } from '../common/log.js';

interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

type Check = () => Promise<string>;

async function attempt(name: string, check: Check): Promise<CheckResult> {
  try {
    return { name, ok: true, detail: await check() };
  } catch (error) {
    return { name, ok: false, detail: (error as Error).message };
  }
}

/**
 * `npm run worker -- --check`: tests what a worker needs before it can take exports (the
 * database, the shared folders, ffmpeg, and its authorization), one line per check. It registers
 * the worker, so that an administrator can authorize it before it ever runs. Returns the exit code.
 */
export async function checkWorker(config: Config, print: Log = console.log): Promise<number> {
  const results: CheckResult[] = [];
  const report = (result: CheckResult) => {
    results.push(result);
    print(`${result.ok ? 'OK  ' : 'FAIL'} ${result.name}: ${result.detail}`);
  };

  let db: Database | null = null;
  report(
    await attempt('database', async () => {
      db = await openAppDatabase(config, () => {}, { migrate: false, poolMax: 2 });
      await db.orm.em.getConnection().execute('select 1');
      const tables: { present: string | null }[] = await db.orm.em.getConnection().execute("select to_regclass('task_services')::text as present");
      if (!tables[0]?.present)
        throw new Error(`connected to ${db.description}, but its schema is not up to date: start the server once to apply the migrations`);
      return `connected to ${db.description}`;
    }),
  );

  if (config.storage.kind === 's3') {
    const storage = await openStorage(config.storage, config);
    report(await attempt('recordings storage', () => checkStorage(storage.recordings)));
    report(await attempt('exports storage', () => checkStorage(storage.exports)));
  } else {
    report(
      await attempt('recordings folder', async () => {
        const dir = config.recordingsDir;
        await fsp.access(dir, fsp.constants.R_OK | fsp.constants.X_OK).catch((error: NodeJS.ErrnoException) => {
          throw new Error(`${dir} cannot be read (${error.code ?? error.message}): mount the shared data folder and set CUSTODIAN_DATA_DIR`);
        });
        const entries = await fsp.readdir(dir);
        return `${dir} is readable (${entries.length} entries)`;
      }),
    );

    report(
      await attempt('exports folder', async () => {
        const dir = config.exportsDir;
        const probe = path.join(dir, `.check-${randomBytes(4).toString('hex')}`);
        try {
          await fsp.writeFile(probe, 'custodian worker check\n');
          await fsp.rm(probe);
        } catch (error) {
          throw new Error(`${dir} is not writable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): the worker writes the MP4s there`);
        }
        return `${dir} is writable`;
      }),
    );
  }

  let tools: MediaTools | null = null;
  report(
    await attempt('ffmpeg', async () => {
      tools = await locateMediaTools();
      return `ffmpeg ${tools.ffmpegVersion} from ${tools.ffmpegSource}; ffprobe ${tools.ffprobeVersion} from ${tools.ffprobeSource}`;
    }),
  );

  report(
    await attempt('authorization', async () => {
      if (!db) throw new Error('cannot be checked without the database');
      const identity = await workerIdentity(config.dataDir, config.workerName);
      const found: { authorized: boolean }[] = await db.orm.em.getConnection().execute('select authorized from task_services where id = ?', [identity.id]);
      if (!found[0]) {
        // Registered now (offline), so that an administrator can authorize it before it runs.
        const media = tools as MediaTools | null;
        await new TaskServiceRegistration(db.orm.em, {
          identity,
          concurrency: config.workerConcurrency,
          mediaTools: media ?? { ffmpegVersion: 'unknown', ffmpegSource: 'not found' },
          heartbeatTimeoutSeconds: config.heartbeatTimeoutSeconds,
        }).registerOffline();
      }
      if (!found[0]?.authorized) {
        throw new Error(
          `task service ${identity.name} (${identity.id}) is registered but not authorized: an administrator must authorize it on the Task services page`,
        );
      }
      return `task service ${identity.name} (${identity.id}) is authorized`;
    }),
  );

  await (db as Database | null)?.close();
  const failed = results.filter((r) => !r.ok).length;
  print(failed ? `${failed} of ${results.length} checks failed` : `all ${results.length} checks passed`);
  return failed ? 1 : 0;
}
