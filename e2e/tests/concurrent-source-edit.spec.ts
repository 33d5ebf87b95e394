import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { bodyOf, callApi, readApi } from './support/api.ts';
import { createArticle, createClaim, openClaim } from './support/article-page.ts';
import { DEMO_USERS, assignArticle, browserAs, createUser } from './support/users.ts';

const TEXT = 'The agency said 3,000 families received food parcels in March, twice as many as in February.';
const QUOTE = '3,000 families received food parcels in March';

async function claimWithSource(request: APIRequestContext): Promise<{ article: Article; claim: Claim; linkId: number }> {
  const article = await createArticle(request, { title: `Food parcels ${Date.now()}`, text: TEXT, language: 'en' });
  const claim = await createClaim(request, article, QUOTE);
  const response = await callApi(request, claimEndpoints.attachSource, {
    params: { id: claim.id },
    body: { url: `https://www.un.org/press/food-parcels-${Date.now()}`, title: 'UN press release', publisher: 'United Nations', stance: 'supports' },
  });
  expect(response.status, response.text).toBe(201);
  const withSource = bodyOf(response);
  return { article, claim: withSource, linkId: withSource.sources[0]!.id };
}

test('Two reviewers edit the same source; the second sees both versions, loses nothing, and keeps theirs', async ({ page, request, browser }, testInfo) => {
  const second = await createUser(testInfo, { name: 'Second Reviewer', role: 'reviewer' });
  const { article, claim } = await claimWithSource(request);
  // Both reviewers work on this article: the desk assigns them to it.
  await assignArticle(testInfo, article.id, [DEMO_USERS.reviewer, second.credentials]);
  const other = await browserAs(browser, testInfo, second.credentials);
  await openClaim([page, other.page], article, claim);

  // The second reviewer opens the source and starts typing...
  await other.page.getByTestId('claim-panel').getByRole('button', { name: 'Edit source “UN press release”' }).click();
  const mine = other.page.getByRole('dialog', { name: 'Edit source' });
  const myTitle = 'UN press release on food aid, 2 April';
  await mine.getByLabel('Title').selectText();
  await other.page.keyboard.type(myTitle);
  await mine.getByLabel('Excerpt').click();
  const myExcerpt = 'Some 3,000 families were reached in March.';
  await other.page.keyboard.type(myExcerpt);

  // ...while the first saves another title and stance.
  await page.getByTestId('claim-panel').getByRole('button', { name: 'Edit source “UN press release”' }).click();
  const theirs = page.getByRole('dialog', { name: 'Edit source' });
  const theirTitle = 'UN OCHA situation report';
  await theirs.getByLabel('Title').fill(theirTitle);
  await theirs.getByRole('radio', { name: /^Context/ }).check();
  await theirs.getByRole('button', { name: 'Save source' }).click();
  await expect(theirs).toBeHidden();
  await expect(page.getByTestId('claim-panel').getByRole('link', { name: theirTitle })).toBeVisible();

  // The live update does not touch what the second reviewer typed; saving shows both versions.
  await expect(mine.getByRole('status')).toContainText('Someone just changed this source');
  await expect(mine.getByLabel('Title')).toHaveValue(myTitle);
  await mine.getByRole('button', { name: 'Save source' }).click();
  const conflict = mine.getByTestId('conflict-view');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row', { name: /^Title/ }).getByTestId('conflict-mine')).toHaveText(myTitle);
  await expect(conflict.getByRole('row', { name: /^Title/ }).getByTestId('conflict-theirs')).toHaveText(theirTitle);
  await expect(conflict.getByRole('row', { name: /^Stance/ }).getByTestId('conflict-mine')).toHaveText('Supporting');
  await expect(conflict.getByRole('row', { name: /^Stance/ }).getByTestId('conflict-theirs')).toHaveText('Context');
  await expect(conflict.getByRole('row', { name: /^Excerpt/ }).getByTestId('conflict-mine')).toHaveText(myExcerpt);
  // The dialog stays open with every field as typed.
  await expect(mine).toBeVisible();
  await expect(mine.getByLabel('Title')).toHaveValue(myTitle);
  await expect(mine.getByLabel('Excerpt')).toHaveValue(myExcerpt);
  await expect(mine.getByRole('radio', { name: /^Supporting/ })).toBeChecked();

  // "Keep mine" saves it over the new version; the first reviewer's view follows live.
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(mine).toBeHidden();
  const otherPanel = other.page.getByTestId('claim-panel');
  await expect(otherPanel.locator('[data-stance="supports"]').getByRole('link', { name: myTitle })).toBeVisible();
  await expect(page.getByTestId('claim-panel').locator('[data-stance="supports"]').getByRole('link', { name: myTitle })).toBeVisible();
  await expect(page.getByTestId('claim-panel').getByText(myExcerpt)).toBeVisible();

  const stored = await readApi(request, claimEndpoints.get, { params: { id: claim.id } });
  expect(stored.sources).toHaveLength(1);
  expect(stored.sources[0]).toMatchObject({ stance: 'supports', excerpt: myExcerpt, source: { title: myTitle } });
  await other.context.close();
});

test('A reviewer editing a source that someone removes keeps their input and attaches it again', async ({ page, request, browser }, testInfo) => {
  const second = await createUser(testInfo, { name: 'Third Reviewer', role: 'reviewer' });
  const { article, claim } = await claimWithSource(request);
  // Both reviewers work on this article: the desk assigns them to it.
  await assignArticle(testInfo, article.id, [DEMO_USERS.reviewer, second.credentials]);
  const other = await browserAs(browser, testInfo, second.credentials);
  await openClaim([page, other.page], article, claim);

  await other.page.getByTestId('claim-panel').getByRole('button', { name: 'Edit source “UN press release”' }).click();
  const mine = other.page.getByRole('dialog', { name: 'Edit source' });
  const myTitle = 'UN press release (corrected)';
  await mine.getByLabel('Title').fill(myTitle);

  // The first reviewer removes the source meanwhile.
  await page.getByTestId('claim-panel').getByRole('button', { name: 'Remove source “UN press release”' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove source' }).click();
  await expect(page.getByTestId('source-item')).toHaveCount(0);

  // The dialog stays, says so, and keeps the input.
  await expect(mine.getByTestId('source-removed')).toBeVisible();
  await expect(mine.getByLabel('Title')).toHaveValue(myTitle);
  await mine.getByRole('button', { name: 'Attach again' }).click();
  await expect(mine).toBeHidden();
  await expect(page.getByTestId('claim-panel').getByRole('link', { name: myTitle })).toBeVisible();
  await other.context.close();
});
