import { expect, test, type APIRequestContext } from '@playwright/test';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { doubleRatingEndpoints } from '@sanad/shared/api/double-rating';
import type { RatingKey } from '@sanad/shared/rating-scale';
import type { Claim } from '@sanad/shared/schemas/claim';
import { readApi } from './support/api.ts';
import { createArticle, createClaim } from './support/article-page.ts';
import { apiAs, assignArticle, browserAs, createUser, DEMO_USERS } from './support/users.ts';

const TEXT = [
  'The minister said unemployment fell to 4 percent last year.',
  'He added that the new port handles a million containers a month.',
].join('\n');
const AGREED = 'unemployment fell to 4 percent last year';
const DISAGREED = 'the new port handles a million containers a month';

/** The first reviewer's verdict on a claim the editor asked to have rated twice. */
async function rateFirst(api: APIRequestContext, claim: Claim, rating: RatingKey): Promise<Claim> {
  return readApi(api, claimEndpoints.setVerdict, {
    params: { id: claim.id },
    body: { rating, rationale: 'Checked against the statistics office figures.' },
    ifMatch: claim.version,
  });
}

/** The second reviewer's independent rating of the same claim. */
async function rateSecond(api: APIRequestContext, claim: Claim, rating: RatingKey): Promise<Claim> {
  return readApi(api, doubleRatingEndpoints.rate, {
    params: { id: claim.id },
    body: { rating, rationale: 'Checked on my own against the published series.' },
    ifMatch: claim.version,
  });
}

test('An editor reads on the dashboard how often two reviewers agreed, by article and by pair, and narrows the days to before they rated', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  // Two reviewers work on an article with two claims.
  const first = await createUser(testInfo, { name: 'Huda Haddad', role: 'reviewer' });
  const second = await createUser(testInfo, { name: 'Omar Nasser', role: 'reviewer' });
  const firstApi = await apiAs(testInfo, first.credentials);
  const title = `Labour figures ${Date.now()}`;
  const article = await createArticle(firstApi, { title, text: TEXT, language: 'en' });
  const claims = [await createClaim(firstApi, article, AGREED), await createClaim(firstApi, article, DISAGREED)];
  await assignArticle(testInfo, article.id, [first.credentials, second.credentials]);

  // The editor asks for a second, independent rating of both claims.
  const editorApi = await apiAs(testInfo, DEMO_USERS.editor);
  const required = [];
  for (const claim of claims) {
    required.push(await readApi(editorApi, doubleRatingEndpoints.setForClaim, { params: { id: claim.id }, body: { required: true }, ifMatch: claim.version }));
  }
  await editorApi.dispose();

  // The first reviewer rates both False and Mostly false; the second, blind, agrees on the first and says True of the other.
  const firstRated = [await rateFirst(firstApi, required[0]!, 'false'), await rateFirst(firstApi, required[1]!, 'mostly_false')];
  await firstApi.dispose();
  const secondApi = await apiAs(testInfo, second.credentials);
  await rateSecond(secondApi, firstRated[0]!, 'false');
  await rateSecond(secondApi, firstRated[1]!, 'true');
  await secondApi.dispose();

  // The editor opens the dashboard: the desk's figures over all days.
  const { context, page } = await browserAs(browser, testInfo, DEMO_USERS.editor);
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Agreement between raters' });
  await panel.scrollIntoViewIfNeeded();
  const desk = panel.getByTestId('agreement-desk');
  // The desk counts every pair the run's other tests made too: its own figures are checked on the rows below.
  await expect(desk).toContainText(/\d+ claims rated twice/);

  // One row for the article, one for the pair of reviewers, each with both claims and half of them agreed
  // (Cohen's kappa 0.33: half agreed where a quarter would by chance).
  const byArticle = panel.getByRole('table', { name: 'By article' });
  const articleRow = byArticle.getByRole('row').filter({ hasText: title });
  await expect(articleRow).toHaveCount(1);
  await expect(articleRow.getByRole('cell')).toHaveText(['2', '50%', '0.33', /\S/]);
  const byPair = panel.getByRole('table', { name: 'By pair of raters' });
  const pairRow = byPair.getByRole('row').filter({ hasText: 'Huda Haddad and Omar Nasser' });
  await expect(pairRow).toHaveCount(1);
  await expect(pairRow.getByRole('cell')).toHaveText(['2', '50%', '0.33', /\S/]);

  // Narrowing the days to a month long before the ratings leaves nothing to measure, and the range stays in the address.
  await panel.getByLabel('From').fill('2020-01-01');
  await panel.getByLabel('To').fill('2020-01-31');
  await expect(page).toHaveURL(/agreementFrom=2020-01-01/);
  await expect(page).toHaveURL(/agreementTo=2020-01-31/);
  await expect(panel.getByTestId('agreement-empty')).toHaveText('No claim was rated twice in these days.');
  await expect(panel.getByRole('table')).toHaveCount(0);

  // All days again: the figures come back, and the article's title leads to it.
  await panel.getByRole('button', { name: 'All days' }).click();
  await expect(articleRow.getByRole('cell')).toHaveText(['2', '50%', '0.33', /\S/]);
  await articleRow.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));
  await context.close();
});
