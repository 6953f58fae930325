import 'reflect-metadata';
import { loadConfig } from './config/config.js';
import { firstStart } from './app/first-start.js';
import { logger } from './common/log.js';
import { startCore } from './app/core.js';
import { startApi } from './app/start-api.js';
import { startWorker } from './app/start-worker.js';
import { onShutdown } from './app/shutdown.js';

/**
 * `npm start`: the whole system in one process on one port: API, web app and a task service
 * worker, with an embedded PostgreSQL when DATABASE_URL is unset.
 */
const config = loadConfig();
const log = logger('custodian');
const core = await startCore(config, log, { migrate: true });
let started: { notes: string[]; worker: Awaited<ReturnType<typeof startWorker>>; api: Awaited<ReturnType<typeof startApi>> };
try {
  const notes = await firstStart(config, core, log);
  started = { notes, worker: await startWorker(config, log, core, { local: true }), api: await startApi(config, log, core) };
} catch (error) {
  // Stop the embedded database too, so that a failed start leaves nothing running.
  console.error(`Custodian could not start: ${(error as Error).message}`);
  await core.queue.stop();
  await core.db.close();
  process.exit(1);
}
const { notes, worker, api } = started;

// Installed before saying it is running: a SIGTERM sent on that line must find the handler.
onShutdown(log, async () => {
  await worker.stop(config.shutdownGraceSeconds * 1000);
  await api.stop();
  await core.queue.stop();
  await core.db.close();
});
log(`Custodian is running at http://localhost:${api.port}/ (GraphQL at /graphql)`);
for (const note of notes) log(note);
