import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { graphql } from '../gql/index.js';
import { ADMIN, createApiToken, gqlOk, PLAYER, signInToken } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';

const RECORDINGS = graphql(`
  query DailyPlayback_Recordings {
    recordings(first: 100) { edges { node { id format kind needsBrowserPreview terminal { cols } } } }
  }
`);

// A terminal session with two markers ("m" events, as `asciinema rec` writes them) and a 10-second
// idle stretch, uploaded as a recording agent would.
const CAST_WITH_MARKERS = [
  '{"version": 2, "width": 80, "height": 24, "timestamp": 1795000000}',
  '[0.5, "o", "$ deploy --check\\r\\n"]',
  '[1.0, "m", "checks started"]',
  '[1.5, "o", "all checks passed\\r\\n"]',
  '[11.5, "o", "$ deploy\\r\\n"]',
  '[12.0, "m", "deploy"]',
  '[13.0, "o", "done\\r\\n"]',
  '',
].join('\n');

async function signIn(page: Page, user: { username: string; password: string }) {
  await signInToken(page.request, user);
  await page.goto('/');
  await expect(page.getByTestId('current-user')).toHaveText(user.username);
}

async function uploadCastWithMarkers(request: APIRequestContext): Promise<string> {
  const token = await signInToken(request, ADMIN);
  const agentToken = await createApiToken(request, token, `markers-agent-${Date.now()}`);
  const response = await request.post('/api/recordings?filename=deploy.cast', {
    data: Buffer.from(CAST_WITH_MARKERS),
    headers: {
      authorization: `Bearer ${agentToken}`,
      'content-type': 'application/octet-stream',
      'x-recording-metadata': JSON.stringify({ userName: 'marker-user', serverName: 'deploy-01' }),
    },
  });
  expect([200, 201]).toContain(response.status());
  return (await response.json()).recording.id;
}

// A laptop's wide screen: the terminal's text must be readable at this size.
test.use({ viewport: { width: 1440, height: 900 } });

test('an AVI recording plays through its browser preview, at the time of the link, at the chosen speed', async ({ page }) => {
  await signIn(page, PLAYER);
  const { recordings } = await gqlOk(page.request, RECORDINGS, {});
  const avi = recordings.edges.map((e) => e.node).find((r) => r.format === 'avi');
  expect(avi?.needsBrowserPreview).toBe(true);

  // Opened at 0:04 by its link.
  await page.goto(`/recordings/${avi!.id}#t=0:04`);
  const time = page.getByTestId('video-time');
  await expect(time).toHaveText('0:00:04 / 0:00:10');
  await page.getByRole('button', { name: 'Play recording' }).click();
  // The preview is made by the task service; the page says so while it waits.
  await expect(page.getByText('Preparing a preview…')).toBeVisible();

  const video = page.getByTestId('video-player');
  await expect(video).toHaveAttribute('src', `/api/recordings/${avi!.id}/browser-preview`, { timeout: 45_000 });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused && v.readyState >= 2), { timeout: 15_000 }).toBe(true);
  const first = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  expect(first).toBeGreaterThanOrEqual(3.9);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 }).toBeGreaterThan(first + 0.3);

  // The speed list and the number keys set the video's rate.
  await page.getByLabel('Speed').selectOption('2');
  expect(await video.evaluate((v: HTMLVideoElement) => v.playbackRate)).toBe(2);
  await page.getByRole('button', { name: 'Pause' }).focus();
  await page.keyboard.press('5');
  await expect(page.getByLabel('Speed')).toHaveValue('4');
  expect(await video.evaluate((v: HTMLVideoElement) => v.playbackRate)).toBe(4);
  await page.keyboard.press('1');
  expect(await video.evaluate((v: HTMLVideoElement) => v.playbackRate)).toBe(0.5);

  // A link at this time goes into the address.
  await page.getByRole('button', { name: 'Copy link at this time' }).click();
  await expect(page).toHaveURL(new RegExp(`/recordings/${avi!.id}#t=0:(0[4-9]|10)$`));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page, 'a recording page playing a browser preview');
});

test('a terminal recording shows its markers and idle stretch, in text large enough to read', async ({ page }) => {
  const id = await uploadCastWithMarkers(page.request);
  await signIn(page, PLAYER);
  const player = page.getByTestId('terminal-player');
  const fontSizeOf = (terminal: typeof player) => terminal.locator('.ap-term').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));

  // The demo's SSH sessions are wider than 80 columns: the widest one's text too is at least 14 px.
  // (Not the first in the list, which playback.spec.ts plays and counts the playbacks of.)
  const { recordings } = await gqlOk(page.request, RECORDINGS, {});
  const terminals = recordings.edges.map((e) => e.node).filter((r) => r.kind === 'TERMINAL' && r.terminal);
  const demoTerminal = terminals.slice(1).sort((a, b) => b.terminal!.cols - a.terminal!.cols)[0];
  expect(demoTerminal!.terminal!.cols).toBeGreaterThan(80);
  await page.goto(`/recordings/${demoTerminal!.id}`);
  await page.getByRole('button', { name: 'Play recording' }).click();
  await expect(player.locator('.ap-term')).toBeVisible();
  expect(await fontSizeOf(player)).toBeGreaterThanOrEqual(14);

  await page.goto(`/recordings/${id}`);
  await page.getByRole('button', { name: 'Play recording' }).click();
  await expect(player.locator('.ap-term')).toBeVisible();

  const markers = page.getByTestId('timeline-marker');
  await expect(markers).toHaveCount(2);
  await expect(markers.first()).toHaveAccessibleName('Marker “checks started” at 0:00:01');
  await expect(page.getByTestId('idle-span')).toHaveCount(1);
  await expect(page.getByTestId('terminal-time')).toContainText('/ 0:00:13');

  expect(await fontSizeOf(player)).toBeGreaterThanOrEqual(14);

  // A marker takes the player to its time.
  await page.getByRole('button', { name: 'Pause' }).click();
  await markers.nth(1).click();
  await expect(page.getByTestId('terminal-time')).toHaveText('0:00:12 / 0:00:13');
  // Another speed makes a new terminal player at the same place, which plays on to the end.
  await page.getByLabel('Speed').selectOption('4');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByTestId('terminal-time')).toHaveText('0:00:13 / 0:00:13');
  await expectNoAxeViolations(page, 'a terminal recording page');

  // The shortcuts are a disclosure: a click (or a tap) opens them, Escape or a second click closes them.
  const help = page.getByRole('button', { name: 'Keyboard shortcuts' });
  const shortcuts = page.getByTestId('player-shortcuts');
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  await expect(shortcuts).toBeHidden();
  await help.click();
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts).toContainText('Space or K: play or pause');
  await expect(help).toHaveAttribute('aria-controls', (await shortcuts.getAttribute('id'))!);
  await expectNoAxeViolations(page, 'a player with its keyboard shortcuts open');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  await expect(help).toBeFocused();
  await help.click();
  await expect(shortcuts).toBeVisible();
  await help.click();
  await expect(shortcuts).toBeHidden();
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  // Opened, it stays open while the pointer moves away, until a click elsewhere.
  await help.click();
  await page.mouse.move(0, 0);
  await expect(shortcuts).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(shortcuts).toBeHidden();
});

// A recording written by a real guacd 1.6.0, read where it lies (never copied into the repository).
const GUACAMOLE_RECORDING = path.resolve(import.meta.dirname, '../../../shared/corpus/guac/ssh-terminal-60s.guac');

/**
 * The corpus recording with a pause of `pauseMs` put after its `afterSyncs`th frame: every
 * timestamp after it (of `sync`, `mouse` and `key`, as guacd writes them) moves that much later,
 * as if the user had stopped there. The file is ASCII, so lengths in characters are bytes.
 */
function withPause(recording: string, afterSyncs: number, pauseMs: number): string {
  const timestampArgument: Record<string, number> = { sync: 0, mouse: 3, key: 2 };
  const out: string[] = [];
  let syncs = 0;
  let at = 0;
  while (at < recording.length) {
    const elements: string[] = [];
    for (;;) {
      const dot = recording.indexOf('.', at);
      const length = Number(recording.slice(at, dot));
      elements.push(recording.slice(dot + 1, dot + 1 + length));
      const terminator = recording[dot + 1 + length];
      at = dot + 2 + length;
      if (terminator === ';') break;
    }
    const [opcode, ...args] = elements as [string, ...string[]];
    const index = timestampArgument[opcode];
    if (index !== undefined && syncs >= afterSyncs) args[index] = String(Number(args[index]) + pauseMs);
    if (opcode === 'sync') syncs++;
    out.push(`${[opcode, ...args].map((e) => `${e.length}.${e}`).join(',')};`);
  }
  return out.join('');
}

test('a Guacamole recording with a pause shows its idle stretch, read from the one download the player makes', async ({ page }) => {
  const token = await signInToken(page.request, ADMIN);
  const agentToken = await createApiToken(page.request, token, `idle-guac-agent-${Date.now()}`);
  const paused = withPause(fs.readFileSync(GUACAMOLE_RECORDING, 'latin1'), 300, 8_000);
  const response = await page.request.post('/api/recordings?filename=paused.guac', {
    data: Buffer.from(paused, 'latin1'),
    headers: {
      authorization: `Bearer ${agentToken}`,
      'content-type': 'application/octet-stream',
      'x-recording-metadata': JSON.stringify({ userName: 'guac-idle-user', serverName: 'bastion-ssh-02' }),
    },
  });
  expect([200, 201]).toContain(response.status());
  const id: string = (await response.json()).recording.id;

  await signIn(page, PLAYER);
  const downloads: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes(`/api/recordings/${id}/`)) downloads.push(r.url());
  });
  await page.goto(`/recordings/${id}`);
  await page.getByTestId('guacamole-player').getByRole('button', { name: 'Play recording' }).click();
  const time = page.getByTestId('guacamole-time');
  await expect(time).toHaveText(/ \/ 0:01:08$/, { timeout: 30_000 });

  // One stretch: the pause of 8 s; the recording's own frames are never 5 s apart.
  const idle = page.getByTestId('idle-span');
  await expect(idle).toHaveCount(1);
  await expect(idle).toHaveAttribute('title', 'Idle 0:00:08');
  const box = await idle.boundingBox();
  const track = await page.locator('.player__track').boundingBox();
  expect(box!.width / track!.width).toBeGreaterThan(0.1);
  expect(box!.width / track!.width).toBeLessThan(0.14);
  expect(downloads).toEqual([expect.stringMatching(new RegExp(`/api/recordings/${id}/media$`))]);
  await expectNoAxeViolations(page, 'a Guacamole recording page with an idle stretch');
});
