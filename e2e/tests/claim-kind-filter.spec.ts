import { expect, test } from '@playwright/test';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from './support/api.ts';
import { articleReady, createArticle, createClaim } from './support/article-page.ts';
import { apiAs, browserAs, createUser, setInterfaceLanguage } from './support/users.ts';

const TEXT = [
  'The minister said unemployment fell to four per cent last year.',
  'He predicted that it will fall below three per cent next year.',
  'In our view, the government deserves another term.',
].join('\n');
const FACTUAL = 'unemployment fell to four per cent last year';
const PREDICTION = 'it will fall below three per cent next year';
const OPINION = 'the government deserves another term';

test('A reviewer filters the claim list by kind, opens a claim and comes back to the filtered list, then shows every kind again', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const reviewer = await createUser(testInfo, { name: 'Kind Filter Reviewer', role: 'reviewer' });
  const api = await apiAs(testInfo, reviewer.credentials);
  await setInterfaceLanguage(api, 'en');
  const article = await createArticle(api, { title: `Jobs and the next term ${Date.now()}`, text: TEXT, language: 'en' });
  await createClaim(api, article, FACTUAL);
  for (const [quote, kind] of [
    [PREDICTION, 'prediction'],
    [OPINION, 'opinion'],
  ] as const) {
    const claim = await createClaim(api, article, quote);
    const changed = await callApi(api, claimEndpoints.update, { params: { id: claim.id }, body: { kind }, ifMatch: claim.version });
    expect(changed.status, changed.text).toBe(200);
  }
  await api.dispose();

  const { context, page } = await browserAs(browser, testInfo, reviewer.credentials);
  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  const entries = page.getByTestId('claim-entry');
  await expect(entries).toHaveCount(3);

  // Only the opinions.
  const filter = page.getByLabel('Kind', { exact: true });
  await filter.selectOption({ label: 'Opinion' });
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText(OPINION);
  await expect(page.getByTestId('claim-filter-count')).toHaveText('1 of 3 shown');

  // Opening the claim and coming back keeps the list filtered.
  await entries.filter({ hasText: OPINION }).click();
  const panel = page.getByTestId('claim-panel');
  await expect(panel.locator('blockquote')).toHaveText(OPINION);
  await panel.getByRole('button', { name: 'Back to all claims' }).click();
  await expect(filter).toHaveValue('opinion');
  await expect(entries).toHaveCount(1);

  // Factual assertions, then a kind the article has none of, then every kind.
  await filter.selectOption({ label: 'Factual assertion' });
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText(FACTUAL);
  await filter.selectOption({ label: 'Quote' });
  await expect(entries).toHaveCount(0);
  await expect(page.getByText('No claim of this kind.')).toBeVisible();
  await filter.selectOption({ label: 'All kinds' });
  await expect(entries).toHaveCount(3);
  await expect(page.getByTestId('claim-filter-count')).toHaveCount(0);
  await context.close();
});
