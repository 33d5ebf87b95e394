import { expect, test } from '@playwright/test';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { bodyOf, callApi } from './support/api.ts';
import { createArticle, createClaim, openClaim } from './support/article-page.ts';
import { assignArticle, browserAs, createUser } from './support/users.ts';

const TEXT = 'The minister said unemployment fell to 4 percent last year, the lowest level in two decades.';

test('A reviewer sees another reviewer’s rated claim read-only with whose it is, and edits it once an editor assigns them the article (ASVS 8.2.2 (A3.2))', async ({
  request,
  browser,
}, testInfo) => {
  const second = await createUser(testInfo, { name: 'Nadia Second', role: 'reviewer' });
  const article = await createArticle(request, { title: `Unemployment ${Date.now()}`, text: TEXT, language: 'en' });
  const claim = await createClaim(request, article, 'unemployment fell to 4 percent last year');
  const rated = await callApi(request, claimEndpoints.setVerdict, {
    params: { id: claim.id },
    body: { rating: 'true', rationale: 'The statistics office reports 4.1 percent.' },
    ifMatch: claim.version,
  });
  expect(rated.status, rated.text).toBe(200);
  expect(bodyOf(rated).verdict?.setBy?.name).toBeTruthy();

  const other = await browserAs(browser, testInfo, second.credentials);
  await openClaim([other.page], article, claim);
  const panel = other.page.getByTestId('claim-panel');
  const note = panel.getByTestId('claim-read-only');
  await expect(note).toContainText("set this claim's verdict");
  await expect(note).toContainText('Ask an editor to assign you to the claim or its article to change it.');
  // No control that the server would refuse is offered.
  await expect(panel.getByRole('button', { name: /^(Save|Update) verdict$/ })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Add source' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Delete claim' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Select different text' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
  await other.page.screenshot({ path: testInfo.outputPath('claim-read-only.png') });

  // An editor assigns the second reviewer to the article: the claim opens for them.
  await assignArticle(testInfo, article.id, [second.credentials]);
  await expect(note).toBeHidden();
  await panel.getByRole('radio', { name: /^Mostly true/ }).check();
  await panel.getByLabel('Rationale').click();
  await other.page.keyboard.press('ControlOrMeta+a');
  await other.page.keyboard.type('4.1 percent, rounded down to 4.');
  await panel.getByRole('button', { name: 'Update verdict' }).click();
  await expect(panel.getByRole('heading', { name: /Claim/ }).locator('[data-rating]')).toHaveAttribute('data-rating', 'mostly_true');
  await expect(panel.getByRole('button', { name: 'Submit for review' })).toBeVisible();

  await other.context.close();
});
