import { expect, test, type Page } from '@playwright/test';
import { articleReady, highlightTexts } from './support/article-page.ts';

/** Types a query into the header's search box and presses Enter. */
async function searchFor(page: Page, query: string): Promise<void> {
  const box = page.getByRole('search', { name: 'Search articles, claims and sources' }).getByRole('searchbox');
  await box.click();
  await box.fill('');
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await expect.poll(() => {
    const url = new URL(page.url());
    return url.pathname === '/search' ? url.searchParams.get('q') : null;
  }).toBe(query);
}

test('Reviewer searches with and without harakat and lands on the passage', async ({ page }) => {
  await page.goto('/');

  // Without harakat, the sample's جلستَيْن is found and shown as written, harakat and all.
  await searchFor(page, 'جلستين');
  const articles = page.getByTestId('search-group-articles');
  await expect(articles.getByRole('heading', { name: /Articles/ })).toBeVisible();
  const result = articles.getByTestId('search-result').filter({ hasText: 'جنيف2' }).first();
  await expect(result.locator('mark').first()).toHaveText('جلستَيْن');
  await expect(result.getByTestId('snippet')).toHaveAttribute('dir', 'rtl');
  await expect(result.getByTestId('snippet')).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('search-group-claims').getByRole('heading', { name: /Claims/ })).toBeVisible();
  await expect(page.getByTestId('search-group-sources').getByRole('heading', { name: /Sources/ })).toBeVisible();

  // A click opens the article at that passage and flashes it.
  await result.click();
  await expect(page).toHaveURL(/\/articles\/\d+\?at=\d+/);
  await articleReady(page);
  await expect.poll(() => highlightTexts(page, 'sanad-passage')).toEqual(['جلستَيْن']);
  const inView = await page.evaluate(() => {
    const range = CSS.highlights.get('sanad-passage');
    const first = range ? (Array.from(range as unknown as Iterable<AbstractRange>)[0] as Range | undefined) : undefined;
    const rect = first?.getBoundingClientRect();
    return rect ? rect.top >= 0 && rect.bottom <= window.innerHeight : false;
  });
  expect(inView).toBe(true);
  await expect.poll(() => highlightTexts(page, 'sanad-passage'), { timeout: 6_000 }).toEqual([]);

  // Hamza on the alef is folded too.
  await searchFor(page, 'الامم المتحدة');
  const un = page.getByTestId('search-group-articles').getByTestId('search-result').filter({ hasText: 'جنيف2' }).first();
  await expect(un.locator('mark').first()).toHaveText('الأمم المتحدة');

  // A query made only of operators gets a clear message, not a syntax error.
  await searchFor(page, 'AND OR *');
  const error = page.getByTestId('search-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toContainText(/no words/i);
  await expect(page.getByTestId('search-result')).toHaveCount(0);

  // A query that matches nothing says so.
  await searchFor(page, 'zzzqqqxxyy');
  await expect(page.getByTestId('search-empty')).toContainText('No matches for');
});
