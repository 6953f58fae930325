import fsp from 'node:fs/promises';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, gqlOk, signIn, subscribe, wsClient } from '../support/graphql-client.js';
import { writeFixtures } from '../support/fixtures.js';
import { freePort } from '../support/ports.js';
import { parseMetrics, sampleValue, type Sample } from '../support/prometheus.js';
import { ADMIN, run, startSystem, type RunningProcess, type System } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

const RECORDINGS = graphql(`query Metrics_Recordings { recordings { edges { node { id userName sourceLocation } } } }`);
const EXPORT = graphql(`mutation Metrics_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const TASK_UPDATED = graphql(`subscription Metrics_TaskUpdated { taskUpdated { id status } }`);

const TOKEN = 'metrics-scrape-token-for-tests-0123456789';
const REQUEST_ID = 'metrics-test-request-1';
const REASON = 'Checking what operators see in the metrics';

describe('metrics and structured logs of a running system', () => {
  let system: System;
  let worker: RunningProcess;
  let workerMetrics: string;
  let exporter: string;
  const recordings = new Map<string, { id: string; sourceLocation: string }>();

  const scrape = async (url: string, token?: string) => {
    const response = await fetch(`${url}/metrics`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    return { status: response.status, text: await response.text() };
  };
  const scrapeOk = async (url: string, token?: string): Promise<Sample[]> => {
    const { status, text } = await scrape(url, token);
    expect(status, text).toBe(200);
    return parseMetrics(text);
  };
  const settled = (taskId: string) =>
    waitUntil(`task ${taskId} to settle`, async () => {
      const [row] = await system.sql<{ status: string }>('select status from export_tasks where id = $1', [taskId]);
      return row && ['COMPLETED', 'FAILED'].includes(row.status) ? row.status : undefined;
    });
  const jsonLines = (output: string) =>
    output
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { time: string; level: string; role: string; msg: string; requestId?: string; taskId?: string });

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), {
      workers: 0,
      env: { CUSTODIAN_METRICS_TOKEN: TOKEN, CUSTODIAN_LOG_FORMAT: 'json', CUSTODIAN_LOG_REQUESTS: 'true' },
    });
    const port = await freePort();
    workerMetrics = `http://127.0.0.1:${port}`;
    worker = await system.startWorker({ CUSTODIAN_METRICS_ADDRESS: `127.0.0.1:${port}` });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(dir, [
      { name: 'fine.mp4', width: 320, height: 240, durationSeconds: 2, withAudio: false, metadata: { userName: 'fine' } },
      { name: 'gone.mp4', width: 320, height: 240, durationSeconds: 2, withAudio: false, metadata: { userName: 'gone' } },
    ]);
    await system.cli(['import', dir]);
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    exporter = await createUser(system.url, admin, 'metrics-exporter', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    for (const { node } of (await gqlOk(system.url, RECORDINGS, {}, exporter)).recordings.edges) recordings.set(node.userName, node);
  });

  afterAll(() => system?.stop());

  it('refuses a scrape without the token or with a wrong one, and shows no data', async () => {
    for (const token of [undefined, 'wrong-token', `${TOKEN}x`, TOKEN.slice(0, -1)]) {
      for (const url of [system.url, workerMetrics]) {
        const refused = await scrape(url, token);
        expect(refused.status).toBe(401);
        expect(refused.text).not.toMatch(/custodian_|process_/);
      }
    }
  });

  it('counts a real export and a real failure, and reports the tasks the database holds', async () => {
    const ws = wsClient(system.url, { token: exporter });
    const events: string[] = [];
    const unsubscribe = subscribe(
      ws,
      TASK_UPDATED,
      {},
      { next: (e) => events.push(e.data?.taskUpdated.status ?? ''), error: () => undefined, complete: () => undefined },
    );
    await waitUntil('the websocket to be counted', async () => {
      const samples = await scrapeOk(system.url, TOKEN);
      return sampleValue(samples, 'custodian_websocket_connections') === 1 ? true : undefined;
    });

    // A query over the websocket is timed like one over HTTP.
    await new Promise((resolve, reject) => subscribe(ws, RECORDINGS, {}, { next: resolve, error: reject, complete: () => undefined }));

    // Sent as any client would, with a request id of its own.
    const response = await fetch(`${system.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${exporter}`, 'x-request-id': REQUEST_ID },
      body: JSON.stringify({
        query: print(EXPORT),
        operationName: 'Metrics_Export',
        variables: { input: { recordingIds: [recordings.get('fine')!.id], reason: REASON } },
      }),
    });
    expect(response.headers.get('x-request-id')).toBe(REQUEST_ID);
    const completedId = ((await response.json()) as { data: { exportRecordings: { tasks: { id: string }[] } } }).data.exportRecordings.tasks[0]!.id;
    expect(await settled(completedId)).toBe('COMPLETED');

    await fsp.rm(path.join(system.dataDir, 'recordings', recordings.get('gone')!.sourceLocation));
    const failed = await gqlOk(system.url, EXPORT, { input: { recordingIds: [recordings.get('gone')!.id], reason: REASON } }, exporter);
    expect(await settled(failed.exportRecordings.tasks[0]!.id)).toBe('FAILED');
    await waitUntil('the subscriber to hear both', async () => (events.filter((s) => s === 'COMPLETED' || s === 'FAILED').length === 2 ? true : undefined));

    // The API: the tasks and task services in the database, its sockets, requests and operations.
    // The database is read at most every few seconds: the first scrape above may still answer.
    const counts = await system.sql<{ status: string; count: string }>('select status, count(*) from export_tasks group by status');
    const inDatabase = (status: string) => Number(counts.find((row) => row.status === status)?.count ?? 0);
    const api = await waitUntil(
      'the task gauge to read the database again',
      async () => {
        const samples = await scrapeOk(system.url, TOKEN);
        return sampleValue(samples, 'custodian_export_tasks', { status: 'COMPLETED' }) === 1 ? samples : undefined;
      },
      15_000,
      1000,
    );
    for (const status of ['PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED', 'EXPIRED']) {
      expect(sampleValue(api, 'custodian_export_tasks', { status }), status).toBe(inDatabase(status));
    }
    expect(sampleValue(api, 'custodian_export_tasks', { status: 'COMPLETED' })).toBe(1);
    expect(sampleValue(api, 'custodian_export_tasks', { status: 'FAILED' })).toBe(1);
    expect(sampleValue(api, 'custodian_task_services', { authorized: 'true', online: 'true' })).toBe(1);
    expect(sampleValue(api, 'custodian_task_services', { authorized: 'false', online: 'true' })).toBe(0);
    expect(sampleValue(api, 'custodian_websocket_connections')).toBe(1);
    // Every finished export had its manifest signed: none waits.
    expect(sampleValue(api, 'custodian_signing_request_wait_seconds')).toBe(0);
    expect(sampleValue(api, 'custodian_http_requests_total', { method: 'POST', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(4);
    expect(sampleValue(api, 'custodian_http_requests_total', { method: 'GET', route: '/metrics', status: '401' })).toBe(4);
    expect(sampleValue(api, 'custodian_http_requests_total', { method: 'GET', route: '/metrics', status: '200' })).toBeGreaterThanOrEqual(2);
    // Route templates, never raw paths: no label holds an id.
    expect(api.filter((s) => s.name === 'custodian_http_requests_total').map((s) => s.labels.route)).not.toContainEqual(expect.stringMatching(/[0-9a-f]{8}-/));
    expect(sampleValue(api, 'custodian_graphql_operation_duration_seconds_count', { operation: 'Metrics_Export', type: 'mutation', outcome: 'ok' })).toBe(2);
    // Once over HTTP, once over the websocket; the subscription until it was set up.
    expect(sampleValue(api, 'custodian_graphql_operation_duration_seconds_count', { operation: 'Metrics_Recordings', type: 'query', outcome: 'ok' })).toBe(2);
    expect(
      sampleValue(api, 'custodian_graphql_operation_duration_seconds_count', { operation: 'Metrics_TaskUpdated', type: 'subscription', outcome: 'ok' }),
    ).toBe(1);
    expect(sampleValue(api, 'process_resident_memory_bytes')).toBeGreaterThan(0);

    // The task service: what it ran, how long it waited and took, what it wrote, why it failed.
    const ran = await scrapeOk(workerMetrics, TOKEN);
    const [output] = await system.sql<{ output_size_bytes: string }>('select output_size_bytes from export_tasks where id = $1', [completedId]);
    expect(sampleValue(ran, 'custodian_export_bytes_total')).toBe(Number(output!.output_size_bytes));
    expect(sampleValue(ran, 'custodian_export_duration_seconds_count', { outcome: 'completed' })).toBe(1);
    expect(sampleValue(ran, 'custodian_export_duration_seconds_count', { outcome: 'failed' })).toBe(1);
    expect(sampleValue(ran, 'custodian_export_duration_seconds_sum', { outcome: 'completed' })).toBeGreaterThan(0);
    expect(sampleValue(ran, 'custodian_export_queue_wait_seconds_count')).toBe(2);
    expect(sampleValue(ran, 'custodian_export_queue_wait_seconds_bucket', { le: '+Inf' })).toBe(2);
    expect(sampleValue(ran, 'custodian_export_failures_total', { reason: 'source_missing' })).toBe(1);

    unsubscribe();
    await ws.dispose();
    await waitUntil('the websocket to be gone from the count', async () =>
      sampleValue(await scrapeOk(system.url, TOKEN), 'custodian_websocket_connections') === 0 ? true : undefined,
    );
  });

  it('writes JSON log lines that carry the request id or the export task id, and never the token', async () => {
    const apiLines = jsonLines(system.api.output());
    const workerLines = jsonLines(worker.output());
    for (const line of [...apiLines, ...workerLines]) expect(Number.isNaN(Date.parse(line.time))).toBe(false);
    expect(apiLines).toContainEqual(expect.objectContaining({ role: 'api', requestId: REQUEST_ID, msg: expect.stringMatching(/^POST \/graphql 200 \d+ ms$/) }));
    // A websocket message gets an id of its own; the operation's payload (and the token in connection_init) is not logged.
    const subscribeLine = apiLines.find((line) => line.msg.startsWith('websocket subscribe'));
    expect(subscribeLine?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const [completed] = await system.sql<{ id: string }>(`select id from export_tasks where status = 'COMPLETED'`);
    const taskLines = workerLines.filter((line) => line.taskId === completed!.id);
    expect(taskLines.map((line) => line.msg)).toContainEqual(expect.stringMatching(/^export task .*: converting /));
    expect(taskLines.map((line) => line.msg)).toContainEqual(expect.stringMatching(/^export task .*: completed/));
    // Lines outside a task name none.
    expect(workerLines.find((line) => /ready: \d+ at a time/.test(line.msg))?.taskId).toBeUndefined();
    expect(system.api.output() + worker.output()).not.toContain(TOKEN);
    expect(system.api.output()).not.toContain(exporter);
  });

  it('serves the metrics on a separate address only, when one is set', async () => {
    const [apiPort, metricsPort] = [await freePort(), await freePort()];
    const second = run('api.js', { ...system.env, PORT: String(apiPort), CUSTODIAN_METRICS_TOKEN: '', CUSTODIAN_METRICS_ADDRESS: `127.0.0.1:${metricsPort}` });
    try {
      await second.waitFor(/API listening on port \d+/);
      const onApiPort = await scrape(`http://127.0.0.1:${apiPort}`);
      expect(onApiPort.status).toBe(404);
      expect(onApiPort.text).not.toContain('custodian_');
      const separate = `http://127.0.0.1:${metricsPort}`;
      const samples = await scrapeOk(separate);
      expect(sampleValue(samples, 'custodian_export_tasks', { status: 'COMPLETED' })).toBe(1);
      expect(sampleValue(samples, 'custodian_export_tasks', { status: 'FAILED' })).toBe(1);
      expect((await fetch(`${separate}/graphql`)).status).toBe(404);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
