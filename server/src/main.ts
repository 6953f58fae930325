import 'reflect-metadata';
import { ensureAdministrator } from './auth/bootstrap-admin.js';
import { loadConfig } from './config/config.js';
import { DEMO_USERS } from './demo/demo-catalog.js';
import { seedDemoData } from './demo/seed-demo.js';
import { logger } from './runtime/log.js';
import { startApi, startCore, startWorker } from './runtime/services.js';
import { onShutdown } from './runtime/shutdown.js';

/**
 * `npm start`: the whole system in one process on one port: API, web app and a task service
 * worker, with an embedded PostgreSQL when DATABASE_URL is unset.
 */
const config = loadConfig();
const log = logger('custodian');
const core = await startCore(config, log, { migrate: true });
let started;
try {
  const admin = await ensureAdministrator(core.db.orm.em, config.adminUsername, config.adminPassword);
  if (config.demoData && (await seedDemoData(core.db.orm.em, core.mediaTools, config.recordingsDir, log))) {
    log(`demo users: ${DEMO_USERS.map((u) => `${u.username} / ${u.password} (${u.roles.join(', ')})`).join('; ')}`);
  }
  started = { admin, worker: await startWorker(config, log, core), api: await startApi(config, log, core) };
} catch (error) {
  // Stop the embedded database too, so that a failed start leaves nothing running.
  console.error(`Custodian could not start: ${(error as Error).message}`);
  await core.queue.stop();
  await core.db.close();
  process.exit(1);
}
const { admin, worker, api } = started;

log(`Custodian is running at http://localhost:${api.port}/ (GraphQL at /graphql)`);
if (admin.created) {
  log(admin.generatedPassword
    ? `administrator created: ${config.adminUsername} / ${admin.generatedPassword}  (shown only this once)`
    : `administrator created: ${config.adminUsername} (password from CUSTODIAN_ADMIN_PASSWORD)`);
}

onShutdown(log, async () => {
  await worker.stop(config.shutdownGraceSeconds * 1000);
  await api.stop();
  await core.queue.stop();
  await core.db.close();
});
