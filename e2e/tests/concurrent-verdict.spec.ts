import { expect, test } from '@playwright/test';
import { createArticle, createClaim, openClaim } from './support/article-page.ts';
import { DEMO_USERS, assignArticle, browserAs, createUser } from './support/users.ts';

const TEXT = 'The mayor said the city planted 20,000 trees in 2023, more than any other city in the region.';

test('Two reviewers rate the same claim at once and the second keeps their verdict through the conflict view', async ({ page, request, browser }, testInfo) => {
  const second = await createUser(testInfo, { name: 'Second Reviewer', role: 'reviewer' });
  const article = await createArticle(request, { title: `Trees ${Date.now()}`, text: TEXT, language: 'en' });
  const claim = await createClaim(request, article, 'the city planted 20,000 trees in 2023');
  // Both reviewers work on this article: the desk assigns them to it.
  await assignArticle(testInfo, article.id, [DEMO_USERS.reviewer, second.credentials]);

  const other = await browserAs(browser, testInfo, second.credentials);
  await openClaim([page, other.page], article, claim);
  const first = page.getByTestId('claim-panel');
  const secondPanel = other.page.getByTestId('claim-panel');

  // The second reviewer starts writing first...
  const mine = 'The parks department counts 12,400 trees planted in 2023; the 20,000 figure includes saplings given away.';
  await secondPanel.getByRole('radio', { name: /^Mostly false/ }).check();
  await secondPanel.getByLabel('Rationale').click();
  await other.page.keyboard.type(mine);

  // ...while the first saves theirs.
  const theirs = 'The city council minutes confirm 20,000 trees.';
  await first.getByRole('radio', { name: /^True/ }).check();
  await first.getByLabel('Rationale').fill(theirs);
  await first.getByRole('button', { name: 'Save verdict' }).click();
  await expect(first.getByRole('button', { name: 'Update verdict' })).toBeVisible();

  // The second save meets the conflict view; nothing typed is lost.
  await secondPanel.getByRole('button', { name: /^(Save|Update) verdict$/ }).click();
  const conflict = secondPanel.getByTestId('conflict-view');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId('conflict-mine').filter({ hasText: mine })).toBeVisible();
  await expect(conflict.getByTestId('conflict-theirs').filter({ hasText: theirs })).toBeVisible();
  await expect(conflict.getByTestId('conflict-mine').filter({ hasText: 'Mostly false' })).toBeVisible();
  await expect(conflict.getByTestId('conflict-theirs').filter({ hasText: 'True' })).toBeVisible();
  await expect(secondPanel.getByLabel('Rationale')).toHaveValue(mine);
  await expect(secondPanel.getByRole('radio', { name: /^Mostly false/ })).toBeChecked();

  // "Keep mine" saves it over the new version; the first reviewer's view follows live.
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toBeHidden();
  await expect(secondPanel.getByRole('heading', { name: /Claim/ }).locator('[data-rating]')).toHaveAttribute('data-rating', 'mostly_false');
  await expect(first.getByLabel('Rationale')).toHaveValue(mine);
  await expect(first.getByRole('heading', { name: /Claim/ }).locator('[data-rating]')).toHaveAttribute('data-rating', 'mostly_false');

  await other.context.close();
});
