import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import { articleReady, createArticle, createClaim } from './support/article-page.ts';

const COUNT = 300;

/** An English article of one claimed sentence per line, opened; returns the sentences and its claim list. */
async function openLongList(page: Page, request: APIRequestContext, title: string, sentences: string[]) {
  const article = await createArticle(request, { title: `${title} ${Date.now()}`, text: sentences.join('\n'), language: 'en' });
  for (let from = 0; from < sentences.length; from += 25) {
    await Promise.all(sentences.slice(from, from + 25).map((sentence) => createClaim(request, article, sentence)));
  }
  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  const list = page.getByRole('list', { name: `Claims in reading order, ${sentences.length}` });
  await expect(list).toBeVisible();
  return list;
}

test('Reviewer moves through an article with 300 claims by keyboard while the list renders only what is in view', async ({ page, request }) => {
  const sentences = Array.from({ length: COUNT }, (_, index) => `Statement ${index + 1} reports a figure of ${(index + 1) * 7} units.`);
  const list = await openLongList(page, request, 'Long claim list', sentences);
  const entries = page.getByTestId('claim-entry');
  await expect(entries.first()).toContainText(sentences[0]!);
  const rendered = await entries.count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(60);
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(COUNT));
  // The list is as tall as its entries would be (its scroll bar tells where the reader is): the entries not rendered
  // count as the mean of those measured, not a fixed guess.
  const heightOff = () =>
    list.evaluate((element) => {
      const items = [...element.querySelectorAll<HTMLElement>('[data-virtual-index]')];
      const gap = parseFloat(getComputedStyle(element).rowGap) || 0;
      const mean = items.reduce((sum, item) => sum + item.getBoundingClientRect().height, 0) / items.length;
      const count = Number(items[0]!.getAttribute('aria-setsize'));
      return Math.abs(element.getBoundingClientRect().height / (mean * count + gap * (count - 1)) - 1);
    });
  await expect.poll(heightOff).toBeLessThan(0.05);

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
  // It stays at the end: the entry that had the focus left the window without pulling the list back.
  await expect
    .poll(() => page.locator('.workspace__aside').evaluate((aside) => aside.scrollHeight - aside.clientHeight - aside.scrollTop))
    .toBeLessThan(2);
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

test('The side panel fits the window at the page’s top and once the page scrolls: the last claim of a long list can be read whole', async ({ page, request }) => {
  const total = 60;
  const sentences = Array.from({ length: total }, (_, index) => `Finding ${index + 1} puts the figure at ${(index + 1) * 11} units.`);
  const list = await openLongList(page, request, 'Side panel fit', sentences);
  const aside = page.locator('.workspace__aside');
  const height = page.viewportSize()!.height;

  // At the page's top the panel starts below the header, and still ends inside the window.
  const atTop = (await aside.boundingBox())!;
  expect(atTop.y).toBeGreaterThan(40);
  expect(atTop.y + atTop.height).toBeLessThanOrEqual(height + 1);

  // Wheeling the list to its end, as a reader would, shows its last entry whole.
  const box = (await list.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 100, height - 50));
  const last = list.getByRole('listitem').last();
  await expect(async () => {
    await page.mouse.wheel(0, 2000);
    await expect(last).toHaveAttribute('aria-posinset', String(total), { timeout: 500 });
    await expect(last).toBeInViewport({ ratio: 1, timeout: 500 });
  }).toPass({ timeout: 15_000 });

  // Scrolling the page itself: the panel sticks near the window's top and grows to the window, its last entry still whole.
  await page.mouse.move(100, height / 2);
  await page.mouse.wheel(0, 600);
  await expect(async () => {
    const stuck = (await aside.boundingBox())!;
    expect(stuck.y).toBeLessThan(atTop.y);
    expect(stuck.y + stuck.height).toBeLessThanOrEqual(height + 1);
    expect(stuck.height).toBeGreaterThan(atTop.height);
  }).toPass({ timeout: 5_000 });
  await expect(last).toBeInViewport({ ratio: 1 });
});
