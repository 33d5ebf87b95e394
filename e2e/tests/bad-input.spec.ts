import { expect, test } from '@playwright/test';
import type { Claim } from '@sanad/shared/schemas/claim';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { readApi } from './support/api.ts';
import { createArticle, createClaim, openClaim } from './support/article-page.ts';

const TEXT = 'The minister claimed that unemployment fell to 4 percent last year, the lowest rate in two decades.';
const QUOTE = 'unemployment fell to 4 percent last year';

test('Reviewer cannot attach a javascript: link and is asked before deleting a claim', async ({ page, request }) => {
  const article = await createArticle(request, { title: 'Jobs figures', text: TEXT, language: 'en' });
  const claim: Claim = await createClaim(request, article, QUOTE);

  await openClaim([page], article, claim);
  const panel = page.getByTestId('claim-panel');
  await expect(panel.locator('blockquote')).toHaveText(QUOTE);

  await panel.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  await dialog.getByLabel('URL').fill('javascript:alert(document.cookie)');
  await dialog.getByLabel('Title').fill('Totally real statistics');
  await dialog.getByLabel('Publisher').fill('Nobody');
  await dialog.getByRole('radio', { name: /^Supporting/ }).check();
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(dialog.getByText('Only http and https URLs without credentials are accepted.')).toBeVisible();
  await expect(dialog.getByLabel('URL')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByTestId('source-item')).toHaveCount(0);
  const stored = await readApi(request, claimEndpoints.get, { params: { id: claim.id } });
  expect(stored.sources).toHaveLength(0);

  // Deleting asks first; cancelling keeps the claim.
  await panel.getByRole('button', { name: 'Delete claim' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete this claim?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(panel).toBeVisible();

  await panel.getByRole('button', { name: 'Delete claim' }).click();
  await page.getByRole('alertdialog', { name: 'Delete this claim?' }).getByRole('button', { name: 'Delete claim' }).click();
  await expect(page.getByTestId('claim-panel')).toBeHidden();
  await expect(page.getByText('No claims yet')).toBeVisible();
  const remaining = await readApi(request, claimEndpoints.list, { params: { id: article.id } });
  expect(remaining.claims).toHaveLength(0);
});

test('A link to an article that does not exist says so in place of the article, and no claim panel opens', async ({ page }) => {
  await page.goto('/articles/987654321?claim=123456789');
  const alert = page.getByRole('alert').filter({ hasText: 'Could not show the article.' });
  await expect(alert).toContainText('No article with id 987654321.');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByTestId('article-text')).toHaveCount(0);
  await expect(page.getByTestId('claim-panel')).toHaveCount(0);
});
