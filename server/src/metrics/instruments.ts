import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { collectProcessMetrics } from './process-metrics.js';

/*
 * Every metric Custodian exports, in one registry per process. The README lists them with example
 * alerts. Label values come from closed sets (statuses, route templates, failure kinds, bounded
 * operation names), never from raw paths, ids or user input, so no scrape can grow without end.
 */

export const registry = new Registry();
collectProcessMetrics(registry);

// Exports take from seconds to hours: buckets from 1 s to 4 h.
const EXPORT_SECONDS = [1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 7200, 14_400];
// A task normally waits well under a second for a free task service; minutes mean a backlog.
const QUEUE_WAIT_SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600];
const REQUEST_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const exportQueueWait = new Histogram({
  name: 'custodian_export_queue_wait_seconds',
  help: 'Time from an export request to the first start of its task on a task service (observed by the task service).',
  buckets: QUEUE_WAIT_SECONDS,
  registers: [registry],
});

export const exportDuration = new Histogram({
  name: 'custodian_export_duration_seconds',
  help: 'Time a task service spent on one export attempt, from its claim to its completion or failure.',
  labelNames: ['outcome'] as const,
  buckets: EXPORT_SECONDS,
  registers: [registry],
});

export const exportedBytes = new Counter({
  name: 'custodian_export_bytes_total',
  help: 'Bytes of completed export files written by task services of this process.',
  registers: [registry],
});

export const exportFailures = new Counter({
  name: 'custodian_export_failures_total',
  help: 'Export tasks that became FAILED, by why (the kind of media error, task_service_lost, or internal).',
  labelNames: ['reason'] as const,
  registers: [registry],
});

export const auditWriteFailures = new Counter({
  name: 'custodian_audit_write_failures_total',
  help: 'Audit rows, chain links or checkpoints that could not be written: event, refusal, chain or checkpoint.',
  labelNames: ['kind'] as const,
  registers: [registry],
});

export const graphqlOperationDuration = new Histogram({
  name: 'custodian_graphql_operation_duration_seconds',
  help: 'GraphQL operations over HTTP, by operation name (bounded: anonymous, unknown, other), type and outcome.',
  labelNames: ['operation', 'type', 'outcome'] as const,
  buckets: REQUEST_SECONDS,
  registers: [registry],
});

export const httpRequests = new Counter({
  name: 'custodian_http_requests_total',
  help: 'HTTP requests answered by the API, by method, route template and status code.',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});

export const httpRequestDuration = new Histogram({
  name: 'custodian_http_request_duration_seconds',
  help: 'Time to answer HTTP requests, by method and route template.',
  labelNames: ['method', 'route'] as const,
  buckets: REQUEST_SECONDS,
  registers: [registry],
});

/** What the API process's gauges read at scrape time; set when the API starts. */
export interface ScrapeSources {
  /** Export tasks per status, read from the database. */
  taskCounts(): Promise<Map<string, number>>;
  /** Task services by whether they are authorized and online, read from the database. */
  taskServices(): Promise<{ authorized: boolean; online: boolean; count: number }[]>;
  /** How long the oldest signing request no API process has answered has waited, in seconds; 0 when none waits. */
  oldestSigningRequestSeconds(): Promise<number>;
  websocketConnections(): number;
}

let sources: ScrapeSources | null = null;

/** Makes this process's /metrics report the database's tasks and task services, and the API's sockets. */
export function setScrapeSources(next: ScrapeSources | null): void {
  sources = next;
}

new Gauge({
  name: 'custodian_export_tasks',
  help: 'Export tasks by status, read from the database at scrape time.',
  labelNames: ['status'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    if (!sources) return;
    for (const [status, count] of await sources.taskCounts()) this.set({ status }, count);
  },
});

new Gauge({
  name: 'custodian_task_services',
  help: 'Registered task services by authorized and online (heartbeat within its timeout), read from the database at scrape time.',
  labelNames: ['authorized', 'online'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    if (!sources) return;
    for (const authorized of [true, false]) for (const online of [true, false]) this.set({ authorized: String(authorized), online: String(online) }, 0);
    for (const row of await sources.taskServices()) this.set({ authorized: String(row.authorized), online: String(row.online) }, row.count);
  },
});

new Gauge({
  name: 'custodian_signing_request_wait_seconds',
  help: 'How long the oldest unanswered signing request (a finished export waiting for its manifest to be signed) has waited; 0 when none waits. Read from the database at scrape time.',
  registers: [registry],
  async collect() {
    this.set(sources ? await sources.oldestSigningRequestSeconds() : 0);
  },
});

new Gauge({
  name: 'custodian_websocket_connections',
  help: 'Authenticated GraphQL websockets open on this API process.',
  registers: [registry],
  collect() {
    this.set(sources?.websocketConnections() ?? 0);
  },
});
