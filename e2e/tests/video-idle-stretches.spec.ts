import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { ADMIN, createApiToken, PLAYER, signInToken } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';

/** The ffmpeg the server uses when none is configured: FFMPEG_PATH, else the npm package's. */
function ffmpegPath(): string {
  return process.env.FFMPEG_PATH || (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string }).path;
}

/** A WebM screen capture made with ffmpeg: 3 s of moving test picture, 7 s of one still frame, 3 s moving again. */
async function stillVideo(): Promise<Buffer> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'custodian-still-')), 'still.webm');
  const size = 'size=320x240:rate=10';
  // The colour is new for every run: the import refuses a second copy of the same bytes.
  const colour = `0x${Math.floor(Math.random() * 0xffffff)
    .toString(16)
    .padStart(6, '0')}`;
  await promisify(execFile)(ffmpegPath(), [
    '-hide_banner',
    '-nostdin',
    '-y',
    ...['-f', 'lavfi', '-i', `testsrc=${size}:duration=3`],
    ...['-f', 'lavfi', '-i', `color=c=${colour}:${size}:duration=7`],
    ...['-f', 'lavfi', '-i', `testsrc=${size}:duration=3`],
    ...['-filter_complex', '[0][1][2]concat=n=3:v=1:a=0[v]', '-map', '[v]'],
    ...['-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '200k', file],
  ]);
  const bytes = fs.readFileSync(file);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return bytes;
}

test('a video recording with a still stretch shows it shaded on the timeline, found by a task service once play is pressed', async ({ page }) => {
  const token = await signInToken(page.request, ADMIN);
  const agentToken = await createApiToken(page.request, token, `idle-video-agent-${Date.now()}`);
  const response = await page.request.post('/api/recordings?filename=still.webm', {
    data: await stillVideo(),
    headers: {
      authorization: `Bearer ${agentToken}`,
      'content-type': 'application/octet-stream',
      'x-recording-metadata': JSON.stringify({ userName: 'still-user', serverName: 'kiosk-01' }),
    },
  });
  expect([200, 201]).toContain(response.status());
  const id: string = (await response.json()).recording.id;

  await signInToken(page.request, PLAYER);
  const scans: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('scanIdleStretches')) scans.push(r.url());
  });
  await page.goto(`/recordings/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('still-user on kiosk-01');
  // Nothing is asked before play is pressed.
  await expect(page.getByTestId('idle-span')).toHaveCount(0);
  expect(scans).toEqual([]);

  await page.getByTestId('video-player').locator('..').getByRole('button', { name: 'Play recording' }).click();
  const idle = page.getByTestId('idle-span');
  await expect(idle).toHaveCount(1, { timeout: 60_000 });
  await expect(idle).toHaveAttribute('title', 'Idle 0:00:07');
  // From about 3 s to 10 s of 13 s: a little over half the track, starting near a quarter.
  const box = (await idle.boundingBox())!;
  const track = (await page.locator('.player__track').boundingBox())!;
  expect(box.width / track.width).toBeGreaterThan(0.45);
  expect(box.width / track.width).toBeLessThan(0.6);
  expect((box.x - track.x) / track.width).toBeGreaterThan(0.18);
  expect((box.x - track.x) / track.width).toBeLessThan(0.28);
  await expect(page.getByText('Finding idle stretches…')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page, 'a video recording page with an idle stretch');
});
