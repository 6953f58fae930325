import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, gqlOk, signIn } from '../support/graphql-client.js';
import { writeFixtures } from '../support/fixtures.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

const RECORDING_IDS = graphql(`query Retention_RecordingIds { recordings { edges { node { id } } } }`);
const EXPORT = graphql(`mutation Retention_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const TASK = graphql(`query Retention_Task($id: ID!) { exportTask(id: $id) { id status downloadUrl expiredAt } }`);

describe('export retention', () => {
  let system: System;
  let exporter: string;
  let recordingId: string;

  beforeAll(async () => {
    // One day of retention, checked every second; the test ages an export by moving its completion time.
    system = await startSystem(inject('pgServerUrl'), { workers: 1, env: { EXPORT_RETENTION_DAYS: '1', CUSTODIAN_RETENTION_INTERVAL_SECONDS: '1' } });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(dir, [{ name: 'short.mkv', width: 320, height: 240, durationSeconds: 2, withAudio: false, metadata: { userName: 'jdoe' } }]);
    await system.cli(['import', dir]);
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    exporter = await createUser(system.url, admin, 'investigator', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    recordingId = (await gqlOk(system.url, RECORDING_IDS, {}, exporter)).recordings.edges[0].node.id;
  });

  afterAll(() => system?.stop());

  const exportCompleted = async (reason: string): Promise<string> => {
    const id = (await gqlOk(system.url, EXPORT, { input: { recordingIds: [recordingId], reason } }, exporter)).exportRecordings.tasks[0].id;
    await waitUntil(`export ${id} to complete`, async () =>
      (await gqlOk(system.url, TASK, { id }, exporter)).exportTask.status === 'COMPLETED' ? true : undefined,
    );
    return id;
  };
  const download = (id: string) => fetch(`${system.url}/exports/${id}/file`, { headers: { authorization: `Bearer ${exporter}` } });

  it('deletes the file of an export older than the retention, marks it EXPIRED, answers 410 and keeps the audit trail', async () => {
    const old = await exportCompleted('Case 11: an export that will expire');
    const recent = await exportCompleted('Case 11: an export that stays');
    expect((await download(old)).status).toBe(200);
    const file = path.join(system.dataDir, 'exports', `${old}.mp4`);
    expect(fs.existsSync(file)).toBe(true);

    await system.sql("update export_tasks set finished_at = now() - interval '2 days' where id = $1", [old]);
    const expired = await waitUntil(
      'the retention job to expire it',
      async () => {
        const task = (await gqlOk(system.url, TASK, { id: old }, exporter)).exportTask;
        return task.status === 'EXPIRED' ? task : undefined;
      },
      20_000,
      250,
    );
    expect(expired.downloadUrl).toBeNull();
    expect(expired.expiredAt).not.toBeNull();
    // The row is expired first and committed, then the file is deleted: a moment apart.
    await waitUntil("the expired export's file to be deleted", async () => (fs.existsSync(file) ? undefined : true), 10_000, 100);

    const gone = await download(old);
    expect(gone.status).toBe(410);
    const body = (await gone.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('EXPIRED');
    expect(body.error.message).toMatch(/expired on .*retention period/);

    // Within the retention: untouched.
    expect((await gqlOk(system.url, TASK, { id: recent }, exporter)).exportTask.status).toBe('COMPLETED');
    expect((await download(recent)).status).toBe(200);

    const trail = await system.sql<{ action: string; actor_name: string | null; reason: string; detail: string | null }>(
      'select action, actor_name, reason, detail from audit_events where task_id = $1 order by id',
      [old],
    );
    // The download answered 410 after expiry is audited as a failed download.
    expect(trail.map((r) => r.action)).toEqual(['EXPORT_REQUESTED', 'EXPORT_COMPLETED', 'EXPORT_DOWNLOADED', 'EXPORT_EXPIRED', 'EXPORT_DOWNLOADED']);
    const last = trail[3]!;
    expect(last.actor_name).toBeNull();
    expect(last.reason).toBe('Case 11: an export that will expire');
    expect(last.detail).toMatch(/^Deleted after the 1-day retention \(completed .*; sha256 [0-9a-f]{64}\)\.$/);
    await system.api.waitFor(`export task ${old}: expired (1-day retention); file deleted`, 10_000);
  });
});
