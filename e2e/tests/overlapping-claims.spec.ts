import { expect, test } from '@playwright/test';
import { articleReady, centreOf, createArticle, createClaim, highlightTexts } from './support/article-page.ts';

const TEXT = 'Officials said the new bridge cost 40 million dollars and opened two years late, according to the audit office.';
const FIRST = 'the new bridge cost 40 million dollars';
const SECOND = '40 million dollars and opened two years late';

test('Reviewer opens each of two overlapping claims from the spot where they overlap', async ({ page, request }) => {
  const article = await createArticle(request, { title: 'Bridge audit', text: TEXT, language: 'en' });
  await createClaim(request, article, FIRST);
  await createClaim(request, article, SECOND);

  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  const entries = page.getByTestId('claim-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText(FIRST);
  await expect(entries.nth(1)).toContainText(SECOND);
  await expect.poll(async () => (await highlightTexts(page, 'sanad-unrated')).sort()).toEqual([SECOND, FIRST].sort());
  await expect.poll(() => highlightTexts(page, 'sanad-overlap')).toEqual(['40 million dollars']);

  for (const quote of [FIRST, SECOND]) {
    const spot = await centreOf(page, 'million');
    await page.mouse.click(spot.x, spot.y);
    const options = page.getByTestId('overlap-option');
    await expect(options).toHaveCount(2);
    await options.filter({ hasText: quote }).click();
    const panel = page.getByTestId('claim-panel');
    await expect(panel.locator('blockquote')).toHaveText(quote);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(entries.filter({ hasText: quote })).toBeFocused();
  }

  // A spot covered by one claim only opens it at once.
  const single = await centreOf(page, 'bridge');
  await page.mouse.click(single.x, single.y);
  await expect(page.getByTestId('claim-panel').locator('blockquote')).toHaveText(FIRST);
});
