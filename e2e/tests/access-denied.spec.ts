import { expect, test } from '@playwright/test';
import { browserAs, DEMO_USERS } from './support/users.ts';

test('A reviewer who opens the approval queue is told they have no access, with a way home', async ({ page }) => {
  await page.goto('/approvals');
  await expect(page.getByRole('heading', { level: 1, name: 'You don’t have access to this page' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('for editors and admins');
  await expect(page.getByText('Page not found')).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to the articles' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('An editor who opens user management is told they have no access', async ({ browser }, testInfo) => {
  const editor = await browserAs(browser, testInfo, DEMO_USERS.editor);
  await editor.page.goto('/admin/users');
  await expect(editor.page.getByRole('heading', { level: 1, name: 'You don’t have access to this page' })).toBeVisible();
  await expect(editor.page.getByRole('main')).toContainText('for admins');
  await editor.context.close();
});
