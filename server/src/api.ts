import 'reflect-metadata';
import { loadConfig } from './config/config.js';
import { firstStart } from './app/first-start.js';
import { logger } from './common/log.js';
import { startCore } from './app/core.js';
import { startApi } from './app/start-api.js';
import { onShutdown } from './app/shutdown.js';

/** `npm run server`: the API server and web app alone; workers run as separate processes. */
const config = loadConfig();
const log = logger('api');
const core = await startCore(config, log, { migrate: true });
const notes = await firstStart(config, core, log);
const api = await startApi(config, log, core);
log(`API listening on port ${api.port}`);
for (const note of notes) log(note);

onShutdown(log, async () => {
  await api.stop();
  await core.queue.stop();
  await core.db.close();
});
