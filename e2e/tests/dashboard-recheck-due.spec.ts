import { expect, test, type APIRequestContext } from '@playwright/test';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { reportEndpoints } from '@sanad/shared/api/reports';
import type { Claim } from '@sanad/shared/schemas/claim';
import { bodyOf, callApi } from './support/api.ts';
import { createArticle, createClaim } from './support/article-page.ts';
import { apiAs, browserAs, createUser, DEMO_USERS } from './support/users.ts';

const TEXT = [
  'The ministry said the population reached 5.2 million according to a first estimate.',
  'It added that the census will be finished by the end of 2030.',
  'Officials also said the new hospital will treat 900 patients a day.',
].join('\n');
const DUE = 'the population reached 5.2 million';
const NOT_YET = 'the census will be finished by the end of 2030';
const UNPUBLISHED = 'the new hospital will treat 900 patients a day';

/** A reviewer's verdict with a re-check day, then (unless told otherwise) submitted for review. */
async function rate(api: APIRequestContext, claim: Claim, recheckOn: string, submit = true): Promise<Claim> {
  const rated = await callApi(api, claimEndpoints.setVerdict, {
    params: { id: claim.id },
    body: { rating: 'unverifiable', rationale: 'A first estimate, to be checked against the census.', confidence: 'low', recheckOn },
    ifMatch: claim.version,
  });
  expect(rated.status, rated.text).toBe(200);
  if (!submit) return bodyOf(rated);
  const submitted = await callApi(api, claimEndpoints.transition, { params: { id: claim.id }, body: { to: 'submitted' }, ifMatch: bodyOf(rated).version });
  expect(submitted.status, submitted.text).toBe(200);
  return bodyOf(submitted);
}

test('An editor sees on the dashboard the published verdict whose re-check day has passed, and only that one, and follows it to the claim', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  // A reviewer rated three claims of an article, each with a day to check it again.
  const reviewer = await createUser(testInfo, { name: 'Census Reviewer', role: 'reviewer' });
  const api = await apiAs(testInfo, reviewer.credentials);
  const title = `Population estimate ${Date.now()}`;
  const article = await createArticle(api, { title, text: TEXT, language: 'en' });
  const due = await rate(api, await createClaim(api, article, DUE), '2020-05-01');
  const notYet = await rate(api, await createClaim(api, article, NOT_YET), '2099-01-01');
  // The third is due too, but stays a draft: it is not published.
  await rate(api, await createClaim(api, article, UNPUBLISHED), '2020-05-01', false);
  await api.dispose();

  // The editor approved the first two and published the article.
  const editorApi = await apiAs(testInfo, DEMO_USERS.editor);
  for (const claim of [due, notYet]) {
    const approved = await callApi(editorApi, claimEndpoints.transition, { params: { id: claim.id }, body: { to: 'approved' }, ifMatch: claim.version });
    expect(approved.status, approved.text).toBe(200);
  }
  const published = await callApi(editorApi, reportEndpoints.publish, { params: { id: article.id }, body: {} });
  expect(published.status, published.text).toBe(201);
  await editorApi.dispose();

  // The editor's home page is the dashboard: the section lists the published verdict that is due, with its article and day.
  const { context, page } = await browserAs(browser, testInfo, DEMO_USERS.editor);
  await page.goto('/');
  const section = page.getByRole('region', { name: /Published verdicts due for re-check/ });
  await expect(section).toBeVisible();
  const item = section.getByTestId('dashboard-recheck-item').filter({ hasText: DUE });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(`${title} · due since 1 May 2020`);
  // Not the one whose day is still to come, nor the one that is not published.
  await expect(section.getByTestId('dashboard-recheck-item').filter({ hasText: NOT_YET })).toHaveCount(0);
  await expect(section.getByTestId('dashboard-recheck-item').filter({ hasText: UNPUBLISHED })).toHaveCount(0);

  // Following the quote opens the claim in its article.
  await item.getByRole('link', { name: DUE }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=${due.id}$`));
  const panel = page.getByTestId('claim-panel');
  await expect(panel.locator('blockquote')).toHaveText(DUE);
  await expect(panel).toContainText('Approved');
  await context.close();
});
