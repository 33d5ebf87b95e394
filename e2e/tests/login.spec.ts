import { expect, test } from '@playwright/test';
import { DEMO_USERS } from './support/users.ts';

test.use({ storageState: { cookies: [], origins: [] } });

test('Reviewer is sent to the login page, mistypes the password, logs in, returns to the article and logs out', async ({ page }) => {
  await page.goto('/articles/1');
  await expect(page).toHaveURL(/\/login\?next=%2Farticles%2F1$/);
  await expect(page.getByRole('heading', { name: 'Log in to Sanad' })).toBeVisible();
  await expect(page.getByTestId('demo-accounts')).toContainText(DEMO_USERS.reviewer.email);

  await page.getByLabel('Email').fill(DEMO_USERS.reviewer.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByTestId('login-error')).toContainText('The email or password is not right.');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel('Password')).toBeFocused();

  await page.keyboard.type(DEMO_USERS.reviewer.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/articles\/1$/);
  await expect(page.getByTestId('current-user')).toContainText('Reviewer');

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login\?next=%2F$/);
});

test('A visitor with no session lands on the login page without a failed request or a console error', async ({ page, context, baseURL }) => {
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  for (const path of ['/', '/articles/1', '/queue']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login\?next=/);
    await expect(page.getByRole('heading', { name: 'Log in to Sanad' })).toBeVisible();
  }
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);

  // A session that ended elsewhere (the hint left behind, the session cookie gone): one 401 clears the hint,
  // and the next visit asks nothing.
  await context.addCookies([{ name: 'sanad_signed_in', value: '1', url: baseURL! }]);
  await page.goto('/queue');
  await expect(page).toHaveURL(/\/login\?next=%2Fqueue$/);
  expect((await context.cookies()).some((cookie) => cookie.name === 'sanad_signed_in')).toBe(false);
  failed.length = 0;
  errors.length = 0;
  await page.goto('/articles/1');
  await expect(page).toHaveURL(/\/login\?next=/);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});
