import { expect, test } from '@playwright/test';
import { createArticle, createClaim, openClaim } from './support/article-page.ts';

const TEXT = 'قال الوزير إن الحكومة بنت 500 مدرسة جديدة هذا العام في جميع المحافظات.';
const QUOTE = 'الحكومة بنت 500 مدرسة جديدة هذا العام';

test('Reviewer reads the history of a claim as sentences: a verdict set and changed, and a move to review', async ({ page, request }) => {
  const article = await createArticle(request, { title: `Schools ${Date.now()}`, text: TEXT, language: 'ar' });
  const claim = await createClaim(request, article, QUOTE);
  await openClaim([page], article, claim);
  const panel = page.getByTestId('claim-panel');

  await panel.getByRole('radio', { name: /^False/ }).check();
  await panel.getByLabel('Rationale').click();
  await page.keyboard.type('وزارة التربية تقول إنها 120 مدرسة فقط.');
  await panel.getByRole('button', { name: 'Save verdict' }).click();
  await expect(panel.getByRole('button', { name: 'Update verdict' })).toBeVisible();
  await panel.getByRole('radio', { name: /^Mostly false/ }).check();
  await panel.getByRole('button', { name: 'Update verdict' }).click();
  await expect(panel.getByRole('heading', { name: /Claim/ }).locator('[data-rating]')).toHaveAttribute('data-rating', 'mostly_false');
  await panel.getByRole('button', { name: 'Submit for review' }).click();
  await expect(panel.getByRole('heading', { name: /Claim/ }).getByTestId('status-badge')).toHaveAttribute('data-status', 'submitted');

  await panel.getByRole('tab', { name: 'History' }).click();
  const history = panel.getByTestId('history');
  const sentences = history.getByTestId('history-sentence');
  await expect(sentences.filter({ hasText: 'Rana Reviewer marked the claim' })).toHaveCount(1);
  await expect(sentences.filter({ hasText: 'Rana Reviewer set the verdict to False' })).toHaveCount(1);
  await expect(sentences.filter({ hasText: 'Rana Reviewer changed the verdict from False to Mostly false' })).toHaveCount(1);
  await expect(sentences.filter({ hasText: 'Rana Reviewer moved the claim from draft to submitted' })).toHaveCount(1);

  // People's words (here Arabic) are isolated so they never reorder the English around them.
  const created = history.getByTestId('history-entry').filter({ hasText: 'marked the claim' });
  await expect(created.locator('bdi').filter({ hasText: QUOTE })).toHaveCount(1);

  // Internals never show; the details disclosure holds the fields before and after.
  await expect(history).not.toContainText(/prefix|suffix|version|anchorRevision|claimId/i);
  const verdictChange = history.getByTestId('history-entry').filter({ hasText: 'changed the verdict' });
  const details = verdictChange.locator('details');
  await expect(verdictChange.getByRole('table')).toBeHidden();
  await verdictChange.getByText('Show details').click();
  await expect(details.getByRole('row', { name: /^Rating/ })).toContainText('False');
  await expect(details.getByRole('row', { name: /^Rating/ })).toContainText('Mostly false');
  await expect(details.getByRole('row')).toHaveCount(2);
});
