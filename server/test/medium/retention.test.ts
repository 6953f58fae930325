import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/access/role.js';
import type { User } from '../../src/auth/user.entity.js';
import * as lifecycle from '../../src/exports/export-task-lifecycle.js';
import { ExportTaskStatus } from '../../src/exports/export-task-status.js';
import { expireExports } from '../../src/exports/retention.js';
import type { Recording } from '../../src/recordings/recording.entity.js';
import type { TaskService } from '../../src/taskservices/task-service.entity.js';
import { createRecording, createTaskService, createUser } from '../support/builders.js';
import { requestTasks } from '../support/export-tasks.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const { COMPLETED, EXPIRED } = ExportTaskStatus;
const REASON = 'Case 2026-114: unauthorized payment approvals';

describe('export retention', () => {
  let t: TestDatabase;
  let root: string;
  let exportsDir: string;
  let requester: User;
  let recording: Recording;
  let service: TaskService;
  const logged: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    root = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-retention-'));
    exportsDir = path.join(root, 'exports');
    await fsp.mkdir(exportsDir);
    requester = await createUser(t.em, 'investigator', [Role.LOGGING_READER, Role.PRIVILEGED_PLAYER]);
    recording = await createRecording(t.em);
    service = await createTaskService(t.em, { authorized: true });
  });
  afterAll(async () => {
    await t?.close();
    if (root) await fsp.rm(root, { recursive: true, force: true });
  });

  const expire = (retentionDays: number) => expireExports({ em: t.em, exportsDir, retentionDays, log: (line) => logged.push(line) });
  const inTransaction = <T>(work: (tx: EntityManager) => Promise<T>) => t.em.fork().transactional(work);
  const statusOf = async (id: string) => (await t.sql<{ status: ExportTaskStatus }>('select status from export_tasks where id = $1', [id]))[0]!.status;
  const fileOf = (id: string) => path.join(exportsDir, `${id}.mp4`);

  /**
   * `count` COMPLETED exports made through the lifecycle (request, claim, complete), each with its
   * MP4 in the exports folder, finished `daysAgo` days ago.
   */
  async function completedExports(count: number, daysAgo: number): Promise<string[]> {
    const ids = await requestTasks(
      t.em,
      requester,
      Array.from({ length: count }, () => recording),
    );
    // One transaction per task, as task services run them, four at a time (the pool's size).
    const queue = [...ids];
    const lane = async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        const taskId = id;
        await inTransaction(async (tx) => {
          const claimed = await lifecycle.claim(tx, taskId, service.id);
          await lifecycle.complete(tx, claimed!, {
            outputPath: `${taskId}.mp4`,
            sha256: 'b'.repeat(64),
            sizeBytes: 7,
            durationSeconds: 60,
            ffmpegVersion: '5.1',
            ffmpegArgs: [],
            completedAt: new Date(),
          });
        });
      }
    };
    await Promise.all([lane(), lane(), lane(), lane()]);
    await Promise.all(ids.map((id) => fsp.writeFile(fileOf(id), 'an mp4')));
    await t.sql(`update export_tasks set finished_at = now() - make_interval(days => $2) where id = any($1::uuid[])`, [ids, daysAgo]);
    return ids;
  }

  it('expires an export older than the retention and deletes its file; a newer one keeps both', async () => {
    const [old] = await completedExports(1, 31);
    const [recent] = await completedExports(1, 29);

    expect(await expire(30)).toEqual([old]);

    expect(await statusOf(old!)).toBe(EXPIRED);
    expect((await t.sql<{ expired_at: Date | null }>('select expired_at from export_tasks where id = $1', [old]))[0]!.expired_at).not.toBeNull();
    expect(fs.existsSync(fileOf(old!))).toBe(false);
    const trail = await t.sql<{ action: string; outcome: string; actor_name: string | null; recording_id: string; reason: string; detail: string }>(
      'select action, outcome, actor_name, recording_id, reason, detail from audit_events where task_id = $1 order by id',
      [old],
    );
    expect(trail.map((row) => row.action)).toEqual(['EXPORT_REQUESTED', 'EXPORT_COMPLETED', 'EXPORT_EXPIRED']);
    expect(trail.at(-1)).toMatchObject({ outcome: 'SUCCESS', actor_name: null, recording_id: recording.id, reason: REASON });
    expect(trail.at(-1)!.detail).toMatch(/^Deleted after the 30-day retention \(completed \d{4}-\d\d-\d\dT[\d:.]+Z; sha256 b{64}\)\.$/);

    expect(await statusOf(recent!)).toBe(COMPLETED);
    expect(fs.readFileSync(fileOf(recent!), 'utf8')).toBe('an mp4');
    expect(await t.sql('select action from audit_events where task_id = $1 and action = $2', [recent, 'EXPORT_EXPIRED'])).toEqual([]);
  });

  it('expires a task whose stored path leads outside the exports folder, but deletes no file outside it', async () => {
    const [id] = await completedExports(1, 40);
    const outside = path.join(root, 'outside.mp4');
    await fsp.writeFile(outside, 'not an export');
    await t.sql("update export_tasks set output_path = '../outside.mp4' where id = $1", [id]);

    expect(await expire(30)).toEqual([id]);
    expect(await statusOf(id!)).toBe(EXPIRED);
    expect(fs.readFileSync(outside, 'utf8')).toBe('not an export');
  });

  it('keeps everything forever with a retention of 0 days', async () => {
    const [ancient] = await completedExports(1, 3650);
    expect(await expire(0)).toEqual([]);
    expect(await statusOf(ancient!)).toBe(COMPLETED);
    expect(fs.existsSync(fileOf(ancient!))).toBe(true);
    // It was due: a retention shorter than its age expires it.
    expect(await expire(3000)).toEqual([ancient]);
  });

  // The module expires 200 tasks per transaction; 201 need a second round.
  it('expires a backlog larger than one batch', async () => {
    const ids = await completedExports(201, 60);
    const expired = await expire(30);
    expect(expired).toHaveLength(201);
    expect(new Set(expired)).toEqual(new Set(ids));
    const [{ count }] = await t.sql<{ count: string }>("select count(*) from export_tasks where id = any($1::uuid[]) and status = 'EXPIRED'", [ids]);
    expect(Number(count)).toBe(201);
    const [{ audited }] = await t.sql<{ audited: string }>(
      "select count(*) as audited from audit_events where task_id = any($1::uuid[]) and action = 'EXPORT_EXPIRED'",
      [ids],
    );
    expect(Number(audited)).toBe(201);
    expect(ids.filter((id) => fs.existsSync(fileOf(id)))).toEqual([]);
  });
});
