import { expect, test } from '@playwright/test';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from './support/api.ts';
import { articleReady, createArticle, createClaim, markWithMouse } from './support/article-page.ts';
import { apiAs, browserAs, createUser, setInterfaceLanguage } from './support/users.ts';

const TEXT = [
  'The minister said unemployment fell to four per cent last year.',
  'That is why, in this newspaper’s view, the government deserves another term.',
].join('\n');
const FACT = 'unemployment fell to four per cent last year';
const OPINION = 'the government deserves another term';

test('A reviewer links an opinion to the factual claim it rests on, rated False, with the mouse, and sees it flagged in the panel and the list', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  // Set-up: a reviewer's article whose factual claim is already rated False.
  const reviewer = await createUser(testInfo, { name: 'Opinion Reviewer', role: 'reviewer' });
  const api = await apiAs(testInfo, reviewer.credentials);
  await setInterfaceLanguage(api, 'en');
  const article = await createArticle(api, { title: `Editorial on jobs ${Date.now()}`, text: TEXT, language: 'en' });
  const fact = await createClaim(api, article, FACT);
  const rated = await callApi(api, claimEndpoints.setVerdict, { params: { id: fact.id }, body: { rating: 'false', rationale: 'The statistics office says 6.1%.' }, ifMatch: fact.version });
  expect(rated.status, rated.text).toBe(200);
  await api.dispose();

  const { context, page } = await browserAs(browser, testInfo, reviewer.credentials);
  await page.goto(`/articles/${article.id}`);
  await articleReady(page);

  // The reviewer marks the editorial's conclusion and says it is an opinion.
  await markWithMouse(page, OPINION);
  const panel = page.getByTestId('claim-panel');
  await panel.getByLabel('Kind of claim').selectOption({ label: 'Opinion' });
  await expect(page.getByTestId('toast').filter({ hasText: 'Kind of claim saved.' })).toBeVisible();

  // An opinion gets a "Rests on" section; nothing is linked yet and nothing is flagged.
  const restsOn = panel.getByRole('region', { name: /Rests on/ });
  await expect(restsOn).toContainText('No claim linked yet.');
  await expect(panel.getByTestId('rests-on-false')).toHaveCount(0);

  // They pick the minister's claim and press Add with the mouse.
  await restsOn.getByLabel('Add a claim it rests on').selectOption({ label: `${FACT} (False)` });
  await restsOn.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'The opinion now rests on that claim.' })).toBeVisible();
  const item = restsOn.getByTestId('rests-on-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(FACT);
  await expect(panel.getByTestId('rests-on-false')).toHaveText('Rests on a false or misleading factual claim');
  // The claim is no longer offered: it is linked.
  await expect(restsOn.getByLabel('Add a claim it rests on')).toHaveCount(0);

  // The link opens the claim it rests on.
  await item.getByRole('button', { name: `Open the claim “${FACT}”` }).click();
  await expect(panel.locator('blockquote')).toHaveText(FACT);
  await expect(panel.getByTestId('rests-on')).toHaveCount(0);

  // Back in the list, the opinion carries the flag, after a reload too; the factual claim does not.
  await panel.getByRole('button', { name: 'Back to all claims' }).click();
  const opinionEntry = page.getByTestId('claim-entry').filter({ hasText: OPINION });
  await expect(opinionEntry.getByTestId('claim-rests-on-false')).toHaveText('Rests on a false or misleading factual claim');
  await page.reload();
  await articleReady(page);
  await expect(page.getByTestId('claim-entry').filter({ hasText: OPINION }).getByTestId('claim-rests-on-false')).toBeVisible();
  await expect(page.getByTestId('claim-entry').filter({ hasText: FACT }).getByTestId('claim-rests-on-false')).toHaveCount(0);
  await context.close();
});
