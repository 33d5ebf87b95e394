import { expect, test } from '@playwright/test';
import { sessionEndpoints } from '@sanad/shared/api/session';
import { callApi } from './support/api.ts';
import { apiAs, browserAs, createUser } from './support/users.ts';

test('A reviewer changes their own password from Account, giving the current one, and their other session ends (ASVS 6.2.3, 7.4.3)', async ({ browser }, testInfo) => {
  const { credentials } = await createUser(testInfo, { name: 'Huda Password', role: 'reviewer' });
  const elsewhere = await apiAs(testInfo, credentials);
  const { context, page } = await browserAs(browser, testInfo, credentials);
  const newPassword = 'a fresh desk passphrase';

  await page.goto('/');
  await page.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(credentials.email);

  const form = page.getByRole('region', { name: 'Change password' });
  await form.getByLabel('Current password').fill('not my password');
  await form.getByLabel('New password', { exact: true }).fill(newPassword);
  await form.getByLabel('New password again').fill(`${newPassword}!`);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('The two new passwords are not the same.')).toBeVisible();

  await form.getByLabel('New password again').fill(newPassword);
  await form.getByLabel('New password again').press('Enter');
  await expect(form.getByText('This is not your current password.')).toBeVisible();
  await expect(form.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Current password').fill(credentials.password);
  await form.getByLabel('Current password').press('Enter');
  await expect(page.getByTestId('password-changed')).toBeVisible();
  await expect(form.getByLabel('Current password')).toHaveValue('');
  await page.screenshot({ path: testInfo.outputPath('account.png') });

  // The other session is over; this one carries on with its new cookie.
  expect((await callApi(elsewhere, sessionEndpoints.get)).status).toBe(401);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByTestId('current-user')).toContainText('Huda Password');

  const withNew = await apiAs(testInfo, { email: credentials.email, password: newPassword });
  expect((await callApi(withNew, sessionEndpoints.get)).status).toBe(200);
  const withOld = await callApi(withNew, sessionEndpoints.login, { body: credentials });
  expect(withOld.status).toBe(401);
  await withNew.dispose();
  await elsewhere.dispose();
  await context.close();
});
