import { expect, test } from '@playwright/test';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { endpointUrl } from '@sanad/shared/api/endpoint';
import { articleReady, createArticle, createClaim, highlightTexts } from './support/article-page.ts';

const TEXT = 'The port authority said the terminal handled 2.4 million containers last year and added four weekly routes.';

test('Reopening an article costs one small request: the claim index answers 304 and the highlights are painted as before', async ({ page, request }) => {
  const article = await createArticle(request, { title: `Port reopened ${Date.now()}`, text: TEXT, language: 'en' });
  await createClaim(request, article, 'handled 2.4 million containers last year');
  // The page knows its claims from the compact claim index (ADR 028).
  const listPath = endpointUrl(claimEndpoints.index, { id: article.id });
  const statuses: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === listPath) statuses.push(response.status());
  });

  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain('handled 2.4 million containers last year');
  expect(statuses[0]).toBe(200);

  // Away to the list, and back once the app's cached copy is stale (15 s): the claim index is asked
  // for again with its ETag, and nothing changed, so the answer is a bodiless 304.
  await page.getByRole('link', { name: 'All articles' }).first().click();
  await expect(page).not.toHaveURL(new RegExp(`/articles/${article.id}$`));
  await page.waitForTimeout(16_000);
  await page.getByRole('link', { name: article.title }).first().click();
  await articleReady(page);
  await expect.poll(() => statuses).toEqual([200, 304]);
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain('handled 2.4 million containers last year');
  await expect(page.getByTestId('claim-entry')).toHaveCount(1);
});
