import { type APIRequestContext, expect, test } from '@playwright/test';
import { graphql } from '../gql/index.js';
import { ADMIN, createApiToken, gqlOk, INVESTIGATOR, signInToken } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';

test.use({ viewport: { width: 1440, height: 900 } });

const EXPORT = graphql(`
  mutation DailyNotifications_Export($input: ExportRecordingsInput!) {
    exportRecordings(input: $input) { tasks { id } }
  }
`);

const USER_NAME = 'notify-user';
const SERVER_NAME = 'notify-host';

/** A short terminal session, uploaded as a recording agent does; its id. */
async function uploadSession(request: APIRequestContext): Promise<string> {
  const admin = await signInToken(request, ADMIN);
  const agent = await createApiToken(request, admin, `notifications-agent-${Date.now()}`);
  const cast = [
    JSON.stringify({ version: 2, width: 80, height: 24, timestamp: 1_796_000_000 }),
    JSON.stringify([0.2, 'o', `$ echo notify ${Date.now()}\r\n`]),
    JSON.stringify([0.5, 'o', 'done\r\n']),
    '',
  ].join('\n');
  const response = await request.post('/api/recordings?filename=notify.cast', {
    data: Buffer.from(cast),
    headers: {
      authorization: `Bearer ${agent}`,
      'content-type': 'application/octet-stream',
      'x-recording-metadata': JSON.stringify({ userName: USER_NAME, serverName: SERVER_NAME }),
    },
  });
  expect([200, 201]).toContain(response.status());
  return (await response.json()).recording.id;
}

/**
 * Runs in every page before the app: records each Notification made (title and options) and
 * then makes the real one, and lets the test put the page in the background. Playwright keeps
 * every page it drives "visible" (even behind another tab), so the background a user would be
 * in is set here, on the document, as the browser would report it.
 */
function observeNotifications() {
  const Real = window.Notification;
  const made: { title: string; body?: string; tag?: string }[] = [];
  function Observed(title: string, options?: NotificationOptions) {
    made.push({ title, body: options?.body, tag: options?.tag });
    return new Real(title, options);
  }
  Observed.prototype = Real.prototype;
  Object.defineProperty(Observed, 'permission', { get: () => Real.permission });
  Object.defineProperty(Observed, 'requestPermission', { value: Real.requestPermission.bind(Real) });
  Object.defineProperty(window, 'Notification', { value: Observed, configurable: true, writable: true });

  let hidden = false;
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.assign(window, {
    e2eNotifications: made,
    e2eSetHidden(value: boolean) {
      hidden = value;
      document.dispatchEvent(new Event('visibilitychange'));
    },
  });
}

test('an export that completes while Custodian is in the background is told by a browser notification, once the user opted in', async ({
  browser,
  request,
}) => {
  const recordingId = await uploadSession(request);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL: test.info().project.use.baseURL });
  await context.grantPermissions(['notifications']);
  await context.addInitScript(observeNotifications);
  const page = await context.newPage();

  await page.goto('/tasks');
  await page.getByLabel('Username').fill(INVESTIGATOR.username);
  await page.getByLabel('Password').fill(INVESTIGATOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toHaveText(INVESTIGATOR.username);

  await test.step('the user opts in on the Tasks page', async () => {
    const toggle = page.getByTestId('browser-notifications');
    // The browser already allows notifications for this site, so they start on; the user turns
    // them off, and on again, with the app's own buttons.
    await expect(toggle).toContainText('Notifying you in the browser');
    await page.getByRole('button', { name: 'Turn off' }).click();
    const optIn = page.getByRole('button', { name: 'Notify me when my exports finish in the background' });
    await optIn.click();
    await expect(toggle).toContainText('Notifying you in the browser when your exports finish in the background.');
    await expectNoAxeViolations(page, 'the Tasks page with browser notifications on');
  });

  await test.step('on another page in the background, the completion of an export is a browser notification', async () => {
    await page.getByRole('link', { name: 'All Recordings', exact: true }).click();
    await expect(page.getByTestId('recording-row').first()).toBeVisible();
    await page.evaluate(() => (window as unknown as { e2eSetHidden(hidden: boolean): void }).e2eSetHidden(true));

    const investigator = await signInToken(request, INVESTIGATOR);
    const { exportRecordings } = await gqlOk(
      request,
      EXPORT,
      { input: { recordingIds: [recordingId], reason: 'Incident IR-2026-311: notification of a finished export' } },
      investigator,
    );
    const taskId = exportRecordings.tasks[0]!.id;

    // This export's notifications: another of the user's exports may finish meanwhile.
    const made = () =>
      page.evaluate(
        (id) => (window as unknown as { e2eNotifications: { tag?: string }[] }).e2eNotifications.filter((n) => n.tag?.startsWith(`${id}:`)),
        taskId,
      );
    await expect
      .poll(made, { timeout: 45_000 })
      .toEqual([{ title: 'Export completed', body: `The MP4 of ${USER_NAME} on ${SERVER_NAME} is ready to download.`, tag: `${taskId}:COMPLETED` }]);
    // The toast says it in the page as well.
    await expect(page.getByTestId('toast').filter({ hasText: `The MP4 of ${USER_NAME} on ${SERVER_NAME} is ready to download.` })).toBeVisible();
  });

  await context.close();
});
