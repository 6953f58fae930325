import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { graphql } from '../gql/index.js';
import { ADMIN, AUDITOR, createApiToken, gqlOk, PLAYER, signInToken } from '../support/api.js';

// A recording written by a real guacd 1.6.0, read where it lies (never copied into the repository).
const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/guac');
const RECORDING = path.join(CORPUS, 'ssh-terminal-60s.guac');
const corpusPresent = fs.existsSync(RECORDING);
if (!corpusPresent) console.warn(`Skipping the Guacamole playback test: ${RECORDING} is absent (it is a recording written by guacd).`);

const PLAYBACKS = graphql(`
  query GuacamolePlayback_Playbacks($recordingId: ID!) {
    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }
  }
`);

/** Uploads the corpus recording as a recording agent does (an administrator's API token); its id. */
async function uploadRecording(request: APIRequestContext): Promise<string> {
  const token = await signInToken(request, ADMIN);
  const agentToken = await createApiToken(request, token, `guacamole-agent-${Date.now()}`);
  const response = await request.post('/api/recordings?filename=session.guac', {
    data: fs.readFileSync(RECORDING),
    headers: {
      authorization: `Bearer ${agentToken}`,
      'content-type': 'application/octet-stream',
      'x-recording-metadata': JSON.stringify({ userName: 'guac-user', serverName: 'bastion-ssh-01' }),
    },
  });
  expect([200, 201]).toContain(response.status());
  return (await response.json()).recording.id;
}

test.skip(!corpusPresent, 'the Guacamole corpus is absent');

test('a player plays a Guacamole recording with guacamole-common-js, seeks in it, and the playback is audited once', async ({ page, request }) => {
  const id = await uploadRecording(request);
  await signInToken(page.request, PLAYER);
  await page.goto(`/recordings/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('guac-user on bastion-ssh-01');
  await expect(page.getByRole('definition').filter({ hasText: '1024×768' })).toBeVisible();

  const player = page.getByTestId('guacamole-player');
  const media = page.waitForResponse((r) => r.url().endsWith(`/api/recordings/${id}/media`));
  // Nothing is fetched before the user presses play.
  await player.getByRole('button', { name: 'Play recording' }).click();
  const response = await media;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/x-guacamole-recording');

  // The Guacamole display draws into canvases inside the player; the clock runs to a 1:00 duration.
  const time = page.getByTestId('guacamole-time');
  await expect(time).toHaveText(/^0:00:0\d \/ 0:01:00$/, { timeout: 30_000 });
  await expect(player.locator('canvas').first()).toBeVisible();
  await expect.poll(async () => (await time.textContent()) ?? '', { timeout: 15_000 }).not.toMatch(/^0:00:00 /);

  // Something was drawn: the flattened display is not one colour.
  const drawn = () =>
    player.locator('canvas').evaluateAll((canvases: HTMLCanvasElement[]) =>
      canvases.some((canvas) => {
        const context = canvas.getContext('2d');
        if (!context || canvas.width === 0 || canvas.height === 0) return false;
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 4; i < pixels.length; i += 4) {
          if (pixels[i] !== pixels[0] || pixels[i + 1] !== pixels[1] || pixels[i + 2] !== pixels[2]) return true;
        }
        return false;
      }),
    );
  await expect.poll(drawn, { timeout: 15_000 }).toBe(true);

  // Pause, then seek to 45 s with the position slider.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.getByRole('slider', { name: 'Position' }).fill('45000');
  await expect(time).toHaveText(/^0:00:4[5-6] \/ 0:01:00$/, { timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);

  const token = await signInToken(request, AUDITOR);
  const rows = await gqlOk(request, PLAYBACKS, { recordingId: id }, token);
  expect(rows.exportAudit.edges.map((e) => e.node)).toEqual([{ actor: PLAYER.username, outcome: 'SUCCESS' }]);
});
