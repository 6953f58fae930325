import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { graphql } from '../gql/index.js';
import type { FaultExports_TaskQuery } from '../gql/graphql.js';
import type { FaultSystem } from './fault-system.js';
import { type FixtureSpec, writeFixtures } from './fixtures.js';
import { createUser, gqlOk, signIn } from './graphql-client.js';
import { ADMIN } from './system.js';
import { waitUntil } from './wait.js';

const RECORDINGS = graphql(`query FaultExports_Recordings { recordings(first: 50) { edges { node { id userName } } } }`);
const EXPORT = graphql(`mutation FaultExports_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const TASK = graphql(`query FaultExports_Task($id: ID!) { exportTask(id: $id) { id status progress attempts error outputSha256 outputSizeBytes } }`);

export type FaultTask = FaultExports_TaskQuery['exportTask'];

/**
 * Imports screen recordings made by ffmpeg (and whatever `alsoWrite` puts in the same folder) and
 * signs in a user who may export; returns the recordings' ids by user name.
 */
export async function prepareExports(
  system: FaultSystem,
  specs: FixtureSpec[],
  alsoWrite?: (dir: string) => Promise<void>,
): Promise<{ token: string; recordings: Map<string, string> }> {
  const dir = path.join(system.dataDir, 'incoming');
  await writeFixtures(dir, specs);
  await alsoWrite?.(dir);
  const imported = await system.cli(['import', dir]);
  if (imported.code !== 0) throw new Error(`import failed:\n${imported.output}`);
  const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
  const token = await createUser(system.url, admin, 'investigator', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
  const { recordings } = await gqlOk(system.url, RECORDINGS, {}, token);
  return { token, recordings: new Map(recordings.edges.map(({ node }) => [node.userName, node.id])) };
}

/** A screen recording of `seconds` that takes a few seconds to convert. */
export function screenRecording(userName: string, options: { seconds: number; width?: number; height?: number }): FixtureSpec {
  return {
    name: `${userName}.mkv`,
    width: options.width ?? 1280,
    height: options.height ?? 720,
    durationSeconds: options.seconds,
    fps: 30,
    withAudio: true,
    metadata: { userName, serverName: 'fin-app-01', protocol: 'RDP', startedAt: '2026-11-20T09:00:00Z' },
  };
}

export async function requestExport(system: FaultSystem, token: string, recordingId: string, reason: string): Promise<string> {
  const { exportRecordings } = await gqlOk(system.url, EXPORT, { input: { recordingIds: [recordingId], reason } }, token);
  return exportRecordings.tasks[0]!.id;
}

export async function readTask(system: FaultSystem, token: string, taskId: string): Promise<FaultTask> {
  return (await gqlOk(system.url, TASK, { id: taskId }, token)).exportTask;
}

/** Waits until the task satisfies `done` (GraphQL errors while the database is away count as not yet). */
export function waitForTask(
  system: FaultSystem,
  token: string,
  taskId: string,
  what: string,
  done: (task: FaultTask) => boolean,
  timeoutMs = 90_000,
): Promise<FaultTask> {
  return waitUntil(
    `export task ${taskId} ${what}`,
    async () => {
      const task = await readTask(system, token, taskId);
      return done(task) ? task : undefined;
    },
    timeoutMs,
    250,
  );
}

export const finished = (task: FaultTask) => ['COMPLETED', 'FAILED', 'CANCELLED'].includes(task.status);

/** What is in the exports folder, by name. */
export async function exportFiles(system: FaultSystem): Promise<string[]> {
  return (await fsp.readdir(path.join(system.dataDir, 'exports'))).sort();
}

export async function sha256Of(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fsp.readFile(file))
    .digest('hex');
}
