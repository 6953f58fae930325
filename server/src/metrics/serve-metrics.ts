import type { EntityManager } from '@mikro-orm/postgresql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Log } from '../common/log.js';
import type { Config } from '../config/config.js';
import { databaseSources } from './database-sources.js';
import { setScrapeSources } from './instruments.js';
import { metricsHandler, startMetricsServer } from './metrics-endpoint.js';

/*
 * Where /metrics is served:
 * - CUSTODIAN_METRICS_ADDRESS set: on that address only (with the token too, if one is set);
 * - only CUSTODIAN_METRICS_TOKEN set: on the API's port, to requests carrying the token;
 * - neither: nowhere.
 * A task service run on its own (`npm run worker`) has no HTTP server: it serves its metrics only
 * on CUSTODIAN_METRICS_ADDRESS. In `npm start` the task service shares the API's process, and so
 * its metrics.
 */

type MetricsConfig = Pick<Config, 'metricsToken' | 'metricsAddress'>;

/** The API port's /metrics: the metrics when only a token protects them, otherwise 404 (never the web app's page). */
export function apiPortMetricsRoute(config: MetricsConfig, log: Log): (req: IncomingMessage, res: ServerResponse) => void {
  if (config.metricsToken && !config.metricsAddress) return metricsHandler(config.metricsToken, log);
  return (_req, res) => {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(
      config.metricsAddress ? 'Metrics are served on another address.\n' : 'Metrics are disabled: set CUSTODIAN_METRICS_TOKEN or CUSTODIAN_METRICS_ADDRESS.\n',
    );
  };
}

async function separateServer(config: MetricsConfig, log: Log): Promise<() => Promise<void>> {
  if (!config.metricsAddress) return async () => undefined;
  const server = await startMetricsServer({ token: config.metricsToken, address: config.metricsAddress }, log);
  return server.stop;
}

/**
 * The API process's metrics: its gauges read the database's export tasks and task services, and
 * its open websockets, at scrape time. Returns how to stop serving them.
 */
export async function startApiMetrics(
  config: MetricsConfig,
  sources: { em: EntityManager; taskStatuses: readonly string[]; websocketConnections: () => number },
  log: Log,
): Promise<() => Promise<void>> {
  setScrapeSources({ ...databaseSources(sources.em, sources.taskStatuses), websocketConnections: sources.websocketConnections });
  const stop = await separateServer(config, log);
  return async () => {
    setScrapeSources(null);
    await stop();
  };
}

/** A task service's own metrics (exports run, their durations and failures), on CUSTODIAN_METRICS_ADDRESS. */
export async function startWorkerMetrics(config: MetricsConfig, log: Log): Promise<() => Promise<void>> {
  if (config.metricsToken && !config.metricsAddress) log('metrics of this task service are served only on CUSTODIAN_METRICS_ADDRESS, which is not set');
  return separateServer(config, log);
}
