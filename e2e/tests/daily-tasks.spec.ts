import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { graphql } from '../gql/index.js';
import { ADMIN, createApiToken, gqlOk, INVESTIGATOR, signInToken } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';

test.use({ viewport: { width: 1440, height: 900 } });

/** One more than an export request may name. */
const BULK = 101;
const BULK_SERVER = 'daily-tasks-bulk';
const TASK_SERVER = 'daily-tasks-host';
const REASON = 'Incident IR-2026-207: privileged access review on the tasks host';

const SOURCE = graphql(`
  query DailyTasks_Source($id: ID!) {
    recording(id: $id) { sourceLocation }
  }
`);

/** A short terminal session as asciicast v2, different from every other one (sources are told apart by hash). */
function terminalSession(label: string, index: number): Buffer {
  const header = { version: 2, width: 80, height: 24, timestamp: 1_795_000_000 + index * 60 };
  return Buffer.from(
    [JSON.stringify(header), JSON.stringify([0.2, 'o', `$ echo ${label} ${index}\r\n`]), JSON.stringify([0.5, 'o', `${label} ${index}\r\n`]), ''].join('\n'),
  );
}

/** Uploads terminal sessions as a recording agent does, a few at a time; their ids, in order. */
async function upload(request: APIRequestContext, token: string, sessions: { userName: string; serverName: string; index: number }[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < sessions.length; start += 10) {
    const batch = await Promise.all(
      sessions.slice(start, start + 10).map(async ({ userName, serverName, index }) => {
        const response = await request.post(`/api/recordings?filename=${userName}-${index}.cast`, {
          data: terminalSession(`${serverName}-${userName}`, index),
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/octet-stream',
            'x-recording-metadata': JSON.stringify({ userName, serverName, startedAt: new Date(Date.UTC(2026, 10, 2, 9, 0, index)).toISOString() }),
          },
        });
        expect([200, 201]).toContain(response.status());
        return (await response.json()).recording.id as string;
      }),
    );
    ids.push(...batch);
  }
  return ids;
}

async function signIn(page: Page, user: { username: string; password: string }, to: string) {
  await page.goto(to);
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toHaveText(user.username);
}

test('daily evidence work: the export dialog guards the reason and the limit, tasks are grouped by request, a failed task is retried, bundles and toasts', async ({
  page,
  request,
}) => {
  // A recording agent uploads the sessions: a bulk of them, and two on the tasks host, one of
  // whose stored files then goes missing so that its export fails.
  const admin = await signInToken(request, ADMIN);
  const token = await createApiToken(request, admin, `daily-tasks-agent-${Date.now()}`);
  const [good, broken] = await upload(request, token, [
    { userName: 'daily-good', serverName: TASK_SERVER, index: 0 },
    { userName: 'daily-retry', serverName: TASK_SERVER, index: 1 },
  ]);
  await upload(
    request,
    token,
    Array.from({ length: BULK }, (_, i) => ({ userName: `daily-bulk-${String(i).padStart(3, '0')}`, serverName: BULK_SERVER, index: 100 + i })),
  );
  const investigator = await signInToken(request, INVESTIGATOR);
  const { recording } = await gqlOk(request, SOURCE, { id: broken! }, investigator);
  const stored = path.join(process.env.E2E_DATA_DIR!, 'recordings', recording.sourceLocation);
  fs.renameSync(stored, `${stored}.away`);

  await test.step('select all matching stops at the limit; over the limit the form refuses and says why', async () => {
    await signIn(page, INVESTIGATOR, `/?server=${BULK_SERVER}`);
    await expect(page.getByTestId('recording-row')).toHaveCount(50);
    await page.getByTestId('select-all-matching').click();
    await expect(page.getByTestId('select-all-matching-outcome')).toHaveText(
      `Selected the first 100 of ${BULK} matching recordings: one export takes at most 100.`,
    );
    await expect(page.getByRole('button', { name: 'Export (100)' })).toBeVisible();
    // The 101st is on the third page: selecting it too goes over the limit.
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByTestId('recording-row')).toHaveCount(1);
    await page.getByTestId('recording-row').getByRole('checkbox').check();
    await page.getByRole('button', { name: `Export (${BULK})` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill(REASON);
    await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
    await expect(dialog.getByTestId('export-disabled-why')).toHaveText(
      `${BULK} recordings are selected; one export takes at most 100. Remove 1 from the selection.`,
    );
    // Closing with a reason typed asks first.
    await dialog.getByLabel('Close').click();
    await dialog.getByRole('button', { name: 'Discard and close' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the dialog opens with focus in the reason, says why Export is disabled, and Escape does not lose a typed reason', async () => {
    await page.goto(`/?server=${TASK_SERVER}`);
    await expect(page.getByTestId('recording-row')).toHaveCount(2);
    for (const row of await page.getByTestId('recording-row').all()) await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Export (2)' }).click();
    const dialog = page.getByRole('dialog');
    const reason = dialog.getByLabel('Reason');
    const submit = dialog.getByRole('button', { name: 'Export', exact: true });
    await expect(reason).toBeFocused();
    await expect(submit).toBeDisabled();
    await expect(dialog.getByTestId('export-disabled-why')).toHaveText('Give a reason for the export.');
    await reason.fill('IR-207');
    await expect(dialog.getByTestId('export-disabled-why')).toHaveText('The reason is too short: 4 more characters needed (at least 10).');
    await expect(submit).toHaveAccessibleDescription('The reason is too short: 4 more characters needed (at least 10).');
    await reason.fill(REASON);
    await expect(dialog.getByTestId('export-disabled-why')).toHaveCount(0);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('discard-reason')).toContainText('Close and discard the reason you typed?');
    await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    await expectNoAxeViolations(page, 'the export dialog asking before discarding a reason');
    // A second Escape answers the question the safe way: the reason stays.
    await page.keyboard.press('Escape');
    await expect(dialog.getByTestId('discard-reason')).toHaveCount(0);
    await expect(dialog).toBeVisible();
    await expect(reason).toHaveValue(REASON);
    await expect(reason).toBeFocused();

    await submit.click();
    await expect(dialog).toBeHidden();
    await page.getByRole('link', { name: 'view tasks' }).click();
  });

  const group = page.getByTestId('request-group').filter({ hasText: REASON });
  const rowOf = (user: string, status: string) => group.locator(`[data-testid="task-row"][data-status="${status}"]`).filter({ hasText: user });

  await test.step('the tasks appear under their export request, with times, duration and a link to the recording', async () => {
    await expect(page).toHaveURL(/\/tasks$/);
    await expect(group.getByTestId('request-reason')).toHaveText(`Reason: ${REASON}`);
    await expect(group).toContainText(`Export request by ${INVESTIGATOR.username}`);
    await expect(group).toContainText('2 tasks');
    const completed = rowOf('daily-good', 'COMPLETED');
    await expect(completed).toHaveCount(1, { timeout: 45_000 });
    await expect(completed.getByTestId('task-started')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
    await expect(completed.getByTestId('task-finished')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
    await expect(completed.getByTestId('task-duration')).toHaveText(/^\d+:\d{2}:\d{2}$/);
    await expect(completed.getByTestId('recording-link')).toHaveAttribute('href', `/recordings/${good}`);
    // The file's size stays whole on one line beside or under its two download actions, also in
    // a narrow window where they do not fit side by side (it was once broken letter by letter).
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 1024, height: 768 });
    const size = completed.getByTestId('task-file-size');
    await expect(size).toHaveText(/^\d+(\.\d)? (B|KB|MB|GB)$/);
    const [sizeHeight, fontSize] = await size.evaluate((el) => [el.getBoundingClientRect().height, Number.parseFloat(getComputedStyle(el).fontSize)]);
    expect(sizeHeight).toBeLessThan(2 * fontSize);
    if (viewport) await page.setViewportSize(viewport);
    await expect(rowOf('daily-retry', 'FAILED')).toContainText('The source file is missing', { timeout: 45_000 });
    // Checked with the list settled: a reloading list is drawn faded, then fades back in, and a
    // late event can reload it during the check (a real violation stays and fails every try).
    await expect(async () => {
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await expect(page.locator('.table-wrap')).toHaveCSS('opacity', '1');
      await expectNoAxeViolations(page, 'the Tasks page with a failed task');
    }).toPass({ timeout: 15_000 });
  });

  await test.step('the failed task is retried after a confirmation, and its completion is told on another page', async () => {
    fs.renameSync(`${stored}.away`, stored);
    await rowOf('daily-retry', 'FAILED').getByRole('button', { name: 'Retry' }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('under the same export request and reason');
    await confirm.getByRole('button', { name: 'Retry the export' }).click();
    await expect(confirm).toBeHidden();
    await expect(group).toContainText('3 tasks');
    await expect(rowOf('daily-retry', 'FAILED')).toContainText('Retried');

    // On another page, the toast tells the requester that the retry completed.
    await page.getByRole('link', { name: 'Export audit' }).click();
    await expect(page.locator('[data-testid="audit-row"][data-action="EXPORT_RETRIED"]')).toHaveCount(1);
    await expect(page.getByTestId('toast').filter({ hasText: 'The MP4 of daily-retry on daily-tasks-host is ready to download.' })).toBeVisible({
      timeout: 45_000,
    });
  });

  await test.step('the completed tasks of the request download as one evidence bundle', async () => {
    await page.getByRole('link', { name: 'Tasks', exact: true }).click();
    await expect(group.locator('[data-testid="task-row"][data-status="COMPLETED"]')).toHaveCount(2);
    for (const row of await group.locator('[data-testid="task-row"][data-status="COMPLETED"]').all()) await row.getByRole('checkbox').check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download evidence bundle (2)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.zip$/);
    const bytes = fs.readFileSync(await file.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
