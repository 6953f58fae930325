import 'reflect-metadata';
import { loadConfig } from './config/config.js';
import { firstStart } from './app/first-start.js';
import { logger } from './common/log.js';
import { startCore } from './app/core.js';
import { startApi } from './app/start-api.js';
import { onShutdown } from './app/shutdown.js';
import { startOrExit } from './app/startup.js';

/** `npm run server`: the API server and web app alone; workers run as separate processes. */
const config = await startOrExit(() => loadConfig());
const log = logger('api', config.logFormat);
const core = await startOrExit(() => startCore(config, log, { migrate: true }));
const stopCore = async () => {
  await core.queue.stop();
  await core.db.close();
};
const { notes, api } = await startOrExit(async () => ({ notes: await firstStart(config, core, log), api: await startApi(config, log, core) }), stopCore);
log(`API listening on port ${api.port}`);
for (const note of notes) log(note);

onShutdown(log, async () => {
  await api.stop();
  await stopCore();
});
