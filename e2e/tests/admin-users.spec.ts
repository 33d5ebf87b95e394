import { expect, test } from '@playwright/test';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { sessionEndpoints } from '@sanad/shared/api/session';
import { callApi, readApi } from './support/api.ts';
import { createArticle, createClaim } from './support/article-page.ts';
import { DEMO_USERS, apiAs, browserAs } from './support/users.ts';

test('Admin adds a reviewer, makes them an editor, and deactivates them after confirming, which ends their session', async ({ browser }, testInfo) => {
  const { context, page } = await browserAs(browser, testInfo, DEMO_USERS.admin);
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  const email = `noor.${Date.now()}@desk.example`;
  const form = page.getByRole('region', { name: 'Add a user' });
  await form.getByLabel('Name').fill('Noor Haddad');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('reviewer');
  await form.getByLabel('Password').fill('short');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByText(/at least 8 characters/)).toBeVisible();
  await form.getByLabel('Password').fill('a long desk passphrase');
  await form.getByRole('button', { name: 'Create user' }).click();

  const row = page.locator(`[data-testid="user-row"][data-email="${email}"]`);
  await expect(row).toContainText('Noor Haddad');
  await expect(row).toContainText('Active');

  // The new person can log in and work.
  const noor = await apiAs(testInfo, { email, password: 'a long desk passphrase' });
  expect((await callApi(noor, sessionEndpoints.get)).status).toBe(200);

  await row.getByLabel('Role of Noor Haddad').selectOption('editor');
  await expect(page.getByText('Noor Haddad is now editor.')).toBeVisible();

  await row.getByRole('button', { name: 'Deactivate' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Deactivate Noor Haddad?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Deactivate' }).click();
  await expect(row).toContainText('Deactivated');
  expect((await callApi(noor, sessionEndpoints.get)).status).toBe(401);
  await noor.dispose();
  await context.close();
});

test('Reviewer finds the claims of an article assigned to them in My queue and opens one', async ({ page, request }, testInfo) => {
  const article = await createArticle(request, { title: `Queue ${Date.now()}`, text: 'The ministry said exports rose by 12 percent last year.', language: 'en' });
  const claim = await createClaim(request, article, 'exports rose by 12 percent');
  const editor = await apiAs(testInfo, DEMO_USERS.editor);
  const reviewerId = (await readApi(request, sessionEndpoints.get)).user.id;
  const current = await readApi(editor, articleEndpoints.get, { params: { id: article.id } });
  const assigned = await callApi(editor, articleEndpoints.setAssignees, { params: { id: article.id }, body: { userIds: [reviewerId] }, ifMatch: current.version });
  expect(assigned.status).toBe(200);
  await editor.dispose();

  await page.goto('/queue');
  const queue = page.getByRole('list', { name: 'My queue' });
  const item = queue.getByRole('listitem').filter({ hasText: 'exports rose by 12 percent' });
  await expect(item).toBeVisible();
  await item.getByRole('link', { name: /exports rose by 12 percent/ }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=${claim.id}`));
  await expect(page.getByTestId('claim-panel').locator('blockquote').first()).toHaveText('exports rose by 12 percent');
});
