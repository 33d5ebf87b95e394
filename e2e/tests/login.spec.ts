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
