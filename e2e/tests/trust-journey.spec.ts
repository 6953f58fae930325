import fs from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';

// start-system.mjs fixes the administrator's password; the auditor is a demo user.
const ADMIN = { username: 'admin', password: 'e2e-admin-password' };
const AUDITOR = { username: 'auditor', password: 'auditor-password' };
const ANALYST = { username: 'fraud-analyst', password: 'analyst-password-2026' };
// A comma and a quote: the CSV must quote them, and the page must show them as typed.
const REASON = 'Case FC-2026-044: payroll change on fin-app-01, "urgent" per legal';

const CSV_COLUMNS = [
  'id',
  'occurred_at',
  'action',
  'action_label',
  'outcome',
  'actor',
  'actor_id',
  'recording_id',
  'task_id',
  'reason',
  'detail',
  'client_address',
  'prev_hash',
  'hash',
  'withheld',
];

/** Each person works in a browser of their own, so their sessions stay apart. */
async function signIn(browser: Browser, user: { username: string; password: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toHaveText(user.username);
  return page;
}

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

test('an administrator controls the task service and the roles; an export is audited and the audit verifies', async ({ browser }) => {
  // 1. The administrator revokes the local task service: nothing may be exported through it now.
  const admin = await signIn(browser, ADMIN);
  await admin.getByRole('link', { name: 'Task services' }).click();
  await expect(admin.getByRole('heading', { name: 'Task services' })).toBeVisible();
  const service = admin.getByTestId('task-service-row');
  await expect(service).toHaveCount(1);
  await expect(service).toHaveAttribute('data-online', 'true');
  await expect(service).toHaveAttribute('data-authorized', 'true');
  await expect(service).toContainText('by the system (single-machine install)');
  await service.getByRole('button', { name: 'Revoke' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Revoke task service' }).click();
  await expect(service).toHaveAttribute('data-authorized', 'false');
  await expect(service).toContainText(`revoked by ${ADMIN.username}`);
  await expect(service.getByRole('button', { name: 'Authorize' })).toBeVisible();

  // 2. The administrator creates a user, then gives it the two roles that allow exporting.
  await admin.getByRole('link', { name: 'Users' }).click();
  const createForm = admin.getByRole('form', { name: 'Create a user' });
  await createForm.getByLabel('Username').fill(ANALYST.username);
  await createForm.getByLabel(/Initial password/).fill(ANALYST.password);
  await createForm.getByRole('button', { name: 'Create user' }).click();
  await expect(createForm.getByRole('status')).toContainText(`User ${ANALYST.username} created.`);
  const userRow = admin.getByTestId(`user-${ANALYST.username}`);
  await expect(userRow).toContainText('No roles');
  const roles = userRow.getByRole('group', { name: `Roles of ${ANALYST.username}` });
  // The boxes follow the server's answer, so click and wait for it rather than check().
  for (const label of ['Logging reader', 'Privileged player']) {
    const box = roles.getByLabel(label);
    await expect(box).toBeEnabled();
    await box.click();
    await admin
      .getByRole('dialog')
      .getByRole('button', { name: `Grant ${label}` })
      .click();
    await expect(box).toBeChecked();
  }
  const effective = userRow.locator('.effective-roles li');
  await expect(effective).toHaveText(['Privileged player from direct', 'Logging reader from direct']);
  await expect(roles.getByLabel('Player', { exact: true })).not.toBeChecked();
  await expect(roles.getByLabel('Administrator')).not.toBeChecked();

  // 3. The new user exports a recording with a reason; with no authorized task service it waits.
  const analyst = await signIn(browser, ANALYST);
  const recordings = analyst.getByTestId('recording-row');
  await expect(recordings.first()).toBeVisible();
  await recordings.first().getByRole('checkbox').check();
  await analyst.getByRole('button', { name: 'Export (1)' }).click();
  const dialog = analyst.getByRole('dialog');
  await dialog.getByLabel('Reason').fill(REASON);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(analyst.getByRole('status').filter({ hasText: 'export task created' })).toContainText('1 export task created');
  await analyst.getByRole('link', { name: 'view tasks' }).click();
  await expect(analyst).toHaveURL(/\/tasks$/);
  let reloaded = false;
  analyst.on('framenavigated', (frame) => {
    if (frame === analyst.mainFrame()) reloaded = true;
  });
  await expect(analyst.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
  // A LOGGING_READER sees everyone's tasks (other tests may have exported before): find this one by
  // its request's reason, which heads the request's group of tasks.
  const request = analyst.getByTestId('request-group').filter({ has: analyst.getByTestId('request-reason').filter({ hasText: REASON }) });
  const task = request.getByTestId('task-row');
  await expect(task).toHaveCount(1);
  await expect(task).toHaveAttribute('data-status', 'PENDING');
  await expect(task).toContainText('Waiting for a task service');
  const why = analyst.getByTestId('no-task-service');
  await expect(why).toHaveText(
    'An export task is waiting: no authorized task service is online to take it. An administrator must authorize a task service, or start one, on the Task services page.',
  );
  const taskId = await task.getAttribute('data-task-id');
  expect(taskId).toBeTruthy();

  // The administrator authorizes the task service again from the page; the export then runs and
  // the analyst's page follows it to Completed through the subscription, without a reload.
  await admin.getByRole('link', { name: 'Task services' }).click();
  await service.getByRole('button', { name: 'Authorize' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Authorize task service' }).click();
  await expect(service).toHaveAttribute('data-authorized', 'true');
  await expect(service).toContainText(`by ${ADMIN.username},`);
  await expect(task).toHaveAttribute('data-status', 'COMPLETED', { timeout: 90_000 });
  await expect(task.getByRole('link', { name: 'Download' })).toBeVisible();
  await expect(why).toBeHidden();
  expect(reloaded).toBe(false);

  // 4. The auditor finds the export in the audit: requested and completed, by whom and why.
  const auditor = await signIn(browser, AUDITOR);
  // The auditor sees the task but not its file, which only its requester downloads, and is offered
  // no notifications of exports of their own: they export nothing.
  await auditor.getByRole('link', { name: 'Tasks', exact: true }).click();
  await expect(auditor.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
  const seenByAuditor = auditor.locator(`[data-testid="task-row"][data-task-id="${taskId}"]`);
  await expect(seenByAuditor).toHaveAttribute('data-status', 'COMPLETED');
  await expect(seenByAuditor).toContainText('Downloaded by its requester only');
  await expect(auditor.getByTestId('browser-notifications')).toHaveCount(0);
  await auditor.getByRole('link', { name: 'Export audit' }).click();
  const exportRows = auditor.locator(`[data-testid="audit-row"]:has(code[title="${taskId}"])`);
  await expect(exportRows).toHaveCount(2);
  for (const action of ['EXPORT_REQUESTED', 'EXPORT_COMPLETED']) {
    const row = exportRows.and(auditor.locator(`[data-action="${action}"]`));
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(ANALYST.username);
    await expect(row).toContainText(REASON);
    await expect(row).toContainText('Success');
  }
  // The revocation and the new authorization are in the audit too, with the administrator's name.
  for (const action of ['TASK_SERVICE_REVOKED', 'TASK_SERVICE_AUTHORIZED']) {
    await expect(auditor.locator(`[data-testid="audit-row"][data-action="${action}"]`).filter({ hasText: ADMIN.username })).toHaveCount(1);
  }

  // Filtered to the analyst: their sign-in and their export, nothing of anyone else.
  const filters = auditor.getByRole('search', { name: 'Filter the export audit' });
  await filters.getByLabel('Actor').fill(ANALYST.username);
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  const rows = auditor.getByTestId('audit-row');
  await expect(rows).toHaveCount(3);
  const actions = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action')).sort());
  expect(actions).toEqual(['EXPORT_COMPLETED', 'EXPORT_REQUESTED', 'SIGN_IN_SUCCEEDED']);
  const shownIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-audit-id')!));

  // The CSV holds exactly the filtered rows, under the documented header.
  const download = auditor.waitForEvent('download');
  await auditor.getByRole('link', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^custodian-audit-.*\.csv$/);
  const [header, ...records] = parseCsv(await fs.readFile(await file.path(), 'utf8'));
  expect(header).toEqual(CSV_COLUMNS);
  const column = (name: string) => CSV_COLUMNS.indexOf(name);
  expect(records.map((r) => r[column('id')]).sort()).toEqual([...shownIds].sort());
  for (const record of records) {
    expect(record).toHaveLength(CSV_COLUMNS.length);
    expect(record[column('actor')]).toBe(ANALYST.username);
  }
  const exported = records.filter((r) => r[column('task_id')] === taskId);
  expect(exported.map((r) => r[column('action')]).sort()).toEqual(['EXPORT_COMPLETED', 'EXPORT_REQUESTED']);
  for (const record of exported) expect(record[column('reason')]).toBe(REASON);

  // The whole chain, including everything this journey wrote, verifies.
  const integrity = auditor.getByTestId('audit-integrity');
  await integrity.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(integrity.locator('[data-integrity="ok"]')).toContainText('The audit log is intact.');
  // ...checked against the copy of the checkpoints kept outside the database too.
  await expect(integrity.locator('[data-integrity="ok"]')).toContainText('The checkpoint log outside the database was compared');
  await expect(integrity.locator('[data-integrity="broken"]')).toHaveCount(0);
});
