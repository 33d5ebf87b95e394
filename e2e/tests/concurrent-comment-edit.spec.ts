import { expect, test } from '@playwright/test';
import { commentEndpoints } from '@sanad/shared/api/comments';
import { callApi, readApi } from './support/api.ts';
import { createArticle, createClaim, openClaim } from './support/article-page.ts';
import { browserAs, DEMO_USERS } from './support/users.ts';

const TEXT = 'The report says rents rose by 18 percent in the capital last year.';

test('Reviewer edits a comment in two windows; the later save shows both texts and keeps the typed one', async ({ page, request, browser }, testInfo) => {
  const article = await createArticle(request, { title: `Rents ${Date.now()}`, text: TEXT, language: 'en' });
  const claim = await createClaim(request, article, 'rents rose by 18 percent in the capital');
  const posted = await callApi(request, commentEndpoints.create, { params: { id: claim.id }, body: { body: 'Which report is this?' } });
  expect(posted.status, posted.text).toBe(201);

  const second = await browserAs(browser, testInfo, DEMO_USERS.reviewer);
  for (const window of [page, second.page]) {
    await openClaim([window], article, claim);
    await window.getByTestId('claim-panel').getByRole('tab', { name: 'Discussion' }).click();
  }

  // The second window starts an edit; the first saves another text meanwhile.
  const later = second.page.getByTestId('comment');
  await later.getByRole('button', { name: 'Edit' }).click();
  const mine = 'Which report is this? The housing ministry’s or the central bank’s?';
  await later.getByLabel('Edit your comment').fill(mine);
  const earlier = page.getByTestId('comment');
  await earlier.getByRole('button', { name: 'Edit' }).click();
  const theirs = 'Which report is this? Link it please.';
  await earlier.getByLabel('Edit your comment').fill(theirs);
  await earlier.getByRole('button', { name: 'Save' }).click();
  await expect(earlier.getByText(theirs)).toBeVisible();

  await later.getByRole('button', { name: 'Save' }).click();
  const conflict = later.getByTestId('conflict-view');
  await expect(conflict.getByTestId('conflict-mine')).toHaveText(mine);
  await expect(conflict.getByTestId('conflict-theirs')).toHaveText(theirs);
  await expect(later.getByLabel('Edit your comment')).toHaveValue(mine);
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(later.getByLabel('Edit your comment')).toBeHidden();
  await expect(earlier.getByText(mine)).toBeVisible();

  const stored = await readApi(request, commentEndpoints.list, { params: { id: claim.id } });
  expect(stored.comments.map((comment) => comment.body)).toEqual([mine]);
  await second.context.close();
});
