import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';

// The demo data's investigator holds PRIVILEGED_PLAYER and LOGGING_READER: allowed to export.
const INVESTIGATOR = { username: 'investigator', password: 'investigator-password' };
const PLAYER = { username: 'player', password: 'player-password' };

async function signIn(page: import('@playwright/test').Page, user: { username: string; password: string }) {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toHaveText(user.username);
}

const REASON = 'Fraud case FC-2026-031: sessions on the payroll server';

test('an investigator exports two recordings with a reason, watches them complete live, and downloads one', async ({ page }) => {
  await signIn(page, INVESTIGATOR);
  await page.goto('/');
  const rows = page.getByTestId('recording-row');
  await expect(rows.first()).toBeVisible();

  // Export waits for a selection.
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  for (const index of [0, 1]) await rows.nth(index).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Export (2)' }).click();

  const dialog = page.getByRole('dialog');
  const reason = dialog.getByLabel('Reason');
  const submit = dialog.getByRole('button', { name: 'Export', exact: true });
  await reason.fill('too short');
  await expect(submit).toBeDisabled();
  await reason.fill(REASON);
  await expect(dialog.getByText(/54 \/ 2000/)).toBeVisible();
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(dialog).toBeHidden();

  // The Tasks page shows both tasks reaching Completed through the subscription, without reload.
  await expect(page.getByRole('status').filter({ hasText: 'export tasks created' })).toContainText('2 export tasks created');
  await page.getByRole('link', { name: 'view tasks' }).click();
  await expect(page).toHaveURL(/\/tasks$/);
  let reloaded = false;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url().endsWith('/tasks')) reloaded = true;
  });
  // Other tests may have exported before: this request's tasks are grouped under its reason.
  const request = page.getByTestId('request-group').filter({ has: page.getByTestId('request-reason').filter({ hasText: REASON }) });
  const tasks = request.getByTestId('task-row');
  await expect(tasks).toHaveCount(2);
  await expect(request.locator('[data-testid="task-row"][data-status="COMPLETED"]')).toHaveCount(2, { timeout: 90_000 });
  expect(reloaded).toBe(false);

  const downloadedTask = await tasks.first().getAttribute('data-task-id');
  const download = page.waitForEvent('download');
  await tasks.first().getByRole('link', { name: 'Download' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.mp4$/);
  const bytes = await fs.readFile(await file.path());
  expect(bytes.length).toBeGreaterThan(10_000);
  // An MP4 starts with an ftyp box.
  expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');

  // The export audit shows who exported what and why.
  await page.getByRole('link', { name: 'Export audit' }).click();
  await expect(page.locator('[data-testid="audit-row"][data-action="EXPORT_REQUESTED"]').filter({ hasText: REASON })).toHaveCount(2);
  await expect(page.locator(`[data-testid="audit-row"][data-action="EXPORT_DOWNLOADED"]:has(code[title="${downloadedTask}"])`)).toHaveCount(1);
});

test('a player sees recordings but cannot export', async ({ page }) => {
  await signIn(page, PLAYER);
  await page.goto('/');
  const rows = page.getByTestId('recording-row');
  await expect(rows.first()).toBeVisible();
  const checkbox = rows.first().getByRole('checkbox');
  if (await checkbox.count()) await checkbox.check();
  await expect(page.getByRole('button', { name: /^Export/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Tasks' })).toHaveCount(0);
});
