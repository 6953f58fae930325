import 'reflect-metadata';
import { loadConfig } from './config/config.js';
import { logger } from './common/log.js';
import { startCore } from './app/core.js';
import { startWorker } from './app/start-worker.js';
import { onShutdown } from './app/shutdown.js';
import { startOrExit } from './app/startup.js';
import { checkWorker } from './app/worker-check.js';

/**
 * `npm run worker`: one task service worker. Run any number, on any machine that reaches the
 * same DATABASE_URL and the same recordings and exports (a shared folder or a bucket). `--check`
 * tests the connection and exits.
 */
const config = await startOrExit(() => loadConfig());
if (process.argv.includes('--check')) process.exit(await checkWorker(config));
const log = logger('worker', config.logFormat);
const core = await startOrExit(() => startCore(config, log, { migrate: true }));
const stopCore = async () => {
  await core.queue.stop();
  await core.db.close();
};
const worker = await startOrExit(() => startWorker(config, log, core), stopCore);

onShutdown(log, async () => {
  // Running exports get a short while to finish; the rest go back to the queue for other workers.
  await worker.stop(config.shutdownGraceSeconds * 1000);
  await stopCore();
});
