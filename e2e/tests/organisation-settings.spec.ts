import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Organisation } from '@sanad/shared/schemas/organisation';
import { organisationEndpoints } from '@sanad/shared/api/organisation';
import { bodyOf, callApi } from './support/api.ts';
import { DEMO_USERS, apiAs, browserAs } from './support/users.ts';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGOQjuv6DwADngIDzDpq2gAAAABJRU5ErkJggg==', 'base64');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>');

async function readSettings(api: APIRequestContext): Promise<Organisation> {
  const response = await callApi(api, organisationEndpoints.get);
  expect(response.status).toBe(200);
  return bodyOf(response);
}

async function saveSettings(api: APIRequestContext, changes: Partial<Organisation>): Promise<Organisation> {
  const current = await readSettings(api);
  const response = await callApi(api, organisationEndpoints.update, { body: changes, ifMatch: current.version });
  expect(response.status, response.text).toBe(200);
  return bodyOf(response);
}

/** Puts the demo settings back, so later tests see the desk as the seed left it. */
async function restore(api: APIRequestContext, original: Organisation): Promise<void> {
  await saveSettings(api, {
    name: original.name,
    url: original.url,
    publishBaseUrl: original.publishBaseUrl,
    reportLanguage: original.reportLanguage,
    defaultLanguage: original.defaultLanguage,
    digits: original.digits,
    logo: original.logo,
  });
}

test('Admin fills in the organisation settings with the keyboard, uploads a PNG logo, saves, and finds them after a reload', async ({ browser }, testInfo) => {
  const admin = await apiAs(testInfo, DEMO_USERS.admin);
  const original = await readSettings(admin);
  const { context, page } = await browserAs(browser, testInfo, DEMO_USERS.admin);
  try {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Admin' }).click();
    await nav.getByRole('link', { name: 'Organisation' }).click();
    await expect(page).toHaveURL(/\/admin\/organisation$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
    const name = page.getByLabel('Name');
    await expect(name).toHaveValue('Sanad Demo Desk');
    await expect(page.getByText('Each published fact-check’s address lies under this one')).toBeVisible();
    // What the kept pages of sources take against the storage budget (SNAPSHOT_BUDGET_MB, 1,024 MB by default).
    const storage = page.getByTestId('snapshot-storage');
    await expect(storage.getByRole('heading', { name: 'Snapshots of source pages' })).toBeVisible();
    await expect(storage).toContainText(/[\d.,]+ MB of 1,024 MB used, [\d,]+ snapshots?/);

    // An SVG is refused before it is sent: it can carry script.
    await page.getByTestId('logo-file').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: SVG });
    await expect(page.getByText('Upload the logo as a PNG, JPEG or WebP image.')).toBeVisible();
    await expect(page.getByTestId('logo-preview')).toHaveCount(0);
    await page.getByTestId('logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByTestId('logo-preview')).toHaveAttribute('src', /^data:image\/png;base64,iVBORw0KGgo/);
    await expect(page.getByText('Upload the logo as a PNG, JPEG or WebP image.')).toHaveCount(0);

    // The rest by keyboard: Name, Website, (logo buttons), Publish base URL, Report language, Save.
    await name.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('مكتب سند للتحقق');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Website')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('javascript:alert(1)');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Replace logo…' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Remove logo' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Publish base URL')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('https://desk.example/fact-checks/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: /English labels/ })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: /Arabic labels/ })).toBeChecked();
    // The interface language for people who have not chosen one stays English; Arabic numbers get Arabic-Indic digits.
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('default-language').getByRole('radio', { name: 'English' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: /Western digits/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /Arabic-Indic digits/ })).toBeChecked();
    // The review rule is left as it is (no rule): other tests submit claims.
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Independent sources before submission')).toBeFocused();
    await expect(page.getByLabel('Independent sources before submission')).toHaveValue('0');
    // New articles keep needing one rating (other tests rate claims once).
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('New articles need two independent ratings of each claim')).toBeFocused();
    await expect(page.getByLabel('New articles need two independent ratings of each claim')).not.toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Save settings' })).toBeFocused();
    await page.keyboard.press('Enter');
    // The form refuses the script URL beside its field and sends nothing.
    await expect(page.getByText('Use a full http:// or https:// address.')).toBeVisible();
    await expect(page.getByLabel('Website')).toHaveAttribute('aria-invalid', 'true');
    expect((await readSettings(admin)).version).toBe(original.version);

    await page.getByLabel('Website').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('https://desk.example');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Organisation settings saved.')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Last saved/ })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Name')).toHaveValue('مكتب سند للتحقق');
    await expect(page.getByLabel('Website')).toHaveValue('https://desk.example');
    await expect(page.getByLabel('Publish base URL')).toHaveValue('https://desk.example/fact-checks/');
    await expect(page.getByRole('radio', { name: /Arabic labels/ })).toBeChecked();
    await expect(page.getByTestId('logo-preview')).toHaveAttribute('src', `data:image/png;base64,${PNG.toString('base64')}`);
    await page.screenshot({ path: testInfo.outputPath('organisation-settings.png'), fullPage: true });

    // Everyone signed in reads the same settings (reports use them).
    const saved = await readSettings(admin);
    expect(saved).toMatchObject({ name: 'مكتب سند للتحقق', url: 'https://desk.example', reportLanguage: 'ar', publishBaseUrl: 'https://desk.example/fact-checks/', defaultLanguage: 'en', digits: 'arab' });
  } finally {
    await restore(admin, original);
    await admin.dispose();
    await context.close();
  }
});

test('Admin whose save was overtaken by another admin compares both and takes theirs', async ({ browser }, testInfo) => {
  const admin = await apiAs(testInfo, DEMO_USERS.admin);
  const original = await readSettings(admin);
  const { context, page } = await browserAs(browser, testInfo, DEMO_USERS.admin);
  try {
    await page.goto('/admin/organisation');
    await expect(page.getByLabel('Name')).toHaveValue(original.name);
    await saveSettings(admin, { name: 'Desk renamed elsewhere' });

    await page.getByLabel('Name').fill('My new name');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const conflict = page.getByTestId('conflict-view');
    await expect(conflict).toBeVisible();
    await expect(conflict.getByTestId('conflict-mine')).toHaveText('My new name');
    await expect(conflict.getByTestId('conflict-theirs')).toHaveText('Desk renamed elsewhere');
    await conflict.getByRole('button', { name: 'Take theirs' }).click();
    await expect(conflict).toHaveCount(0);
    await expect(page.getByLabel('Name')).toHaveValue('Desk renamed elsewhere');
  } finally {
    await restore(admin, original);
    await admin.dispose();
    await context.close();
  }
});

test('A reviewer is refused the organisation settings: no link, a no-access page, and 403 from the API', async ({ page, request }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'My queue' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Organisation' })).toHaveCount(0);
  await expect(nav.getByRole('button', { name: 'Admin' })).toHaveCount(0);

  await page.goto('/admin/organisation');
  await expect(page.getByRole('heading', { level: 1, name: 'You don’t have access to this page' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Editing the organisation settings is for admins');
  await expect(page.getByLabel('Name')).toHaveCount(0);

  const current = await readSettings(request);
  const refused = await callApi(request, organisationEndpoints.update, { body: { name: 'Taken over' }, ifMatch: current.version });
  expect(refused.status).toBe(403);
  expect((await readSettings(request)).name).toBe(current.name);
});
