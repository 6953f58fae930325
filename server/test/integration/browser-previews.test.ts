import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { writeFixtures } from '../support/fixtures.js';
import { createUser, gql, gqlOk, signIn } from '../support/graphql-client.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

const RECORDINGS = graphql(`
  query BrowserPreviews_Recordings { recordings { edges { node { id format videoCodec needsBrowserPreview } } } }
`);
const PREVIEW = graphql(`
  query BrowserPreviews_Preview($id: ID!) { recording(id: $id) { browserPreview { id status progress error outputSizeBytes } } }
`);
const PREPARE = graphql(`
  mutation BrowserPreviews_Prepare($recordingId: ID!) { prepareBrowserPreview(recordingId: $recordingId) { id status } }
`);

interface PlayedRow {
  actor_name: string | null;
  outcome: string;
}

describe('browser previews of recordings the browser cannot decode', () => {
  let system: System;
  let player: string;
  let reader: string;
  let avi: string;
  let webm: string;

  beforeAll(async () => {
    // One day of retention, checked every second: the test ages a preview by moving its last playback.
    system = await startSystem(inject('pgServerUrl'), { workers: 1, env: { EXPORT_RETENTION_DAYS: '1', CUSTODIAN_RETENTION_INTERVAL_SECONDS: '1' } });
    const dir = path.join(system.dataDir, 'incoming');
    await writeFixtures(dir, [
      { name: 'legacy.avi', width: 1600, height: 900, durationSeconds: 3, withAudio: true, metadata: { userName: 'legacy-user' } },
      { name: 'modern.webm', width: 320, height: 240, durationSeconds: 2, withAudio: false, metadata: { userName: 'modern-user' } },
    ]);
    await system.cli(['import', dir]);
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    player = await createUser(system.url, admin, 'player', ['PLAYER']);
    reader = await createUser(system.url, admin, 'reader', ['LOGGING_READER']);
    const all = (await gqlOk(system.url, RECORDINGS, {}, player)).recordings.edges.map((e) => e.node);
    const aviRecording = all.find((r) => r.format === 'avi')!;
    const webmRecording = all.find((r) => r.format === 'webm')!;
    // Decided by what the probe found at import, kept in the catalog.
    expect(aviRecording).toMatchObject({ videoCodec: 'mpeg4', needsBrowserPreview: true });
    expect(webmRecording).toMatchObject({ videoCodec: 'vp8', needsBrowserPreview: false });
    avi = aviRecording.id;
    webm = webmRecording.id;
  });

  afterAll(() => system?.stop());

  const previewFile = (id: string, headers: Record<string, string> = {}) =>
    fetch(`${system.url}/api/recordings/${id}/browser-preview`, { headers: { authorization: `Bearer ${player}`, ...headers } });
  const played = (id: string) =>
    system.sql<PlayedRow>(`select actor_name, outcome from audit_events where action = 'RECORDING_PLAYED' and recording_id = $1 order by id`, [id]);
  const previewRows = () => system.sql<{ id: string; output_key: string | null }>('select id, output_key from browser_previews');

  it('makes an H.264 preview of an AVI recording once, plays it audited as a playback, and reuses it', async () => {
    expect((await previewFile(avi)).status).toBe(409);
    const asked = (await gqlOk(system.url, PREPARE, { recordingId: avi }, player)).prepareBrowserPreview;
    expect(['PENDING', 'IN_PROGRESS', 'READY']).toContain(asked.status);
    const ready = await waitUntil('the preview to be ready', async () => {
      const preview = (await gqlOk(system.url, PREVIEW, { id: avi }, player)).recording.browserPreview;
      if (preview?.status === 'FAILED') throw new Error(`the preview failed: ${preview.error}`);
      return preview?.status === 'READY' ? preview : undefined;
    });
    expect(ready.id).toBe(asked.id);
    expect(ready.progress).toBe(1);
    expect(ready.outputSizeBytes).toBeGreaterThan(0);
    const [row] = await previewRows();
    const file = path.join(system.dataDir, 'exports', row!.output_key!);
    expect(fs.statSync(file).size).toBe(ready.outputSizeBytes);

    const before = (await played(avi)).length;
    const response = await previewFile(avi, { range: 'bytes=0-' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    const body = Buffer.from(await response.arrayBuffer());
    // An MP4 (ftyp box) of the browser's codec, at most 1280 pixels wide.
    expect(body.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(body.includes(Buffer.from('avc1'))).toBe(true);
    // A later range of the same playback is not another playback.
    expect((await previewFile(avi, { range: 'bytes=100-200' })).status).toBe(206);
    expect((await played(avi)).slice(before)).toEqual([{ actor_name: 'player', outcome: 'SUCCESS' }]);

    // Asked again: the same preview, not made again.
    const again = (await gqlOk(system.url, PREPARE, { recordingId: avi }, player)).prepareBrowserPreview;
    expect(again).toEqual({ id: ready.id, status: 'READY' });
    expect(await previewRows()).toHaveLength(1);
    expect(system.workers[0]!.output().match(/browser preview \S+: ready/g)).toHaveLength(1);
  });

  it('refuses a reader without playback rights, and audits the refusal', async () => {
    const refused = await gql(system.url, PREPARE, { recordingId: avi }, reader);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const file = await previewFile(avi, { authorization: `Bearer ${reader}` });
    expect(file.status).toBe(403);
    const denied = (await played(avi)).filter((row) => row.actor_name === 'reader');
    expect(denied).toEqual([
      { actor_name: 'reader', outcome: 'DENIED' },
      { actor_name: 'reader', outcome: 'DENIED' },
    ]);
  });

  it('makes no preview of a recording that plays as it is', async () => {
    const refused = await gql(system.url, PREPARE, { recordingId: webm }, player);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await previewRows()).toHaveLength(1);
  });

  it('deletes a preview nobody played within the retention, and makes it again when asked', async () => {
    const [row] = await previewRows();
    const file = path.join(system.dataDir, 'exports', row!.output_key!);
    expect(fs.existsSync(file)).toBe(true);
    await system.sql("update browser_previews set last_played_at = now() - interval '2 days' where id = $1", [row!.id]);
    await waitUntil('the retention to delete the preview', async () => ((await previewRows()).length === 0 ? true : undefined), 20_000, 250);
    await system.api.waitFor(new RegExp(`browser preview ${row!.id}: deleted by the retention`));
    expect(fs.existsSync(file)).toBe(false);
    expect((await gqlOk(system.url, PREVIEW, { id: avi }, player)).recording.browserPreview).toBeNull();
    expect((await previewFile(avi)).status).toBe(409);

    const remade = (await gqlOk(system.url, PREPARE, { recordingId: avi }, player)).prepareBrowserPreview;
    expect(remade.id).not.toBe(row!.id);
    await waitUntil('the new preview to be ready', async () =>
      (await gqlOk(system.url, PREVIEW, { id: avi }, player)).recording.browserPreview?.status === 'READY' ? true : undefined,
    );
    expect((await previewFile(avi)).status).toBe(200);
  });
});
