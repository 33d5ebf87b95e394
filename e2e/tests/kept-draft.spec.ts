import { expect, test } from '@playwright/test';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from './support/api.ts';
import { createArticle, createClaim, openClaim } from './support/article-page.ts';
import { browserAs, createUser } from './support/users.ts';

const TEXT = 'The ministry said the new bridge cost 40 million dinars, half of what the old plans foresaw.';

test('A reviewer whose claim turns read-only while they write keeps their draft and posts it to the discussion', async ({ page, browser }, testInfo) => {
  const second = await createUser(testInfo, { name: 'Salma Second', role: 'reviewer' });
  // Unassigned work: open to every reviewer until one of them sets the verdict.
  const article = await createArticle(page.request, { title: `Bridge ${Date.now()}`, text: TEXT, language: 'en' });
  const claim = await createClaim(page.request, article, 'the new bridge cost 40 million dinars');

  const other = await browserAs(browser, testInfo, second.credentials);
  await openClaim([page, other.page], article, claim);
  const first = page.getByTestId('claim-panel');
  const secondPanel = other.page.getByTestId('claim-panel');

  // The second reviewer starts writing...
  const mine = 'The tender documents put the cost at 52 million dinars before the overrun.';
  await secondPanel.getByRole('radio', { name: /^Mostly false/ }).check();
  await secondPanel.getByLabel('Rationale').click();
  await other.page.keyboard.type(mine);

  // ...and the first reviewer saves a verdict: the claim is now theirs.
  await first.getByRole('radio', { name: /^True/ }).check();
  await first.getByLabel('Rationale').click();
  await page.keyboard.type('The ministry budget line shows 40 million dinars.');
  await first.getByRole('button', { name: 'Save verdict' }).click();
  await expect(first.getByRole('button', { name: 'Update verdict' })).toBeVisible();

  // The second reviewer's panel turns read-only live, and their draft stays on screen.
  await expect(secondPanel.getByTestId('claim-read-only')).toBeVisible();
  await expect(secondPanel.getByLabel('Rationale')).toHaveCount(0);
  const kept = secondPanel.getByTestId('kept-draft');
  await expect(kept).toBeVisible();
  await expect(kept.getByRole('status')).toContainText('set this verdict while you were writing');
  await expect(kept.getByTestId('kept-draft-rationale')).toHaveText(mine);
  await expect(kept).toContainText('Mostly false');
  await other.page.screenshot({ path: testInfo.outputPath('kept-draft.png') });

  // Posting it puts it in the discussion, where the first reviewer reads it live.
  await kept.getByRole('button', { name: 'Post draft to discussion' }).focus();
  await other.page.keyboard.press('Enter');
  await expect(kept).toBeHidden();
  await expect(other.page.getByText('Your draft was posted to the discussion.')).toBeVisible();
  for (const panel of [secondPanel, first]) {
    await panel.getByRole('tab', { name: /Discussion/ }).click();
    const comment = panel.getByTestId('comment').filter({ hasText: mine });
    await expect(comment).toBeVisible();
    await expect(comment).toContainText('My unsaved draft verdict:');
    await expect(comment).toContainText('Rating: Mostly false');
  }

  await other.context.close();
});

test('A kept draft can be discarded', async ({ page, browser }, testInfo) => {
  const second = await createUser(testInfo, { name: 'Dana Second', role: 'reviewer' });
  const article = await createArticle(page.request, { title: `Bridge ${Date.now()}`, text: TEXT, language: 'en' });
  const claim = await createClaim(page.request, article, 'half of what the old plans foresaw');
  const other = await browserAs(browser, testInfo, second.credentials);
  await openClaim([other.page], article, claim);
  const secondPanel = other.page.getByTestId('claim-panel');
  await secondPanel.getByLabel('Rationale').click();
  await other.page.keyboard.type('Half? The 2019 plan said 90 million.');

  // The first reviewer sets the verdict (through the API here; the live update is what matters).
  const rated = await callApi(page.request, claimEndpoints.setVerdict, {
    params: { id: claim.id },
    body: { rating: 'false', rationale: 'The old plan foresaw 60 million, not 80.' },
    ifMatch: claim.version,
  });
  expect(rated.status, rated.text).toBe(200);

  const kept = secondPanel.getByTestId('kept-draft');
  await expect(kept.getByTestId('kept-draft-rationale')).toHaveText('Half? The 2019 plan said 90 million.');
  await expect(kept).toContainText('None chosen');
  await kept.getByRole('button', { name: 'Discard draft' }).click();
  await expect(kept).toBeHidden();
  await expect(secondPanel.getByTestId('read-only-rationale')).toHaveText('The old plan foresaw 60 million, not 80.');
  await other.context.close();
});
