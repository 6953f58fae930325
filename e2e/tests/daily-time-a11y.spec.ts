import { expect, test, type Locator, type Page, type Route } from '@playwright/test';
import { graphql } from '../gql/index.js';
import { ADMIN, gqlOk, signInToken } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';

// A browser in New York with a German locale: the times shown must not follow the locale, and
// "local" must mean New York, with its offset from UTC.
test.use({ timezoneId: 'America/New_York', locale: 'de-DE' });

// A user of its own holding every role reaches every page, and its preferences touch no other test.
const USER = { username: `time-a11y-${Date.now()}`, password: 'daylight-saving-at-0200' };

const CREATE_USER = graphql(`
  mutation DailyTime_CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { id }
  }
`);

const FIRST_RECORDING = graphql(`
  query DailyTime_FirstRecording {
    recordings(first: 1) { edges { node { id startedAt } } }
  }
`);

const EXPORT = graphql(`
  mutation DailyTime_Export($input: ExportRecordingsInput!) {
    exportRecordings(input: $input) { tasks { id fileName recording { startedAt } } }
  }
`);

const PREFERENCES = graphql(`
  query DailyTime_Preferences {
    me { preferences { key value } }
  }
`);

const SHOWN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) UTC(?:([+-])(\d{2}):(\d{2}))?$/;

/** The instant a time shown on a page names, read back from its text (wall clock and offset). */
function instantShown(text: string): string {
  const match = SHOWN.exec(text.trim());
  if (!match) throw new Error(`${JSON.stringify(text)} is not a time as the app shows them`);
  const [y, mo, d, h, mi, s, sign, oh, om] = match.slice(1);
  const offsetMinutes = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  return new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!) - offsetMinutes * 60_000).toISOString().replace('.000Z', 'Z');
}

/** The recording's start as the export file's name carries it: `user_server_2026-11-20T09-14-03Z_1a2b3c4d.mp4`. */
function instantInFileName(fileName: string): string {
  const match = /_(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z_[0-9a-f]{8}\.mp4$/.exec(fileName);
  if (!match) throw new Error(`${fileName} does not carry a start time`);
  return `${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`;
}

/** Opens a page and waits until it has drawn its content (its heading, nothing loading). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('.loading')).toHaveCount(0);
}

test('times follow the kept UTC/local choice, and every page passes axe in light and dark mode', async ({ page, request }) => {
  // Setup through the API: the user, one export task of theirs.
  const admin = await signInToken(request, ADMIN);
  await gqlOk(request, CREATE_USER, { input: { ...USER, roles: ['ADMINISTRATOR', 'LOGGING_READER', 'PRIVILEGED_PLAYER', 'PLAYER'] } }, admin);
  const token = await signInToken(request, USER);
  const recording = (await gqlOk(request, FIRST_RECORDING, {}, token)).recordings.edges[0]!.node;
  const { exportRecordings } = await gqlOk(
    request,
    EXPORT,
    { input: { recordingIds: [recording.id], reason: 'Checking that times agree with the export file name' } },
    token,
  );
  const task = exportRecordings.tasks[0]!;
  const startInFileName = instantInFileName(task.fileName);
  expect(startInFileName).toBe(new Date(task.recording.startedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'));

  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(USER.username);
  await page.getByLabel('Password').fill(USER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toHaveText(USER.username);

  // UTC by default, whatever the browser's zone and language.
  await open(page, '/');
  const utc = page.getByRole('radio', { name: 'UTC' });
  const local = page.getByRole('radio', { name: 'Local' });
  await expect(utc).toBeChecked();
  const firstStart = page.getByTestId('recording-row').first().locator('time');
  await expect(firstStart).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);

  // On the Tasks page, the recording's start is the instant in the MP4's file name.
  await open(page, '/tasks');
  const start: Locator = page.locator(`[data-task-id="${task.id}"] time[datetime="${task.recording.startedAt}"]`);
  await expect(start).toHaveText(/ UTC$/);
  expect(instantShown((await start.textContent()) ?? '')).toBe(startInFileName);

  // Local is New York: the same instant with its offset (EST or EDT, as at that instant).
  // The radio is drawn by its label, which people click.
  await page.locator('label', { has: local }).click();
  await expect(start).toHaveText(/ UTC-0[45]:00$/);
  expect(instantShown((await start.textContent()) ?? '')).toBe(startInFileName);
  await expect(page.locator(`[data-task-id="${task.id}"] time`).last()).toHaveText(/ UTC-0[45]:00$/);

  // The choice is kept on the server: it survives a reload.
  await expect.poll(async () => (await gqlOk(request, PREFERENCES, {}, token)).me?.preferences.find((p) => p.key === 'timeZone')?.value).toBe('"LOCAL"');
  await page.reload();
  await expect(local).toBeChecked();
  await expect(start).toHaveText(/ UTC-0[45]:00$/);
  expect(instantShown((await start.textContent()) ?? '')).toBe(startInFileName);

  // A change the server does not keep is undone on the page, and the page says why.
  const refuse = (route: Route) =>
    route.request().postData()?.includes('PreferencesProvider_SetPreference')
      ? route.fulfill({ json: { data: null, errors: [{ message: 'The database is busy.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] } })
      : route.fallback();
  await page.route('**/graphql', refuse);
  await page.locator('label', { has: utc }).click();
  await expect(page.getByRole('alert')).toContainText('Your preference could not be saved. The database is busy.');
  await expect(local).toBeChecked();
  await expect(start).toHaveText(/ UTC-0[45]:00$/);
  await page.unroute('**/graphql', refuse);

  const pages = [
    '/',
    `/recordings/${recording.id}`,
    '/tasks',
    '/audit',
    '/verify',
    '/admin/users',
    '/admin/groups',
    '/account/tokens',
    '/task-services',
    '/settings',
  ];
  for (const path of pages) {
    await open(page, path);
    await expectNoAxeViolations(page, `${path} (light)`);
  }

  // Dark mode follows the system.
  await page.emulateMedia({ colorScheme: 'dark' });
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
  expect(Math.max(r!, g!, b!), `background ${background} is dark`).toBeLessThan(40);
  for (const path of pages) {
    await open(page, path);
    await expectNoAxeViolations(page, `${path} (dark)`);
  }
});

test('the axe check fails on a violation and names it', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><h1>t</h1><button></button></main></html>');
  const failure = await expectNoAxeViolations(page, 'a page with an unnamed button').catch((error: Error) => error.message);
  expect(failure).toContain('button-name');
  expect(failure).toContain('a page with an unnamed button');
});
