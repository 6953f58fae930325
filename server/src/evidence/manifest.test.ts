import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyRing } from '../signing/key-ring.js';
import { buildManifest, manifestText, readManifest, type ManifestInput } from './manifest.js';

const input: ManifestInput = {
  task: {
    id: '6669dd63-0000-4000-8000-000000000001',
    reason: 'Case FC-1: überweisung',
    requestedAt: new Date('2026-11-24T10:00:00Z'),
    startedAt: new Date('2026-11-24T10:00:01Z'),
    workerHost: 'worker-1',
  },
  requester: { id: 'u-1', username: 'examiner' },
  recording: {
    id: 'r-1',
    userName: 'teller7',
    serverName: 'core-bank-01',
    clientName: 'BR-12',
    clientIp: '10.1.2.3',
    applications: ['Core'],
    protocol: 'RDP',
    startedAt: new Date('2026-11-20T09:00:00Z'),
    endedAt: new Date('2026-11-20T09:10:00Z'),
    durationSeconds: 600,
    format: 'webm',
    sizeBytes: 1234,
    sourceSha256: 'a'.repeat(64),
  },
  conversion: { tool: 'ffmpeg', toolVersion: '5.1.6', arguments: ['-i', 'in.webm', 'out.mp4'], outputSha256: 'b'.repeat(64), outputSizeBytes: 999 },
  output: { fileName: 'teller7.mp4', durationSeconds: 600.04 },
  completedAt: new Date('2026-11-24T10:00:09Z'),
};

describe('export manifest', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'manifest-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is canonical JSON that reads back with the fields verification relies on', () => {
    const text = manifestText(buildManifest(input));
    expect(text).toBe(manifestText(JSON.parse(text)));
    expect(text.startsWith('{"conversion":{"arguments":["-i","in.webm","out.mp4"],"tool":"ffmpeg"')).toBe(true);
    const read = readManifest(text);
    expect(read.ok && read.manifest.output).toEqual({
      fileName: 'teller7.mp4',
      mediaType: 'video/mp4',
      sha256: 'b'.repeat(64),
      sizeBytes: 999,
      durationSeconds: 600.04,
    });
    expect(read.ok && read.manifest.export.completedAt).toBe('2026-11-24T10:00:09.000Z');
  });

  it('says why a text is not a manifest', () => {
    expect(readManifest('{')).toEqual({ ok: false, problem: 'it is not valid JSON' });
    expect(readManifest('{"format":"other"}')).toMatchObject({ ok: false });
    const wrongVersion = JSON.stringify({ ...buildManifest(input), formatVersion: 2 });
    expect(readManifest(wrongVersion)).toEqual({ ok: false, problem: 'its format version 2 is not 1' });
    const badHash = JSON.stringify({ ...buildManifest(input), output: { ...buildManifest(input).output, sha256: 'xyz' } });
    expect(readManifest(badHash)).toMatchObject({ ok: false, problem: 'its output has no valid sha256 and sizeBytes' });
  });

  it('is signed with the key another process rotated to, once refreshed; the old signature still verifies', async () => {
    const text = manifestText(buildManifest(input));
    const worker = await KeyRing.open(dir);
    const before = worker.sign(text);
    const cli = await KeyRing.open(dir);
    const rotatedTo = await cli.rotate();
    await worker.refresh();
    const after = worker.sign(text);
    expect(after.keyId).toBe(rotatedTo);
    expect(before.keyId).not.toBe(rotatedTo);
    expect(await worker.verify(text, before)).toBe(true);
    expect(await worker.verify(text, after)).toBe(true);
    expect(await worker.verify(`${text} `, after)).toBe(false);
  });
});
