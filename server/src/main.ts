import 'reflect-metadata';
import { loadConfig } from './config/config.js';
import { firstStart } from './app/first-start.js';
import { logger } from './common/log.js';
import { startCore } from './app/core.js';
import { startApi } from './app/start-api.js';
import { startWorker } from './app/start-worker.js';
import { onShutdown } from './app/shutdown.js';
import { startOrExit } from './app/startup.js';

/**
 * `npm start`: the whole system in one process on one port: API, web app and a task service
 * worker, with an embedded PostgreSQL when DATABASE_URL is unset.
 */
const config = await startOrExit(() => loadConfig());
const log = logger('custodian', config.logFormat);
const core = await startOrExit(() => startCore(config, log, { migrate: true }));
const stopCore = async () => {
  await core.queue.stop();
  await core.db.close();
};
// A failed start stops the embedded database too, so that it leaves nothing running.
const { notes, worker, api } = await startOrExit(
  async () => ({
    notes: await firstStart(config, core, log),
    worker: await startWorker(config, log, core, { local: true }),
    api: await startApi(config, log, core),
  }),
  stopCore,
);

// Installed before saying it is running: a SIGTERM sent on that line must find the handler.
onShutdown(log, async () => {
  await worker.stop(config.shutdownGraceSeconds * 1000);
  await api.stop();
  await stopCore();
});
log(`Custodian is running at http://localhost:${api.port}/ (GraphQL at /graphql)`);
for (const note of notes) log(note);
