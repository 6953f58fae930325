import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, gql, gqlOk, signIn } from '../support/graphql-client.js';
import { writeStillVideo } from '../support/still-video.js';
import { ADMIN, startSystem, type System } from '../support/system.js';
import { waitUntil } from '../support/wait.js';

const RECORDINGS = graphql(`
  query IdleStretches_Recordings { recordings { edges { node { id kind userName sourceLocation } } } }
`);
const SCAN = graphql(`
  mutation IdleStretches_Scan($recordingId: ID!) { scanIdleStretches(recordingId: $recordingId) { id status } }
`);
const STRETCHES = graphql(`
  query IdleStretches_Stretches($id: ID!) { recording(id: $id) { idleStretches { id status progress error stretches { start end } } } }
`);

describe('idle stretches of video recordings, found by a task service', () => {
  let system: System;
  let player: string;
  let reader: string;
  let still: string;
  let other: { id: string; sourceLocation: string };
  let terminal: string;

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), { workers: 1 });
    const dir = path.join(system.dataDir, 'incoming');
    await fsp.mkdir(dir, { recursive: true });
    // 3 s moving, 7 s still, 3 s moving: one idle stretch from 3 s to 10 s.
    await writeStillVideo(path.join(dir, 'still.webm'), { before: 3, still: 7, after: 3, colour: '0x336699' });
    await writeStillVideo(path.join(dir, 'other.webm'), { before: 2, still: 6, after: 2, colour: '0x996633' });
    await fsp.writeFile(
      path.join(dir, 'shell.cast'),
      `${JSON.stringify({ version: 2, width: 80, height: 24 })}\n[0.5, "o", "$ id\\r\\n"]\n[9.0, "o", "uid=0\\r\\n"]\n`,
    );
    for (const [name, userName] of [
      ['still.webm', 'still-user'],
      ['other.webm', 'other-user'],
      ['shell.cast', 'shell-user'],
    ]) {
      await fsp.writeFile(path.join(dir, `${name}.json`), JSON.stringify({ userName }));
    }
    await system.cli(['import', dir]);
    const admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    player = await createUser(system.url, admin, 'player', ['PLAYER']);
    reader = await createUser(system.url, admin, 'reader', ['LOGGING_READER']);
    const all = (await gqlOk(system.url, RECORDINGS, {}, player)).recordings.edges.map((e) => e.node);
    still = all.find((r) => r.userName === 'still-user')!.id;
    other = all.find((r) => r.userName === 'other-user')!;
    terminal = all.find((r) => r.userName === 'shell-user')!.id;
  });

  afterAll(() => system?.stop());

  const scanOf = async (id: string) => (await gqlOk(system.url, STRETCHES, { id }, player)).recording.idleStretches;
  const settled = (id: string) =>
    waitUntil('the scan to settle', async () => {
      const scan = await scanOf(id);
      return scan?.status === 'READY' || scan?.status === 'FAILED' ? scan : undefined;
    });
  const scanRows = () => system.sql<{ id: string; attempts: number }>('select id, attempts from idle_stretch_scans order by requested_at');
  const played = (id: string) =>
    system.sql<{ actor_name: string | null; outcome: string }>(
      `select actor_name, outcome from audit_events where action = 'RECORDING_PLAYED' and recording_id = $1 order by id`,
      [id],
    );

  it('finds the still stretch of a video once with ffmpeg, and reuses it', async () => {
    expect(await scanOf(still)).toBeNull();
    const asked = (await gqlOk(system.url, SCAN, { recordingId: still }, player)).scanIdleStretches;
    expect(['PENDING', 'IN_PROGRESS', 'READY']).toContain(asked.status);
    const scan = await settled(still);
    expect(scan).toMatchObject({ id: asked.id, status: 'READY', progress: 1, error: null });
    expect(scan!.stretches).toHaveLength(1);
    const [stretch] = scan!.stretches;
    expect(Math.abs(stretch!.start - 3)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(stretch!.end - 10)).toBeLessThanOrEqual(0.5);

    // Asked again: the same scan, not made again; asking is not a playback.
    const again = (await gqlOk(system.url, SCAN, { recordingId: still }, player)).scanIdleStretches;
    expect(again).toEqual({ id: asked.id, status: 'READY' });
    expect(await scanRows()).toEqual([{ id: asked.id, attempts: 1 }]);
    expect(system.workers[0]!.output().match(/idle stretch scan \S+: 1 idle stretches/g)).toHaveLength(1);
    expect(await played(still)).toEqual([]);
  });

  it('refuses a reader without playback rights as a playback is refused, audited once', async () => {
    const refused = await gql(system.url, SCAN, { recordingId: still }, reader);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await played(still)).toEqual([{ actor_name: 'reader', outcome: 'DENIED' }]);
  });

  it('answers BAD_USER_INPUT for a recording that is not a video, and NOT_FOUND for an unknown one', async () => {
    const notVideo = await gql(system.url, SCAN, { recordingId: terminal }, player);
    expect(notVideo.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gqlOk(system.url, STRETCHES, { id: terminal }, player)).recording.idleStretches).toBeNull();
    const unknown = await gql(system.url, SCAN, { recordingId: '00000000-0000-4000-8000-000000000000' }, player);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const notAnId = await gql(system.url, SCAN, { recordingId: 'x'.repeat(5000) }, player);
    expect(notAnId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await scanRows()).toHaveLength(1);
  });

  it('records a failure a person can act on, and scans again when asked again', async () => {
    const source = path.join(system.dataDir, 'recordings', other.sourceLocation);
    const away = `${source}.away`;
    await fsp.rename(source, away);
    await gqlOk(system.url, SCAN, { recordingId: other.id }, player);
    const failed = await settled(other.id);
    expect(failed).toMatchObject({ status: 'FAILED', stretches: [] });
    expect(failed!.error).toMatch(/The source file is missing/);

    await fsp.rename(away, source);
    const asked = (await gqlOk(system.url, SCAN, { recordingId: other.id }, player)).scanIdleStretches;
    expect(asked).toEqual({ id: failed!.id, status: expect.stringMatching(/^(PENDING|IN_PROGRESS|READY)$/) });
    const ready = await settled(other.id);
    expect(ready).toMatchObject({ status: 'READY', error: null });
    expect(ready!.stretches).toHaveLength(1);
    expect(Math.abs(ready!.stretches[0]!.start - 2)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(ready!.stretches[0]!.end - 8)).toBeLessThanOrEqual(0.5);
  });

  it('takes back a scan whose task service went silent, when it is asked for again', async () => {
    // As a task service that died mid-scan leaves it: IN_PROGRESS, its heartbeat long past.
    await system.sql(
      "update idle_stretch_scans set status = 'IN_PROGRESS', stretches = null, heartbeat_at = now() - interval '1 hour' where recording_id = $1",
      [still],
    );
    await gqlOk(system.url, SCAN, { recordingId: still }, player);
    const scan = await settled(still);
    expect(scan).toMatchObject({ status: 'READY' });
    expect(scan!.stretches).toHaveLength(1);
    const [row] = await system.sql<{ attempts: number }>('select attempts from idle_stretch_scans where recording_id = $1', [still]);
    expect(row!.attempts).toBe(2);
  });

  it('goes with its recording when the recording leaves the catalog', async () => {
    await system.sql('delete from recordings where id = $1', [other.id]);
    expect(await system.sql('select id from idle_stretch_scans where recording_id = $1', [other.id])).toEqual([]);
  });
});
