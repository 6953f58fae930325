import 'reflect-metadata';
import { ensureAdministrator } from './auth/bootstrap-admin.js';
import { loadConfig } from './config/config.js';
import { logger } from './runtime/log.js';
import { startApi, startCore } from './runtime/services.js';
import { onShutdown } from './runtime/shutdown.js';

/** `npm run server`: the API server and web app alone; workers run as separate processes. */
const config = loadConfig();
const log = logger('api');
const core = await startCore(config, log, { migrate: true });
const admin = await ensureAdministrator(core.db.orm.em, config.adminUsername, config.adminPassword);
if (admin.generatedPassword) log(`administrator created: ${config.adminUsername} / ${admin.generatedPassword}  (shown only this once)`);
const api = await startApi(config, log, core);
log(`API listening on port ${api.port}`);

onShutdown(log, async () => {
  await api.stop();
  await core.queue.stop();
  await core.db.close();
});
