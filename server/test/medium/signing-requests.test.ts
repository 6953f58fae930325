import 'reflect-metadata';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/access/role.js';
import type { User } from '../../src/auth/user.entity.js';
import { recordSignedManifest } from '../../src/evidence/manifest-signing.js';
import { readManifest } from '../../src/evidence/manifest.js';
import { answerSigningRequests } from '../../src/evidence/signing-desk.js';
import { type SigningFacts, signingFacts } from '../../src/evidence/signing-facts.js';
import { requestManifestSignature, SigningRefused, type SignedManifest } from '../../src/evidence/signing-requests.js';
import { rotateSigningKey } from '../../src/evidence/rotate-signing-key.js';
import * as lifecycle from '../../src/exports/export-task-lifecycle.js';
import type { Claim } from '../../src/exports/export-task-lifecycle.js';
import { ExportTask } from '../../src/exports/export-task.entity.js';
import { MediaError } from '../../src/media/media-error.js';
import { databaseSources } from '../../src/metrics/database-sources.js';
import type { Recording } from '../../src/recordings/recording.entity.js';
import { KeyRing } from '../../src/signing/key-ring.js';
import type { TaskService } from '../../src/taskservices/task-service.entity.js';
import { createRecording, createTaskService, createUser } from '../support/builders.js';
import { requestTasks } from '../support/export-tasks.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const FACTS: SigningFacts = {
  conversion: {
    tool: 'ffmpeg',
    toolVersion: '5.1.6',
    arguments: ['-i', 'source.webm', 'out.mp4'],
    outputSha256: 'c'.repeat(64),
    outputSizeBytes: 123_456,
  },
  outputDurationSeconds: 60.04,
};
const noLog = () => {};

/*
 * A task service asks, an API process answers (evidence/signing-requests.ts, signing-desk.ts):
 * both sides run here against one database, the task service without any key.
 */
describe('signing requests', () => {
  let t: TestDatabase;
  let root: string;
  let keyRing: KeyRing;
  let requester: User;
  let recording: Recording;
  let service: TaskService;

  const inTransaction = <T>(work: (tx: EntityManager) => Promise<T>) => t.em.fork().transactional(work);
  const claimedTask = async (): Promise<Claim> => {
    const [id] = await requestTasks(t.em, requester, [recording]);
    return (await inTransaction((tx) => lifecycle.claim(tx, id!, service.id)))!;
  };
  const requests = () => t.sql<{ id: string; answered_at: Date | null; refusal: string | null }>('select id, answered_at, refusal from signing_requests');
  /** The task service's request, answered by one round of the API process's desk once it is there. */
  const askAndAnswer = async (claimed: Claim, facts: SigningFacts = FACTS): Promise<SignedManifest> => {
    const controller = new AbortController();
    const asked = requestManifestSignature(t.em, claimed, facts, { signal: controller.signal, log: noLog });
    await waitForRows(1);
    expect(await answerSigningRequests(t.em, keyRing)).toBe(1);
    return asked;
  };
  const waitForRows = async (count: number) => {
    for (let i = 0; i < 200 && (await requests()).length < count; i++) await new Promise((r) => setTimeout(r, 10));
  };
  const refusalOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SigningRefused);
    return error as SigningRefused;
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    root = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-signing-requests-'));
    keyRing = await KeyRing.open(path.join(root, 'keys'));
    requester = await createUser(t.em, 'investigator', [Role.LOGGING_READER, Role.PRIVILEGED_PLAYER]);
    recording = await createRecording(t.em);
    service = await createTaskService(t.em, { authorized: true, hostName: 'render-07' });
  });
  afterAll(async () => {
    await t?.close();
    await fsp.rm(root, { recursive: true, force: true });
  });

  it('are answered with a manifest built from the database and signed by the active key, which completes the task', async () => {
    const claimed = await claimedTask();
    const signed = await askAndAnswer(claimed);

    expect(signed.algorithm).toBe('Ed25519');
    expect(await keyRing.verify(signed.content, { keyId: signed.keyId, algorithm: 'Ed25519', signature: signed.signature })).toBe(true);
    expect(signed.keyId).toBe(keyRing.activeKeyId);
    const read = readManifest(signed.content);
    if (!read.ok) throw new Error(read.problem);
    const task = await t.em.fork().findOneOrFail(ExportTask, { id: claimed.taskId }, { populate: ['recording', 'request', 'requestedBy'] });
    expect(read.manifest.export).toEqual({
      id: claimed.taskId,
      reason: task.request.reason,
      requestedBy: { id: requester.id, username: requester.username },
      requestedAt: task.requestedAt.toISOString(),
      startedAt: task.startedAt!.toISOString(),
      completedAt: signed.signedAt.toISOString(),
      // The task service's host name as it registered, not as it says now.
      workerHost: 'render-07',
    });
    expect(read.manifest.recording.sourceSha256).toBe(recording.sourceSha256);
    expect(read.manifest.conversion).toEqual({ tool: 'ffmpeg', toolVersion: '5.1.6', arguments: FACTS.conversion.arguments });
    expect(read.manifest.output).toEqual({
      fileName: task.fileName,
      mediaType: 'video/mp4',
      sha256: FACTS.conversion.outputSha256,
      sizeBytes: FACTS.conversion.outputSizeBytes,
      durationSeconds: 60.04,
    });

    await inTransaction(async (tx) => {
      const done = await lifecycle.complete(tx, claimed, {
        outputPath: `${claimed.taskId}.mp4`,
        sha256: FACTS.conversion.outputSha256,
        sizeBytes: FACTS.conversion.outputSizeBytes,
        durationSeconds: 60.04,
        ffmpegVersion: '5.1.6',
        ffmpegArgs: FACTS.conversion.arguments,
        completedAt: signed.signedAt,
      });
      expect(done).not.toBeNull();
      await recordSignedManifest(tx, claimed.taskId, FACTS.conversion.outputSha256, signed);
    });
    const [stored] = await t.sql<{ content: string; finished_at: Date }>(
      'select m.content, t.finished_at from export_manifests m join export_tasks t on t.id = m.task_id where m.task_id = $1',
      [claimed.taskId],
    );
    expect(stored!.content).toBe(signed.content);
    expect(stored!.finished_at.toISOString()).toBe(signed.signedAt.toISOString());
    expect(await requests()).toEqual([]);
  });

  it('sign what a converter reported, with its rendering and segments, and nothing else it returned', async () => {
    const segment = { index: 0, startSeconds: 0, endSeconds: 6, taskServiceId: service.id, arguments: ['-ss', '0'], sha256: 'd'.repeat(64), sizeBytes: 10 };
    // A renderer's result also carries its timings and canvas, which the manifest does not state.
    const result = {
      ...FACTS.conversion,
      rendering: { renderer: 'terminal', fontSize: 16 },
      segments: [segment, { ...segment, index: 1 }],
      stats: { drawMs: 5 },
      width: 640,
    };
    const signed = await askAndAnswer(await claimedTask(), signingFacts(result, 12));
    const read = readManifest(signed.content);
    if (!read.ok) throw new Error(read.problem);
    expect(read.manifest.conversion).toEqual({
      tool: 'ffmpeg',
      toolVersion: '5.1.6',
      arguments: FACTS.conversion.arguments,
      rendering: { renderer: 'terminal', fontSize: 16 },
      segments: [segment, { ...segment, index: 1 }],
    });
    await t.sql('delete from signing_requests');
  });

  it('are refused once the claim no longer holds the task, and the request goes', async () => {
    const claimed = await claimedTask();
    const em = t.em.fork();
    const task = await em.findOneOrFail(ExportTask, { id: claimed.taskId }, { populate: ['recording', 'request'] });
    await em.transactional((tx) => lifecycle.cancel(tx, task, { id: requester.id, username: requester.username }, '192.0.2.10'));
    const refused = await refusalOf(askAndAnswer(claimed));
    expect(refused.kind).toBe('CLAIM_GONE');
    expect(refused.message).toContain('no longer held by the claim that converted it');
    // Another task service's claim, or an earlier attempt's, is no claim either.
    const other = await claimedTask();
    expect((await refusalOf(askAndAnswer({ ...other, attempt: other.attempt + 1 }))).kind).toBe('CLAIM_GONE');
    expect(await requests()).toEqual([]);
  });

  it('refuse facts that are not exactly a conversion report, saying which part', async () => {
    const cases: [unknown, string][] = [
      [{ ...FACTS, conversion: { ...FACTS.conversion, outputSha256: 'not a hash' } }, 'conversion.outputSha256 is not a SHA-256 in hex'],
      [{ ...FACTS, conversion: { ...FACTS.conversion, extra: 'field' } }, 'conversion.extra is not a field of a conversion'],
      [{ ...FACTS, outputDurationSeconds: -1 }, 'outputDurationSeconds is not a number of seconds'],
      [{ ...FACTS, conversion: { ...FACTS.conversion, arguments: ['x'.repeat(5000)] } }, 'conversion.arguments is not a list of texts'],
      [{ ...FACTS, conversion: { ...FACTS.conversion, segments: [{ index: 0 }] } }, 'conversion.segments holds something that is not a segment'],
      [{ ...FACTS, conversion: { ...FACTS.conversion, arguments: Array(300).fill('y'.repeat(4000)) } }, 'they are larger than 1048576 bytes'],
    ];
    for (const [facts, problem] of cases) {
      const refused = await refusalOf(askAndAnswer(await claimedTask(), facts as SigningFacts));
      expect(refused.kind).toBe('INVALID');
      expect(refused.message).toBe(`The export's facts cannot be signed: ${problem}.`);
    }
  });

  it('are refused by an API process whose key folder predates a rotation', async () => {
    await fsp.cp(path.join(root, 'keys'), path.join(root, 'copy'), { recursive: true });
    const copy = await KeyRing.open(path.join(root, 'copy'));
    const { created } = await rotateSigningKey(t.em, keyRing, 'test operator');
    const claimed = await claimedTask();
    const controller = new AbortController();
    const asked = requestManifestSignature(t.em, claimed, FACTS, { signal: controller.signal, log: noLog });
    await waitForRows(1);
    await answerSigningRequests(t.em, copy);
    const refused = await refusalOf(asked);
    expect(refused.kind).toBe('SIGNING_KEY');
    expect(refused.message).toMatch(new RegExp(`^The signing key ${copy.activeKeyId} was retired at .+, and the active key is ${created}`));
    // The API process with the folder as it is since the rotation signs.
    expect((await askAndAnswer(await claimedTask())).keyId).toBe(created);
  });

  it('are answered once each when several API processes answer at once', async () => {
    const claims = await Promise.all(Array.from({ length: 30 }, () => claimedTask()));
    const controller = new AbortController();
    const asked = claims.map((claimed) => requestManifestSignature(t.em, claimed, FACTS, { signal: controller.signal, log: noLog }));
    await waitForRows(30);
    const counts = await Promise.all([answerSigningRequests(t.em, keyRing), answerSigningRequests(t.em, keyRing), answerSigningRequests(t.em, keyRing)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(30);
    const signed = await Promise.all(asked);
    expect(new Set(signed.map((s) => s.requestId)).size).toBe(30);
    await t.sql('delete from signing_requests');
  });

  it('refuse alone a request that cannot be signed, and answer the ones behind it', async () => {
    const first = await claimedTask();
    const second = await claimedTask();
    const controller = new AbortController();
    const options = { signal: controller.signal, log: noLog };
    const failing = requestManifestSignature(t.em, first, FACTS, options);
    await waitForRows(1);
    const signed = requestManifestSignature(t.em, second, FACTS, options);
    await waitForRows(2);
    // The key ring fails on its first signature only, as a key file read at the wrong moment would.
    let signatures = 0;
    const flaky = Object.create(keyRing, {
      sign: {
        value: (data: string) => {
          if (signatures++ === 0) throw new Error('the private key could not be read');
          return keyRing.sign(data);
        },
      },
    }) as KeyRing;
    expect(await answerSigningRequests(t.em, flaky)).toBe(2);
    const refused = await refusalOf(failing);
    expect(refused.kind).toBe('INVALID');
    expect(refused.message).toBe("The export's manifest could not be signed: the private key could not be read");
    expect((await signed).keyId).toBe(keyRing.activeKeyId);
    await t.sql('delete from signing_requests');
  });

  it('tell /metrics how long the oldest unanswered one has waited', async () => {
    expect(await databaseSources(t.em, []).oldestSigningRequestSeconds()).toBe(0);
    const claimed = await claimedTask();
    await t.sql(
      "insert into signing_requests (task_id, task_service_id, attempt, facts, requested_at) values ($1, $2, $3, '{}', now() - interval '90 seconds'), ($1, $2, $3, '{}', now() - interval '5 seconds')",
      [claimed.taskId, claimed.taskServiceId, claimed.attempt],
    );
    // The answered ones do not count.
    await t.sql(
      "insert into signing_requests (task_id, task_service_id, attempt, facts, requested_at, answered_at, refusal, refusal_kind) values ($1, $2, $3, '{}', now() - interval '1 hour', now(), 'no', 'INVALID')",
      [claimed.taskId, claimed.taskServiceId, claimed.attempt],
    );
    const waited = await databaseSources(t.em, []).oldestSigningRequestSeconds();
    expect(waited).toBeGreaterThanOrEqual(90);
    expect(waited).toBeLessThan(100);
    await t.sql('delete from signing_requests');
  });

  it('stop waiting when the task service stops the export, and leave no request behind', async () => {
    const controller = new AbortController();
    const asked = requestManifestSignature(t.em, await claimedTask(), FACTS, { signal: controller.signal, log: noLog });
    await waitForRows(1);
    controller.abort('lost');
    const error = await asked.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).kind).toBe('CANCELLED');
    expect(await requests()).toEqual([]);
  });
});
