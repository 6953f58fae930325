import fs from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { graphql } from '../gql/index.js';
import { gqlOk, INVESTIGATOR } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';

const REASON = 'Case VF-2026-009: the court asks whether the copy on file is the export';

const FIRST_TERMINAL_RECORDING = graphql(`
  query VerifyPage_FirstTerminalRecording {
    recordings(first: 1, filter: { kind: TERMINAL }) { edges { node { id } } }
  }
`);

const EXPORT = graphql(`
  mutation VerifyPage_Export($input: ExportRecordingsInput!) {
    exportRecordings(input: $input) { tasks { id } }
  }
`);

const TASK = graphql(`
  query VerifyPage_Task($id: ID!) {
    exportTask(id: $id) { status downloadUrl evidenceBundleUrl outputSha256 }
  }
`);

/** A file as a drag from the desktop brings it: the page gets it in a drop event's DataTransfer. */
async function dropFile(page: Page, target: string, name: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'video/mp4' }));
      return transfer;
    },
    { name, base64: bytes.toString('base64') },
  );
  await page.dispatchEvent(target, 'dragover', { dataTransfer });
  await page.dispatchEvent(target, 'drop', { dataTransfer });
}

test('a file is verified by picking it, dropping it or entering its SHA-256; a changed copy is not', async ({ page }, testInfo) => {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(INVESTIGATOR.username);
  await page.getByLabel('Password').fill(INVESTIGATOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toHaveText(INVESTIGATOR.username);

  // One export through the API, with the page's session; its MP4 downloaded as a requester would.
  const request = page.request;
  const recordingId = (await gqlOk(request, FIRST_TERMINAL_RECORDING, {})).recordings.edges[0]!.node.id;
  const taskId = (await gqlOk(request, EXPORT, { input: { recordingIds: [recordingId], reason: REASON } })).exportRecordings.tasks[0]!.id;
  await expect.poll(async () => (await gqlOk(request, TASK, { id: taskId })).exportTask.status, { timeout: 90_000 }).toBe('COMPLETED');
  const task = (await gqlOk(request, TASK, { id: taskId })).exportTask;
  const response = await request.get(task.downloadUrl!);
  expect(response.status()).toBe(200);
  const mp4 = await response.body();
  const exported = testInfo.outputPath('export.mp4');
  await fs.writeFile(exported, mp4);
  // The same file with one byte of its media data changed: it still plays, and is not the export.
  const changed = Buffer.from(mp4);
  changed[changed.length - 100] = changed[changed.length - 100]! ^ 0xff;

  await page.goto('/verify');
  const result = page.getByTestId('verify-result');

  await test.step('a picked file is hashed in the browser and matches its export and signed manifest', async () => {
    await page.getByLabel('File to verify').setInputFiles(exported);
    await expect(result).toHaveAttribute('data-verified', 'true');
    await expect(result).toContainText(`export.mp4: SHA-256 ${task.outputSha256}`);
    const match = result.getByTestId('verify-match');
    await expect(match).toHaveCount(1);
    await expect(match).toHaveAttribute('data-signature-valid', 'true');
    await expect(match).toContainText(REASON);
    await expect(match).toContainText(taskId);
    await expectNoAxeViolations(page, 'the Verify page with a verified file');
  });

  await test.step('a dropped copy with one byte changed is not verified', async () => {
    await dropFile(page, '[data-testid="verify-drop"]', 'copy-from-the-share.mp4', changed);
    await expect(result).toHaveAttribute('data-verified', 'false');
    await expect(result).toContainText('copy-from-the-share.mp4: SHA-256');
    await expect(result).not.toContainText(task.outputSha256!);
    await expect(result).toContainText('No export has this SHA-256');
    await expect(result.getByTestId('verify-match')).toHaveCount(0);
  });

  await test.step('an evidence bundle is named as an archive, with how to check what it holds, and not sent as an export', async () => {
    const bundle = await request.get(task.evidenceBundleUrl!);
    expect(bundle.status()).toBe(200);
    let checks = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.postData()?.includes('VerifyPage_VerifyExport')) checks++;
    });
    await dropFile(page, '[data-testid="verify-drop"]', 'evidence.zip', await bundle.body());
    await expect(page.getByTestId('verify-archive')).toContainText('evidence.zip is a ZIP archive, not an MP4.');
    await expect(page.getByTestId('verify-archive')).toContainText('npm run custodian -- verify');
    await expect(result).toHaveCount(0);
    expect(checks).toBe(0);
  });

  await test.step('two files dropped at once are refused with the reason, and nothing is checked', async () => {
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      for (const name of ['a.mp4', 'b.mp4']) transfer.items.add(new File([new Uint8Array(4)], name));
      return transfer;
    });
    await page.dispatchEvent('[data-testid="verify-drop"]', 'drop', { dataTransfer });
    await expect(page.getByRole('alert').filter({ hasText: '2 files were dropped: drop one at a time.' })).toBeVisible();
    await expect(page.getByTestId('verify-archive')).toBeVisible();
  });

  await test.step('a file dropped beside the box is not opened by the browser in place of the page', async () => {
    const opened = await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(4)], 'beside.mp4'));
      const drop = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
      document.querySelector('h1')!.dispatchEvent(drop);
      // Not cancelled, the browser's own action follows: it opens the file instead of the app.
      return !drop.defaultPrevented;
    });
    expect(opened).toBe(false);
  });

  await test.step('a SHA-256 entered as read elsewhere (upper case, spaces around) is checked as it is', async () => {
    const field = page.getByLabel('Or a SHA-256 from a manifest or a report');
    const check = page.getByRole('button', { name: 'Check', exact: true });
    await field.fill(task.outputSha256!.slice(0, 40));
    await expect(page.getByText('A SHA-256 is 64 characters; this is 40.')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(check).toBeDisabled();
    await field.fill(`${'g'.repeat(64)}`);
    await expect(page.getByText('A SHA-256 holds only the digits 0-9 and the letters a-f.')).toBeVisible();
    await field.fill(`  ${task.outputSha256!.toUpperCase()} `);
    await expect(check).toBeEnabled();
    await check.click();
    await expect(result).toHaveAttribute('data-verified', 'true');
    await expect(result).toContainText(`The SHA-256 entered: SHA-256 ${task.outputSha256}`);
    await expect(result.getByTestId('verify-match')).toContainText(REASON);
  });
});
