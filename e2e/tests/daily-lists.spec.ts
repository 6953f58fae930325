import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { graphql } from '../gql/index.js';
import { ADMIN, createApiToken, gqlOk, INVESTIGATOR, PLAYER, signInToken } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';

const VIEWPORT = { width: 1440, height: 900 };
/** More than one page (50 rows) of recordings on one server, so a filtered list has a second page. */
const SERVER = 'lists-bastion-01';
const UPLOADED = 55;

test.use({ viewport: VIEWPORT });

const CREATE_GROUP = graphql(`
  mutation DailyLists_CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) { id }
  }
`);

const EXPORT = graphql(`
  mutation DailyLists_Export($input: ExportRecordingsInput!) {
    exportRecordings(input: $input) { tasks { id } }
  }
`);

/** A short terminal session as asciicast v2; each one different, so none is taken for another. */
function terminalSession(index: number): string {
  const header = { version: 2, width: 80, height: 24, timestamp: 1_790_000_000 + index * 60 };
  return [JSON.stringify(header), JSON.stringify([0.2, 'o', `$ echo session ${index}\r\n`]), JSON.stringify([0.6, 'o', `session ${index}\r\n`]), ''].join('\n');
}

/**
 * Fills every list: the sessions uploaded as a recording agent does (a few at a time), a group,
 * and an export task with its audit events.
 */
async function fillLists(request: APIRequestContext) {
  const token = await signInToken(request, ADMIN);
  const agentToken = await createApiToken(request, token, `lists-agent-${Date.now()}`);
  await gqlOk(request, CREATE_GROUP, { input: { name: `lists-reviewers-${Date.now()}`, roles: ['PLAYER'] } }, token);
  const ids: string[] = [];
  const indexes = Array.from({ length: UPLOADED }, (_, i) => i);
  for (let start = 0; start < indexes.length; start += 8) {
    await Promise.all(
      indexes.slice(start, start + 8).map(async (i) => {
        const response = await request.post(`/api/recordings?filename=session-${i}.cast`, {
          data: Buffer.from(terminalSession(i)),
          headers: {
            authorization: `Bearer ${agentToken}`,
            'content-type': 'application/octet-stream',
            'x-recording-metadata': JSON.stringify({
              userName: `lists-user-${String(i).padStart(2, '0')}`,
              serverName: SERVER,
              startedAt: new Date(Date.UTC(2026, 9, 1, 8, i)).toISOString(),
            }),
          },
        });
        expect([200, 201]).toContain(response.status());
        ids.push((await response.json()).recording.id);
      }),
    );
  }
  const investigator = await signInToken(request, INVESTIGATOR);
  const reason = 'Review of the bastion sessions for the lists check';
  await gqlOk(request, EXPORT, { input: { recordingIds: ids.slice(0, 1), reason } }, investigator);
}

async function signedInPage(browser: Browser, user: { username: string; password: string }, path = '/'): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toHaveText(user.username);
  return page;
}

/** Neither the page nor any table on it scrolls sideways. */
async function expectNoHorizontalScroll(page: Page, what: string) {
  await expect(page.locator('table').first(), `${what} shows a table`).toBeVisible();
  const overflow = await page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const table of document.querySelectorAll('table')) {
      const box = table.parentElement ?? table;
      if (table.scrollWidth > box.clientWidth) found.push(`table "${table.caption?.textContent}" ${table.scrollWidth} > ${box.clientWidth}`);
    }
    return found;
  });
  expect(overflow, `${what} scrolls sideways`).toEqual([]);
}

/** Does what changes a preference and waits until the server has kept it. */
async function keptOnServer(page: Page, change: () => Promise<void>) {
  const saved = page.waitForResponse((r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('SetPreference'));
  await change();
  expect((await (await saved).json()).errors).toBeUndefined();
}

const rangeText = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
const minutes = (text: string) => Date.parse(`${text.replace(' ', 'T')}:00Z`) / 60_000;

test('lists keep their filters and page in the URL, refuse impossible ranges, fit the screen and remember columns on every list', async ({
  browser,
  request,
}) => {
  await fillLists(request);
  const page = await signedInPage(browser, INVESTIGATOR);
  const rows = page.getByTestId('recording-row');
  const range = page.getByRole('group', { name: /^Started/ });
  const recordingQueries: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.postData()?.includes('AllRecordingsPage_Recordings')) recordingQueries.push(r.postData() ?? '');
  });

  await test.step('compact density shows at least 20 recordings above the fold, with no sideways scroll', async () => {
    await page.getByRole('radio', { name: 'Compact' }).check();
    await expect(rows).toHaveCount(50);
    const bottoms = await rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().bottom));
    expect(bottoms.filter((bottom) => bottom <= VIEWPORT.height).length).toBeGreaterThanOrEqual(20);
    await expectNoHorizontalScroll(page, 'All Recordings');
    await expectNoAxeViolations(page, 'All Recordings');
    // The header row stays at the top of the window while the rows scroll under it.
    await page.mouse.wheel(0, 600);
    const header = page.getByRole('columnheader', { name: /^Started/ });
    await expect.poll(() => header.evaluate((th) => Math.round(th.getBoundingClientRect().top))).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  await test.step('a filtered second page survives opening a recording and Back, and a reload', async () => {
    await page.getByRole('textbox', { name: 'Server', exact: true }).fill(SERVER);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`\\?server=${SERVER}$`));
    await expect(page.getByText(`1–50 of ${UPLOADED}`)).toBeVisible();
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/&after=/);
    await expect(page.getByText(`51–${UPLOADED} of ${UPLOADED}`)).toBeVisible();
    const listUrl = page.url();

    await rows.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/recordings\/[0-9a-f-]+$/);
    await page.goBack();
    await expect(page).toHaveURL(listUrl);
    await expect(page.getByText(`51–${UPLOADED} of ${UPLOADED}`)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Server', exact: true })).toHaveValue(SERVER);

    await page.reload();
    await expect(page.getByText(`51–${UPLOADED} of ${UPLOADED}`)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Server', exact: true })).toHaveValue(SERVER);
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect(page.getByText(`1–50 of ${UPLOADED}`)).toBeVisible();
    await page.goBack();
    await expect(page.getByText(`51–${UPLOADED} of ${UPLOADED}`)).toBeVisible();

    // A colleague opening the link signs in first and lands on the same list and page.
    const colleague = await signedInPage(browser, PLAYER, listUrl.replace(/^https?:\/\/[^/]+/, ''));
    await expect(colleague).toHaveURL(listUrl);
    await expect(colleague.getByText(`51–${UPLOADED} of ${UPLOADED}`)).toBeVisible();
    await expect(colleague.getByRole('textbox', { name: 'Server', exact: true })).toHaveValue(SERVER);
    // An edited cursor opens the first page with a word of why, not an error.
    await colleague.goto(`/?server=${SERVER}&after=bm90LWEtY3Vyc29y`);
    await expect(colleague.getByText('no longer fits this list')).toBeVisible();
    await expect(colleague.getByText(`1–50 of ${UPLOADED}`)).toBeVisible();
    await expect(colleague.getByRole('alert')).toHaveCount(0);
    await colleague.context().close();
  });

  await test.step('a preset fills the range; a start after the end is refused in words and never sent', async () => {
    await range.getByRole('button', { name: 'Last 24 h' }).click();
    const from = await page.getByLabel('Started from').inputValue();
    const to = await page.getByLabel('Started to').inputValue();
    expect(from).toMatch(rangeText);
    expect(to).toMatch(rangeText);
    expect(minutes(to) - minutes(from)).toBe(24 * 60 + 1);
    expect(Math.abs(minutes(to) - Date.now() / 60_000)).toBeLessThan(3);

    const sent = recordingQueries.length;
    const before = page.url();
    await page.getByLabel('Started from').fill('2026-11-21 09:00');
    await page.getByLabel('Started to').fill('2026-11-20 09:00');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(range.getByRole('alert')).toContainText('"From" (2026-11-21 09:00) is after "to" (2026-11-20 09:00)');
    await expect(page.getByLabel('Started from')).toBeFocused();
    await page.getByLabel('Started to').fill('20/11/2026');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(range.getByRole('alert')).toContainText('Write it as YYYY-MM-DD HH:MM');
    expect(page.url()).toBe(before);
    expect(recordingQueries.length).toBe(sent);
  });

  await test.step('the density switch changes the rows, and a hidden column stays hidden after a reload', async () => {
    const rowHeight = () => rows.first().evaluate((tr) => tr.getBoundingClientRect().height);
    const compact = await rowHeight();
    await page.getByRole('radio', { name: 'Comfortable' }).check();
    await expect.poll(rowHeight).toBeGreaterThan(compact + 5);
    await page.getByRole('radio', { name: 'Compact' }).check();
    await expect.poll(rowHeight).toBe(compact);

    const header = page.getByRole('columnheader', { name: 'Client IP' });
    await expect(header).toBeVisible();
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Client IP' }).uncheck();
    await expect(header).toHaveCount(0);
    await page.reload();
    await expect(rows.first()).toBeVisible();
    await expect(header).toHaveCount(0);
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Client IP' }).check();
    await expect(header).toBeVisible();
  });

  await test.step('the investigator’s other lists do not scroll sideways', async () => {
    for (const [path, what] of [
      ['/tasks', 'Tasks'],
      ['/audit', 'Export audit'],
    ]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page, what);
    }
  });

  await test.step('Tasks and the Export audit keep a hidden column hidden after a reload, and the column naming a row always shows', async () => {
    for (const { path, what, row, column, kept } of [
      { path: '/tasks', what: 'Tasks', row: 'task-row', column: 'Finished', kept: 'Recording' },
      { path: '/audit', what: 'Export audit', row: 'audit-row', column: 'Task ID', kept: 'Time' },
    ]) {
      await page.goto(path);
      await expect(page.getByTestId(row).first()).toBeVisible();
      const header = page.getByRole('columnheader', { name: column, exact: true });
      await expect(header).toBeVisible();
      await page.getByText('Columns', { exact: true }).click();
      await expect(page.getByRole('checkbox', { name: kept, exact: true })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: kept, exact: true })).toBeDisabled();
      await keptOnServer(page, () => page.getByRole('checkbox', { name: column, exact: true }).uncheck());
      await expect(header).toHaveCount(0);

      await page.reload();
      await expect(page.getByTestId(row).first()).toBeVisible();
      await expect(header).toHaveCount(0);
      await expect(page.getByRole('columnheader', { name: kept, exact: true })).toBeVisible();
      await expectNoHorizontalScroll(page, `${what} with a column hidden`);
      // Checked with the list settled: a list reloading after a live event is drawn faded.
      await expect(async () => {
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        await expectNoAxeViolations(page, `${what} with a column hidden`);
      }).toPass({ timeout: 15_000 });

      // Shown again, so that the other tests of this user see every column.
      await page.getByText('Columns', { exact: true }).click();
      await keptOnServer(page, () => page.getByRole('checkbox', { name: column, exact: true }).check());
      await expect(header).toBeVisible();
    }
  });

  await test.step('the administrator’s lists do not scroll sideways', async () => {
    const admin = await signedInPage(browser, ADMIN, '/admin/users');
    for (const [path, what] of [
      ['/admin/users', 'Users'],
      ['/admin/groups', 'Groups'],
      ['/task-services', 'Task services'],
      ['/account/tokens', 'API tokens'],
    ]) {
      await admin.goto(path);
      await expectNoHorizontalScroll(admin, what);
    }
    await admin.context().close();
  });
});
