import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportIdFromComment } from '../../src/media/export-metadata.js';
import { graphql } from '../gql/index.js';
import type { Evidence_ExportTaskQuery } from '../gql/graphql.js';
import { createUser, errorCode, gql, gqlOk, signIn } from '../support/graphql-client.js';
import { mediaTools, writeFixtures } from '../support/fixtures.js';
import { ADMIN, run as runProcess, startSystem, type System } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');

/** The verify command with no database, no configuration and no network settings: offline. */
async function verifyOffline(args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'verify', ...args], { env: { PATH: process.env.PATH } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

async function flipByte(file: string, at: number): Promise<void> {
  const bytes = await fsp.readFile(file);
  bytes[at] = bytes[at]! ^ 0x01;
  await fsp.writeFile(file, bytes);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const RECORDINGS = graphql(`query Evidence_Recordings { recordings(first: 10) { edges { node { id userName sourceSha256 } } } }`);
const EXPORT = graphql(`mutation Evidence_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }`);
const EXPORT_TASK = graphql(`
  query Evidence_ExportTask($id: ID!) {
    exportTask(id: $id) {
      id status error fileName outputSha256 outputSizeBytes outputDurationSeconds taskServiceHost startedAt finishedAt requestedAt evidenceBundleUrl
      manifest { content keyId algorithm signature outputSha256 signedAt }
    }
  }
`);
const SIGNING_KEYS = graphql(`query Evidence_SigningKeys { signingKeys { keyId active publicKeyPem } }`);
const VERIFY = graphql(`
  query Evidence_Verify($sha: String!) {
    verifyExport(sha256: $sha) { sha256 verified summary matches { signatureValid keyActive task { id } manifest { keyId content } } }
  }
`);
const VERIFY_KEYS = graphql(`query Evidence_VerifyKeys($sha: String!) { verifyExport(sha256: $sha) { verified matches { signatureValid keyActive } } }`);
const VERIFY_SIGNATURES = graphql(`
  query Evidence_VerifySignatures($sha: String!) { verifyExport(sha256: $sha) { verified summary matches { signatureValid } } }
`);

type ExportTask = Evidence_ExportTaskQuery['exportTask'];
/** An export task once COMPLETED, when its output file and signed manifest are there. */
type CompletedTask = ExportTask & { outputSha256: string; outputSizeBytes: number; manifest: NonNullable<ExportTask['manifest']> };

describe('signed manifests, evidence bundles and verification', () => {
  let system: System;
  let exporter: string;
  let auditor: string;
  let player: string;
  let recordings: Map<string, { id: string; sourceSha256: string }>;
  let work: string;
  let firstTask: CompletedTask;
  let firstKeyId: string;
  /** The key folder as a task service on another machine has it: copied before the rotation below. */
  // The signing key folder as it was before the rotation: what a second machine's copy would hold.
  let copiedKeys: string;

  async function exportAndWait(recordingId: string, reason: string) {
    const created = await gqlOk(
      system.url,
      EXPORT,
      {
        input: { recordingIds: [recordingId], reason },
      },
      exporter,
    );
    const id = created.exportRecordings.tasks[0].id;
    return waitUntil(
      `export ${id} to complete`,
      async () => {
        const { exportTask } = await gqlOk(system.url, EXPORT_TASK, { id }, exporter);
        if (exportTask.status === 'FAILED') throw new Error(String(exportTask.error));
        return exportTask.status === 'COMPLETED' ? (exportTask as CompletedTask) : undefined;
      },
      90_000,
    );
  }

  async function downloadBundle(taskIds: string[], token: string | undefined, into: string): Promise<Response & { folder?: string }> {
    const response = await fetch(`${system.url}/exports/evidence-bundle?tasks=${taskIds.join(',')}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (response.status === 200) {
      const zip = `${into}.zip`;
      await fsp.writeFile(zip, Buffer.from(await response.arrayBuffer()));
      await run('unzip', ['-q', '-o', zip, '-d', into]);
    }
    return response;
  }

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 1 });
    work = path.join(system.dataDir, 'evidence-test');
    await fsp.mkdir(work, { recursive: true });
    copiedKeys = path.join(work, 'copied-signing-keys');
    await fsp.cp(path.join(system.dataDir, 'signing-keys'), copiedKeys, { recursive: true });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(dir, [
      {
        name: 'teller.webm',
        width: 320,
        height: 240,
        durationSeconds: 2,
        withAudio: true,
        metadata: {
          userName: 'teller7',
          serverName: 'core-bank-01',
          clientName: 'BR-12',
          clientIp: '10.1.2.3',
          applications: ['Core'],
          protocol: 'RDP',
          startedAt: '2026-11-20T09:00:00Z',
        },
      },
      {
        name: 'dba.mkv',
        width: 320,
        height: 240,
        durationSeconds: 2,
        withAudio: false,
        metadata: {
          userName: 'dba2',
          serverName: 'db-prod-02',
          clientName: 'WS-9',
          clientIp: '10.1.2.4',
          applications: ['psql'],
          protocol: 'RDP',
          startedAt: '2026-11-21T10:00:00Z',
        },
      },
    ]);
    expect((await system.cli(['import', dir])).output).toContain('2 imported');
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    exporter = await createUser(system.url, admin, 'examiner', ['LOGGING_READER', 'PRIVILEGED_PLAYER']);
    auditor = await createUser(system.url, admin, 'auditor1', ['LOGGING_READER']);
    player = await createUser(system.url, admin, 'player1', ['PLAYER']);
    const list = await gqlOk(system.url, RECORDINGS, {}, exporter);
    recordings = new Map(list.recordings.edges.map((e) => [e.node.userName, e.node] as const));
    firstTask = await exportAndWait(recordings.get('teller7')!.id, 'Fraud case FC-2026-031: teller overrides');
  });

  afterAll(() => system?.stop());

  it('signs a manifest that states who, why, when, from what, with which tool, and the output hashes', async () => {
    const task = firstTask;
    const manifest = JSON.parse(task.manifest.content);
    expect(manifest).toMatchObject({
      format: 'custodian-export-manifest',
      formatVersion: 1,
      export: { id: task.id, reason: 'Fraud case FC-2026-031: teller overrides', requestedBy: { username: 'examiner' }, workerHost: task.taskServiceHost },
      recording: { id: recordings.get('teller7')!.id, userName: 'teller7', serverName: 'core-bank-01', sourceSha256: recordings.get('teller7')!.sourceSha256 },
      conversion: { tool: 'ffmpeg' },
      output: {
        fileName: task.fileName,
        mediaType: 'video/mp4',
        sha256: task.outputSha256,
        sizeBytes: task.outputSizeBytes,
        durationSeconds: task.outputDurationSeconds,
      },
    });
    expect(new Date(manifest.export.startedAt).getTime()).toBe(new Date(task.startedAt!).getTime());
    expect(new Date(manifest.export.completedAt).getTime()).toBe(new Date(task.finishedAt!).getTime());
    expect(manifest.conversion.toolVersion).toBe((await mediaTools()).ffmpegVersion);
    expect(manifest.conversion.arguments).toEqual(expect.arrayContaining(['-c:v', 'libx264', '-metadata', `comment=Custodian export ${task.id}`]));
    expect(task.manifest).toMatchObject({ algorithm: 'Ed25519', outputSha256: task.outputSha256 });
    expect(task.evidenceBundleUrl).toBe(`/exports/evidence-bundle?tasks=${task.id}`);
  });

  it('stamps the export id into the MP4, where ffprobe reads it', async () => {
    const { ffprobePath } = await mediaTools();
    const file = path.join(system.dataDir, 'exports', `${firstTask.id}.mp4`);
    const { stdout } = await run(ffprobePath, ['-v', 'error', '-show_entries', 'format_tags=comment', '-of', 'csv=p=0', file]);
    expect(exportIdFromComment(stdout.trim())).toBe(firstTask.id);
  });

  it('publishes the public keys without authentication, at the well-known URL and in GraphQL', async () => {
    const response = await fetch(`${system.url}/.well-known/custodian-signing-keys.json`);
    expect(response.status).toBe(200);
    const { keys } = await response.json();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ keyId: firstTask.manifest.keyId, algorithm: 'Ed25519', active: true });
    expect(keys[0].publicKeyPem).toContain('BEGIN PUBLIC KEY');
    firstKeyId = keys[0].keyId;
    const viaGraphql = await gqlOk(system.url, SIGNING_KEYS, {});
    expect(viaGraphql.signingKeys).toEqual([{ keyId: firstKeyId, active: true, publicKeyPem: keys[0].publicKeyPem }]);
  });

  it('downloads an evidence bundle that verifies offline, and audits the download', async () => {
    const into = path.join(work, 'single');
    const response = await downloadBundle([firstTask.id], exporter, into);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const folder = firstTask.fileName.replace(/\.mp4$/, '');
    expect(response.headers.get('content-disposition')).toContain(`${folder}_evidence.zip`);
    expect((await fsp.readdir(into)).sort()).toEqual(['README.txt', folder]);
    expect((await fsp.readdir(path.join(into, folder))).sort()).toEqual([firstTask.fileName, 'manifest.json', 'manifest.sig', 'public-key.pem'].sort());
    const mp4 = path.join(into, folder, firstTask.fileName);
    const manifestFile = path.join(into, folder, 'manifest.json');
    expect(sha256(await fsp.readFile(mp4))).toBe(firstTask.outputSha256);
    expect(await fsp.readFile(manifestFile, 'utf8')).toBe(firstTask.manifest.content);

    const ok = await verifyOffline([mp4, manifestFile]);
    expect(ok.output).toContain('VERIFIED: the MP4 is the one the signed manifest describes.');
    expect(ok.output).toContain(`MP4 SHA-256 ${firstTask.outputSha256} matches the manifest`);
    expect(ok.code).toBe(0);

    // The README's OpenSSL recipe works as written.
    const readme = await fsp.readFile(path.join(into, 'README.txt'), 'utf8');
    const recipe = readme
      .split('\n')
      .filter((line) => /^\s+(cd|grep|openssl) /.test(line))
      .map((line) => line.replace(/\s+#.*$/, '').trim());
    expect(recipe).toHaveLength(3);
    const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', recipe.join('\n')], { cwd: into });
    expect(stdout).toContain('Signature Verified Successfully');

    const audit = await system.sql('select actor_name, detail from audit_events where action = $1 and task_id = $2', ['EXPORT_DOWNLOADED', firstTask.id]);
    expect(audit).toEqual([{ actor_name: 'examiner', detail: 'evidence bundle' }]);
  });

  it('fails verification when one byte of the MP4 or of the manifest changes', async () => {
    const folder = path.join(work, 'single', firstTask.fileName.replace(/\.mp4$/, ''));
    const tampered = path.join(work, 'tampered');
    await fsp.cp(folder, tampered, { recursive: true });
    const mp4 = path.join(tampered, firstTask.fileName);
    const manifestFile = path.join(tampered, 'manifest.json');

    await flipByte(mp4, 5000);
    const badVideo = await verifyOffline([mp4, manifestFile]);
    expect(badVideo.code).toBe(1);
    expect(badVideo.output).toMatch(/FAILED {2}MP4 SHA-256 [0-9a-f]{64} differs/);
    expect(badVideo.output).toContain('ok      signature (Ed25519) over the manifest is valid');
    await flipByte(mp4, 5000);
    expect((await verifyOffline([mp4, manifestFile])).code).toBe(0);

    const text = await fsp.readFile(manifestFile, 'utf8');
    await flipByte(manifestFile, text.indexOf('teller overrides'));
    const badManifest = await verifyOffline([mp4, manifestFile]);
    expect(badManifest.code).toBe(1);
    expect(badManifest.output).toContain('FAILED  signature (Ed25519) over the manifest is NOT valid');
  });

  it('answers verifyExport for a matching and a non-matching hash, only to those who may see tasks, audited', async () => {
    const match = (await gqlOk(system.url, VERIFY, { sha: firstTask.outputSha256.toUpperCase() }, auditor)).verifyExport;
    expect(match).toMatchObject({
      sha256: firstTask.outputSha256,
      verified: true,
      matches: [{ signatureValid: true, keyActive: true, task: { id: firstTask.id } }],
    });
    const none = (await gqlOk(system.url, VERIFY, { sha: 'ab'.repeat(32) }, auditor)).verifyExport;
    expect(none).toMatchObject({ verified: false, matches: [] });
    expect(none.summary).toContain('No export has this SHA-256');
    expect(errorCode(await gql(system.url, VERIFY, { sha: firstTask.outputSha256 }, player))).toBe('FORBIDDEN');
    expect(errorCode(await gql(system.url, VERIFY, { sha: firstTask.outputSha256 }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(system.url, VERIFY, { sha: 'not-a-hash' }, auditor))).toBe('BAD_USER_INPUT');
    const audit = await system.sql('select outcome, task_id, actor_name from audit_events where action = $1 order by id', ['EXPORT_VERIFIED']);
    expect(audit).toEqual([
      { outcome: 'SUCCESS', task_id: firstTask.id, actor_name: 'auditor1' },
      { outcome: 'FAILURE', task_id: null, actor_name: 'auditor1' },
      // Refusals are audited too, once each; bad input is not.
      { outcome: 'DENIED', task_id: null, actor_name: 'player1' },
      { outcome: 'DENIED', task_id: null, actor_name: null },
    ]);
  });

  it('refuses bundles to those who may not download exports, before any byte', async () => {
    expect((await downloadBundle([firstTask.id], undefined, path.join(work, 'x'))).status).toBe(401);
    const asAuditor = await downloadBundle([firstTask.id], auditor, path.join(work, 'x'));
    expect(asAuditor.status).toBe(403);
    expect((await asAuditor.json()).error.code).toBe('FORBIDDEN');
    expect((await downloadBundle([firstTask.id], player, path.join(work, 'x'))).status).toBe(404);
    expect((await downloadBundle([firstTask.id, '00000000-0000-4000-8000-000000000000'], exporter, path.join(work, 'x'))).status).toBe(404);
    expect((await downloadBundle([], exporter, path.join(work, 'x'))).status).toBe(400);
    const head = await fetch(`${system.url}/exports/evidence-bundle?tasks=${firstTask.id}`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${exporter}` },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/zip');
    // The one real download so far, and each refusal once (bad input is not one); a HEAD is no download.
    const downloads = await system.sql('select outcome, actor_name from audit_events where action = $1 order by id', ['EXPORT_DOWNLOADED']);
    expect(downloads).toEqual([
      { outcome: 'SUCCESS', actor_name: 'examiner' },
      { outcome: 'DENIED', actor_name: null },
      { outcome: 'DENIED', actor_name: 'auditor1' },
      { outcome: 'DENIED', actor_name: 'player1' },
      { outcome: 'DENIED', actor_name: 'examiner' },
    ]);
  });

  it('rotates the signing key: new exports use the new key, old manifests still verify, several exports in one bundle', async () => {
    const rotated = await system.cli(['rotate-signing-key']);
    expect(rotated.code).toBe(0);
    expect(rotated.output).toContain(`signing key ${firstKeyId} retired`);
    const [row] = await system.sql<{ detail: string }>('select detail from audit_events where action = $1', ['SIGNING_KEY_ROTATED']);
    expect(row!.detail).toMatch(new RegExp(`^signing key ${firstKeyId} retired, [0-9a-f]{16} active$`));

    const { keys } = (await (await fetch(`${system.url}/.well-known/custodian-signing-keys.json`)).json()) as { keys: { keyId: string; active: boolean }[] };
    expect(keys).toHaveLength(2);
    const active = keys.find((k) => k.active)!;
    expect(active.keyId).not.toBe(firstKeyId);
    expect(keys.find((k) => k.keyId === firstKeyId)!.active).toBe(false);

    // The running API process signs with the new key without a restart.
    const second = await exportAndWait(recordings.get('dba2')!.id, 'Audit request AR-19: privileged database session');
    expect(second.manifest.keyId).toBe(active.keyId);

    // The first export, signed by the retired key, still verifies on the server and offline.
    const old = (await gqlOk(system.url, VERIFY_KEYS, { sha: firstTask.outputSha256 }, exporter)).verifyExport;
    expect(old).toEqual({ verified: true, matches: [{ signatureValid: true, keyActive: false }] });

    const into = path.join(work, 'both');
    const response = await downloadBundle([firstTask.id, second.id], exporter, into);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/custodian-evidence_2-exports_\d{4}-\d{2}-\d{2}\.zip/);
    for (const task of [firstTask, second]) {
      const folder = path.join(into, task.fileName.replace(/\.mp4$/, ''));
      const result = await verifyOffline([path.join(folder, task.fileName), path.join(folder, 'manifest.json')]);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain(`public key ${task.manifest.keyId} is the key named by the signature`);
    }
    const downloads = await system.sql<{ task_id: string; detail: string }>(
      'select task_id, detail from audit_events where action = $1 and detail = $2 order by task_id',
      ['EXPORT_DOWNLOADED', 'evidence bundle of 2 exports'],
    );
    expect(downloads.map((d) => d.task_id).sort()).toEqual([firstTask.id, second.id].sort());

    // With the wrong public key the offline check fails, naming the mismatch.
    const folder = path.join(into, firstTask.fileName.replace(/\.mp4$/, ''));
    const secondKey = path.join(into, second.fileName.replace(/\.mp4$/, ''), 'public-key.pem');
    const wrongKey = await verifyOffline([path.join(folder, firstTask.fileName), path.join(folder, 'manifest.json'), '--public-key', secondKey]);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.output).toContain('is not the key the signature names');
  });

  it('lets an API process whose copy of the key folder predates the rotation sign nothing: the export fails at once, saying why', async () => {
    // The only API process left answering signing requests is one with the old copy.
    system.api.child.kill('SIGTERM');
    await system.api.exited;
    const stale = runProcess('api.js', { ...system.env, CUSTODIAN_SIGNING_KEY_DIR: copiedKeys });
    try {
      await stale.waitFor(/API listening on port \d+/);
      const created = await gqlOk(
        system.url,
        EXPORT,
        { input: { recordingIds: [recordings.get('dba2')!.id], reason: 'Audit request AR-20: the same session again' } },
        exporter,
      );
      const id = created.exportRecordings.tasks[0].id;
      const failed = await waitUntil(`export ${id} to fail`, async () => {
        const { exportTask } = await gqlOk(system.url, EXPORT_TASK, { id }, exporter);
        return exportTask.status === 'FAILED' || exportTask.status === 'COMPLETED' ? exportTask : undefined;
      });
      expect(failed.status).toBe('FAILED');
      expect(failed.error).toMatch(
        new RegExp(
          `^The signing key ${firstKeyId} was retired at .+, and the active key is [0-9a-f]{16}: an API process that signs with it needs the signing key folder as it is since the rotation`,
        ),
      );
      expect(failed.manifest).toBeNull();
      // Removed by the worker once the failure is committed.
      const file = path.join(system.dataDir, 'exports', `${id}.mp4`);
      await waitUntil(
        `${file} to be removed`,
        () =>
          fsp.stat(file).then(
            () => undefined,
            (error: NodeJS.ErrnoException) => error.code,
          ),
        10_000,
      );
      await expect(fsp.stat(file)).rejects.toThrow(/ENOENT/);
      expect(await system.sql('select task_id from export_manifests where task_id = $1', [id])).toEqual([]);
      expect(await system.sql('select id from signing_requests')).toEqual([]);
      await system.workers[0]!.waitFor(`export task ${id}: failed: The signing key ${firstKeyId} was retired`);
    } finally {
      stale.child.kill('SIGTERM');
      await stale.exited;
      system.api = runProcess('api.js', system.env);
      await system.api.waitFor(/API listening on port \d+/);
    }
  });

  it('reports a manifest altered in the database as not verifying', async () => {
    await system.sql("update export_manifests set content = replace(content, 'teller overrides', 'teller override') where task_id = $1", [firstTask.id]);
    const result = (await gqlOk(system.url, VERIFY_SIGNATURES, { sha: firstTask.outputSha256 }, exporter)).verifyExport;
    expect(result.verified).toBe(false);
    expect(result.matches).toEqual([{ signatureValid: false }]);
    expect(result.summary).toContain('does not verify');
  });
});
