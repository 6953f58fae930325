import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, gqlOk, signIn } from '../support/graphql-client.js';
import { freePort } from '../support/ports.js';
import { writeFixtures } from '../support/fixtures.js';
import { parseMetrics, sampleValue } from '../support/prometheus.js';
import { ADMIN, run, type RunningProcess } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

const TASK_SERVICES = graphql(`query SingleMachine_TaskServices { taskServices { name hostName authorized authorizedBy online } }`);
const RECORDINGS = graphql(`query SingleMachine_Recordings { recordings { edges { node { id } } } }`);
const EXPORT = graphql(`mutation SingleMachine_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const TASK = graphql(`query SingleMachine_Task($id: ID!) { exportTask(id: $id) { status error } }`);
const METRICS_TOKEN = 'single-machine-metrics-token-0123456789';

describe('npm start on one machine: the local task service', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let db: pg.Client;
  let url: string;

  beforeAll(async () => {
    const name = `custodian_test_${randomBytes(5).toString('hex')}`;
    const server = new pg.Client({ connectionString: inject('pgServerUrl') });
    await server.connect();
    await server.query(`create database ${name}`);
    await server.end();
    const databaseUrl = new URL(inject('pgServerUrl'));
    databaseUrl.pathname = `/${name}`;
    dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-test-main-'));
    env = {
      ...process.env,
      DATABASE_URL: databaseUrl.toString(),
      CUSTODIAN_DATA_DIR: dataDir,
      CUSTODIAN_ADMIN_USERNAME: ADMIN.username,
      CUSTODIAN_ADMIN_PASSWORD: ADMIN.password,
      CUSTODIAN_DEMO_DATA: 'false',
      CUSTODIAN_WORKER_CONCURRENCY: '1',
      WORKER_NAME: '',
      // The test server's role is a superuser, which Custodian refuses unless told.
      CUSTODIAN_ALLOW_SUPERUSER: 'true',
      CUSTODIAN_METRICS_TOKEN: METRICS_TOKEN,
    };
    db = new pg.Client({ connectionString: databaseUrl.toString() });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await fsp.rm(dataDir, { recursive: true, force: true });
  });

  async function startMain(): Promise<RunningProcess> {
    // A port of its own each time: between two starts another process may take the last one.
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const main = run('main.js', { ...env, PORT: String(port) });
    await main.waitFor(/Custodian is running at/);
    await main.waitFor(/is authorized: taking export tasks|is not authorized/);
    return main;
  }

  async function stopMain(main: RunningProcess): Promise<void> {
    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
  }

  const grants = async () =>
    (
      await db.query<{ actor_name: string | null; actor_id: string | null; detail: string }>(
        "select actor_name, actor_id, detail from audit_events where action = 'TASK_SERVICE_AUTHORIZED'",
      )
    ).rows;

  it('authorizes its worker by the system, once, with an audit row, and shows it on the Task services page', async () => {
    const main = await startMain();
    expect(main.output()).toContain(`authorized as the local task service of this single-machine install`);
    expect(main.output()).toMatch(/is authorized: taking export tasks/);
    const rows = await grants();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actor_name).toBeNull();
    expect(rows[0]!.actor_id).toBeNull();
    expect(rows[0]!.detail).toMatch(
      new RegExp(
        `^Authorized automatically: task service ${os.hostname()} on ${os.hostname()} \\(\\S+\\) is the local task service of a single-machine install`,
      ),
    );

    const admin = await signIn(url, ADMIN.username, ADMIN.password);
    const { taskServices } = await gqlOk(url, TASK_SERVICES, {}, admin);
    expect(taskServices).toEqual([{ name: os.hostname(), hostName: os.hostname(), authorized: true, authorizedBy: null, online: true }]);

    // One /metrics for the API and its task service: an export run here shows beside the requests.
    const incoming = path.join(dataDir, 'incoming');
    await writeFixtures(incoming, [{ name: 'one.mkv', width: 320, height: 240, durationSeconds: 2, withAudio: false, metadata: { userName: 'one' } }]);
    expect(await run('cli.js', env, ['import', incoming]).exited).toBe(0);
    const exporter = await createUser(url, admin, 'exporter', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    const [recording] = (await gqlOk(url, RECORDINGS, {}, exporter)).recordings.edges;
    const taskId = (await gqlOk(url, EXPORT, { input: { recordingIds: [recording!.node.id], reason: 'Single machine metrics check' } }, exporter))
      .exportRecordings.tasks[0]!.id;
    const task = await waitUntil('the export to finish', async () => {
      const { exportTask } = await gqlOk(url, TASK, { id: taskId }, exporter);
      return exportTask && ['COMPLETED', 'FAILED'].includes(exportTask.status) ? exportTask : undefined;
    });
    expect(task.status, task.error ?? '').toBe('COMPLETED');
    const scraped = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scraped.status).toBe(200);
    const samples = parseMetrics(await scraped.text());
    expect(sampleValue(samples, 'custodian_export_duration_seconds_count', { outcome: 'completed' })).toBe(1);
    expect(sampleValue(samples, 'custodian_export_bytes_total')).toBeGreaterThan(0);
    expect(
      sampleValue(samples, 'custodian_graphql_operation_duration_seconds_count', { operation: 'SingleMachine_Export', type: 'mutation', outcome: 'ok' }),
    ).toBe(1);
    expect(sampleValue(samples, 'custodian_task_services', { authorized: 'true', online: 'true' })).toBe(1);
    await stopMain(main);

    // A restart keeps the same identity and authorization without a second grant.
    const again = await startMain();
    expect(again.output()).not.toContain('authorized as the local task service');
    expect(await grants()).toHaveLength(1);
    await stopMain(again);
  });

  it('respects an administrator who revoked it: a restart does not authorize it again', async () => {
    await db.query("update task_services set authorized = false, revoked_at = now(), revoked_by = 'admin'");
    const main = await startMain();
    expect(main.output()).toMatch(/is not authorized: it takes no export tasks/);
    expect(await grants()).toHaveLength(1);
    await stopMain(main);
  });
});
