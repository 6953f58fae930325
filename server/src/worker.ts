import 'reflect-metadata';
import { loadConfig } from './config/config.js';
import { logger } from './common/log.js';
import { startCore } from './app/core.js';
import { startWorker } from './app/start-worker.js';
import { onShutdown } from './app/shutdown.js';
import { checkWorker } from './app/worker-check.js';

/**
 * `npm run worker`: one task service worker. Run any number, on any machine that reaches the
 * same DATABASE_URL and shares the recordings and exports folders. `--check` tests the connection
 * and exits.
 */
const config = loadConfig();
if (process.argv.includes('--check')) process.exit(await checkWorker(config));
const log = logger('worker');
const core = await startCore(config, log, { migrate: true });
const worker = await startWorker(config, log, core);

onShutdown(log, async () => {
  // Running exports get a short while to finish; the rest go back to the queue for other workers.
  await worker.stop(config.shutdownGraceSeconds * 1000);
  await core.queue.stop();
  await core.db.close();
});
