import { expect, type Route, test } from '@playwright/test';
import { graphql } from '../gql/index.js';
import { ADMIN, gqlOk, signInToken } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';

// A browser in New York: "local" times would show an offset, so UTC on the page means the default.
test.use({ timezoneId: 'America/New_York', viewport: { width: 1440, height: 900 } });

const USER = { username: `prefs-down-${Date.now()}`, password: 'preferences-unavailable' };

const CREATE_USER = graphql(`
  mutation DailyPreferences_CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { id }
  }
`);

const SET_PREFERENCE = graphql(`
  mutation DailyPreferences_SetPreference($key: String!, $value: String!) {
    setPreference(key: $key, value: $value) { key }
  }
`);

test('when the preferences cannot be loaded, the app says so and works with the defaults', async ({ page, request }) => {
  // The user keeps local times and fewer columns: neither must apply while their preferences are unknown.
  const admin = await signInToken(request, ADMIN);
  await gqlOk(request, CREATE_USER, { input: { ...USER, roles: ['PLAYER', 'LOGGING_READER'] } }, admin);
  const token = await signInToken(request, USER);
  await gqlOk(request, SET_PREFERENCE, { key: 'timeZone', value: '"LOCAL"' }, token);
  await gqlOk(request, SET_PREFERENCE, { key: 'columns.recordings', value: '["user","started"]' }, token);

  // Only the query that reads the preferences fails; every other call reaches the server.
  const failPreferences = (route: Route) =>
    route.request().postData()?.includes('PreferencesProvider_Preferences')
      ? route.fulfill({ json: { data: null, errors: [{ message: 'The database is busy.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] } })
      : route.fallback();
  await page.route('**/graphql', failPreferences);

  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(USER.username);
  await page.getByLabel('Password').fill(USER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toHaveText(USER.username);

  const banner = page.getByRole('alert').filter({ hasText: 'Your preferences could not be loaded' });
  await expect(banner).toHaveText('Your preferences could not be loaded, so the defaults apply. The database is busy.');

  // The recordings list works, in UTC and with the default columns.
  const rows = page.getByTestId('recording-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole('radio', { name: 'UTC' })).toBeChecked();
  await expect(rows.first().locator('time')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
  await expect(page.getByRole('columnheader', { name: /^Server/ })).toBeVisible();
  await expectNoAxeViolations(page, 'All Recordings without preferences');

  // So does another page, with the banner still saying why the defaults apply.
  await page.getByRole('link', { name: 'Export audit' }).click();
  await expect(page.getByTestId('audit-row').first()).toBeVisible();
  await expect(page.getByTestId('audit-row').first().locator('time').first()).toHaveText(/ UTC$/);
  await expect(banner).toBeVisible();
  await expectNoAxeViolations(page, 'the Export audit without preferences');

  // Once the server answers again, a reload brings the user's own choices back.
  await page.unroute('**/graphql', failPreferences);
  await page.reload();
  await expect(page.getByTestId('audit-row').first().locator('time').first()).toHaveText(/ UTC-0[45]:00$/);
  await expect(banner).toHaveCount(0);
});
