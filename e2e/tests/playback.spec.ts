import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { graphql } from '../gql/index.js';
import { AUDITOR, gqlOk, INVESTIGATOR, PLAYER, signInToken } from '../support/api.js';

const PLAYBACKS = graphql(`
  query Playback_Playbacks($recordingId: ID!) {
    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }
  }
`);

/**
 * Signs in through the API from the page's own context: the session cookie it sets is the one the
 * pages and the players use. (The sign-in page itself is covered by the export journey.)
 */
async function signIn(page: Page, user: { username: string; password: string }) {
  await signInToken(page.request, user);
  await page.goto('/');
  await expect(page.getByTestId('current-user')).toHaveText(user.username);
}

/** The RECORDING_PLAYED rows of one recording, read through the API as an auditor would. */
async function playbacksOf(request: APIRequestContext, recordingId: string) {
  const token = await signInToken(request, AUDITOR);
  const data = await gqlOk(request, PLAYBACKS, { recordingId }, token);
  return data.exportAudit.edges.map((e) => e.node);
}

/** Opens, from the All Recordings list, the first recording whose Format column reads `format`. */
async function openRecordingOfFormat(page: Page, format: string) {
  await page.goto('/');
  const rows = page.getByTestId('recording-row');
  await expect(rows.first()).toBeVisible();
  const row = rows.filter({ has: page.getByRole('cell', { name: format, exact: true }) }).first();
  await expect(row).toBeVisible();
  const id = await row.getAttribute('data-recording-id');
  await row.getByRole('link', { name: /^Play recording/ }).click();
  await expect(page).toHaveURL(new RegExp(`/recordings/${id}$`));
  return id!;
}

test('a player opens a video recording from the list and watches it play', async ({ page, request }) => {
  await signIn(page, PLAYER);
  const id = await openRecordingOfFormat(page, 'webm');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(' on ');
  await expect(page.getByRole('definition').filter({ hasText: 'webm' })).toBeVisible();
  // A player may not export: the page offers no Export button.
  await expect(page.getByRole('button', { name: 'Export' })).toHaveCount(0);

  const video = page.getByTestId('video-player');
  await expect(video).toBeVisible();
  const media = page.waitForResponse((r) => r.url().endsWith(`/api/recordings/${id}/media`));
  // Nothing is fetched before the user presses play.
  await page.getByRole('button', { name: 'Play recording' }).click();
  expect([200, 206]).toContain((await media).status());

  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused && v.readyState >= 2)).toBe(true);
  const first = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 }).toBeGreaterThan(first + 0.5);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // However many range requests the browser made, the audit holds one playback.
  expect(await playbacksOf(request, id)).toEqual([{ actor: PLAYER.username, outcome: 'SUCCESS' }]);
});

test('a player opens a terminal recording from the list and watches its screen change', async ({ page, request }) => {
  await signIn(page, PLAYER);
  const id = await openRecordingOfFormat(page, 'Terminal (asciicast)');
  await expect(page.getByRole('definition').filter({ hasText: /^asciicast v\d$/ })).toBeVisible();

  const player = page.getByTestId('terminal-player');
  const screen = player.locator('.ap-term-text');
  const media = page.waitForResponse((r) => r.url().endsWith(`/api/recordings/${id}/media`));
  // The recording is fetched when play is pressed.
  await page.getByRole('button', { name: 'Play recording' }).click();
  const response = await media;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/x-asciicast');

  const textNow = () => screen.evaluate((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  await expect.poll(textNow, { timeout: 20_000 }).not.toBe('');
  const first = await textNow();
  await expect.poll(textNow, { timeout: 30_000 }).not.toBe(first);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await playbacksOf(request, id)).toEqual([{ actor: PLAYER.username, outcome: 'SUCCESS' }]);
});

test('an investigator exports the recording from its page', async ({ page }) => {
  await signIn(page, INVESTIGATOR);
  await openRecordingOfFormat(page, 'mp4');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('list', { name: 'Recordings to export' }).getByRole('listitem')).toHaveCount(1);
  await dialog.getByLabel('Reason').fill('Case FC-2026-040: evidence for the hearing');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'export task created' })).toContainText('1 export task created');
});
