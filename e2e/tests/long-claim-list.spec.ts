import { expect, test } from '@playwright/test';
import { articleReady, createArticle, createClaim } from './support/article-page.ts';

const COUNT = 300;

test('Reviewer moves through an article with 300 claims by keyboard while the list renders only what is in view', async ({ page, request }) => {
  const sentences = Array.from({ length: COUNT }, (_, index) => `Statement ${index + 1} reports a figure of ${(index + 1) * 7} units.`);
  const article = await createArticle(request, { title: `Long claim list ${Date.now()}`, text: sentences.join('\n'), language: 'en' });
  for (let from = 0; from < COUNT; from += 25) {
    await Promise.all(sentences.slice(from, from + 25).map((sentence) => createClaim(request, article, sentence)));
  }

  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  const list = page.getByRole('list', { name: `Claims in reading order, ${COUNT}` });
  await expect(list).toBeVisible();
  const entries = page.getByTestId('claim-entry');
  await expect(entries.first()).toContainText(sentences[0]!);
  const rendered = await entries.count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(60);
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(COUNT));

  // ArrowDown walks the list in reading order; the focused entry is always in view.
  await entries.first().focus();
  for (let step = 0; step < 40; step += 1) await page.keyboard.press('ArrowDown');
  const focused = page.locator('[data-claim-entry]:focus');
  await expect(focused).toContainText(sentences[40]!);
  await expect(focused).toBeInViewport();
  await expect(page.locator('li:has([data-claim-entry]:focus)')).toHaveAttribute('aria-posinset', '41');
  await page.keyboard.press('ArrowUp');
  await expect(focused).toContainText(sentences[39]!);

  // j and k do the same from anywhere on the page.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(focused).toContainText(sentences[41]!);
  await expect(focused).toBeInViewport();

  // Enter opens the claim; Escape comes back to the same entry, focused and in view.
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('claim-panel');
  await expect(panel.locator('blockquote').first()).toHaveText(sentences[41]!);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(focused).toContainText(sentences[41]!);
  await expect(focused).toBeInViewport();

  // Scrolling the sidebar to the end brings the last claims in, still only a window of them.
  await page.locator('.workspace__aside').evaluate((aside) => aside.scrollTo({ top: aside.scrollHeight }));
  await expect(entries.last()).toContainText(sentences[COUNT - 1]!);
  await expect(list.getByRole('listitem').last()).toHaveAttribute('aria-posinset', String(COUNT));
  expect(await entries.count()).toBeLessThan(60);

  // k from the last entry and a jump back to the top with the keyboard still land on rendered, focused entries.
  await entries.last().focus();
  await page.keyboard.press('k');
  await expect(focused).toContainText(sentences[COUNT - 2]!);
  await page.locator('.workspace__aside').evaluate((aside) => aside.scrollTo({ top: 0 }));
  // As a reader would: the list has redrawn the top before the next key press.
  await expect(entries.first()).toContainText(sentences[0]!);
  await page.keyboard.press('k');
  await expect(focused).toContainText(sentences[COUNT - 3]!);
  await expect(focused).toBeInViewport();
});
