import { expect, type Page, test } from '@playwright/test';
import { graphql } from '../gql/index.js';
import { ADMIN, gqlOk, signInToken } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { wordsSplitAcrossLines } from '../support/layout.js';

/** Reads the audit, plays recordings and administers: every part of this file in one browser. */
const OFFICER = { username: 'audit-officer', password: 'audit-officer-password' };
/** Whose roles are changed. */
const GRANTEE = { username: 'audit-grantee', password: 'audit-grantee-password' };
/** Longer than any table cell shows, with its end marked: the panel must show it whole. */
const REASON = `Case AU-2026-117: review of the payroll change on fin-app-01 requested by internal audit. ${'The hearing needs the full session. '.repeat(8)}END OF REASON`;

test.use({ viewport: { width: 1440, height: 900 } });

const CREATE_USER = graphql(`
  mutation DailyAudit_CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { id }
  }
`);

const FIRST_RECORDING = graphql(`
  query DailyAudit_FirstRecording {
    recordings(first: 1) { edges { node { id } } }
  }
`);

const EXPORT = graphql(`
  mutation DailyAudit_Export($input: ExportRecordingsInput!) {
    exportRecordings(input: $input) { tasks { id } }
  }
`);

const USERS = graphql(`
  query DailyAudit_Users {
    users { username roles }
  }
`);

const SETTINGS = graphql(`
  query DailyAudit_Settings {
    settings { exportsEnabled }
  }
`);

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('.loading')).toHaveCount(0);
}

test('the audit reads in full and keeps saved queries; privileged changes are confirmed', async ({ page, request }) => {
  // Setup through the API: the two users, and one export task with a long reason.
  const admin = await signInToken(request, ADMIN);
  await gqlOk(request, CREATE_USER, { input: { ...OFFICER, roles: ['ADMINISTRATOR', 'LOGGING_READER', 'PRIVILEGED_PLAYER', 'PLAYER'] } }, admin);
  await gqlOk(request, CREATE_USER, { input: { ...GRANTEE, roles: [] } }, admin);
  const officer = await signInToken(request, OFFICER);
  const recordingId = (await gqlOk(request, FIRST_RECORDING, {}, officer)).recordings.edges[0]!.node.id;
  const { exportRecordings } = await gqlOk(request, EXPORT, { input: { recordingIds: [recordingId], reason: REASON } }, officer);
  const taskId = exportRecordings.tasks[0]!.id;
  const rolesOfGrantee = async () => (await gqlOk(request, USERS, {}, admin)).users.find((u) => u.username === GRANTEE.username)!.roles;

  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(OFFICER.username);
  await page.getByLabel('Password').fill(OFFICER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toHaveText(OFFICER.username);

  // 1. An audit row opens a panel with the whole reason and links that work.
  await open(page, '/audit');
  const table = page.locator('.audit-table .table-wrap');
  expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  // In a narrower window the table still fits, and the columns of short words keep every word
  // whole (the reason and the ids give way instead).
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 1024, height: 768 });
  expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const headers = (await page.locator('.audit-table thead th').allTextContents()).map((text) => text.trim());
  const ofWords = ['Action', 'Actor', 'Recording'].map((name) => `.audit-row td:nth-child(${headers.indexOf(name) + 1})`);
  expect(ofWords).not.toContain('.audit-row td:nth-child(0)');
  expect(await wordsSplitAcrossLines(page.locator(ofWords.join(', ')))).toEqual([]);
  if (viewport) await page.setViewportSize(viewport);
  const row = page.locator(`[data-testid="audit-row"][data-action="EXPORT_REQUESTED"]:has(code[title="${taskId}"])`);
  await row.getByText('Success').click();
  const panel = page.getByRole('dialog', { name: 'Audit event: Export recording' });
  await expect(panel.getByTestId('audit-event-reason')).toHaveText(REASON);
  await expect(panel.getByTestId('audit-event-task')).toHaveText(taskId);
  await expectNoAxeViolations(page, 'the audit event panel');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  // From the keyboard: the row's time is the control that opens it.
  await row.getByRole('button', { name: /open in full/ }).focus();
  await page.keyboard.press('Enter');
  await panel.getByRole('link', { name: /^Open the recording of / }).click();
  await expect(page).toHaveURL(`/recordings/${recordingId}`);
  await page.goBack();
  await row.getByRole('button', { name: /open in full/ }).click();
  await panel.getByTestId('audit-event-task').click();
  await expect(page).toHaveURL(`/tasks?task=${taskId}`);
  await expect(page.getByTestId('only-task')).toBeVisible();
  await expect(page.getByTestId('task-row')).toHaveCount(1);
  await expect(page.getByTestId('task-row')).toHaveAttribute('data-task-id', taskId);

  // 2. A group of actions filters the table, and the filters live in the URL.
  await open(page, '/audit');
  const filters = page.getByRole('search', { name: 'Filter the export audit' });
  await filters.getByRole('group', { name: 'Action' }).getByLabel('Exports', { exact: true }).check();
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/action=EXPORT_REQUESTED/);
  const rows = page.getByTestId('audit-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('[data-testid="audit-row"]:not([data-action^="EXPORT_"])')).toHaveCount(0);
  await expect(row).toHaveCount(1);

  // 3. The filters saved under a name survive a reload and apply again.
  const saved = page.getByTestId('saved-queries');
  await saved.getByLabel('Name for the current filters').fill('Exports only');
  const stored = page.waitForResponse((r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('SetPreference'));
  await saved.getByRole('button', { name: 'Save query' }).click();
  await expect(saved.getByRole('status')).toContainText('Saved as “Exports only”');
  await stored;
  await page.reload();
  await expect(saved.getByRole('link', { name: 'Exports only' })).toHaveAttribute('aria-current', 'true');
  await filters.getByRole('button', { name: 'Clear' }).click();
  await expect(page.locator('[data-testid="audit-row"][data-action="SIGN_IN_SUCCEEDED"]').first()).toBeVisible();
  await saved.getByRole('link', { name: 'Exports only' }).click();
  await expect(page).toHaveURL(/action=EXPORT_REQUESTED/);
  await expect(page.locator('[data-testid="audit-row"]:not([data-action^="EXPORT_"])')).toHaveCount(0);
  await expect(filters.getByRole('group', { name: 'Action' }).getByLabel('Exports', { exact: true })).toBeChecked();
  // Back returns to the unfiltered audit, its form included.
  await page.goBack();
  await expect(page.locator('[data-testid="audit-row"][data-action="SIGN_IN_SUCCEEDED"]').first()).toBeVisible();
  await expect(filters.getByRole('group', { name: 'Action' }).getByLabel('Exports', { exact: true })).not.toBeChecked();

  // 4. Granting a role asks first; cancelling changes nothing, here or on the server.
  await open(page, '/admin/users');
  const roles = page.getByTestId(`user-${GRANTEE.username}`).getByRole('group', { name: `Roles of ${GRANTEE.username}` });
  const administrator = roles.getByLabel('Administrator');
  await administrator.click();
  const confirm = page.getByRole('dialog', { name: `Grant Administrator to ${GRANTEE.username}?` });
  await expect(confirm).toContainText('manage users, groups, roles and API tokens');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoAxeViolations(page, 'the confirmation of a role grant');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(administrator).not.toBeChecked();
  expect(await rolesOfGrantee()).toEqual([]);

  // Confirmed, the role is granted and the row says it is saved.
  await administrator.click();
  await confirm.getByRole('button', { name: 'Grant Administrator' }).click();
  await expect(confirm).toBeHidden();
  await expect(administrator).toBeChecked();
  await expect(page.getByTestId(`user-${GRANTEE.username}`).getByRole('status')).toHaveText('✓ Saved');
  expect(await rolesOfGrantee()).toEqual(['ADMINISTRATOR']);

  // 5. Switching exports off for everyone asks, then shows it saved; switched on again after.
  await open(page, '/settings');
  const exportsEnabled = page.getByTestId('exports-enabled');
  await exportsEnabled.click();
  const stop = page.getByRole('dialog', { name: 'Stop exports for everyone?' });
  await stop.getByRole('button', { name: 'Stop exports' }).click();
  await expect(stop).toBeHidden();
  await expect(exportsEnabled).not.toBeChecked();
  await expect(page.locator('.settings-card').getByRole('status')).toHaveText('✓ Saved');
  expect((await gqlOk(request, SETTINGS, {}, admin)).settings.exportsEnabled).toBe(false);
  await exportsEnabled.click();
  await page.getByRole('dialog', { name: 'Allow exports for everyone?' }).getByRole('button', { name: 'Allow exports' }).click();
  await expect(exportsEnabled).toBeChecked();
  expect((await gqlOk(request, SETTINGS, {}, admin)).settings.exportsEnabled).toBe(true);

  // 6. Restricting a recording asks in the same dialog; cancelled, the recording stays as it was.
  await open(page, '/');
  const recording = page.getByTestId('recording-row').first();
  await recording.getByRole('button', { name: 'Restrict' }).click();
  const restrict = page.getByRole('dialog', { name: /^Restrict the recording of / });
  await expect(restrict).toContainText('Only privileged players will be able to see, play or export it');
  await expect(restrict.getByRole('button', { name: 'Restrict recording' })).toBeVisible();
  await restrict.getByRole('button', { name: 'Cancel' }).click();
  await expect(restrict).toBeHidden();
  await expect(recording.getByRole('button', { name: 'Restrict' })).toBeVisible();
  await expect(recording.getByText('Restricted', { exact: true })).toHaveCount(0);
});
