import { expect, test } from '@playwright/test';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { readApi } from './support/api.ts';
import { createArticle } from './support/article-page.ts';
import { runOnDatabase } from './support/database.ts';

test('Reviewer records where an article appeared in the Details dialog, sees it under the title, and clears the author', async ({ page, request }, testInfo) => {
  const article = await createArticle(request, {
    title: `Details ${Date.now()}`,
    text: 'The ministry said exports rose by 12 percent last year.',
    language: 'en',
  });
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await expect(page.getByTestId('article-meta')).toHaveCount(0);

  await page.getByRole('button', { name: 'Details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/Outlet/)).toBeFocused();
  await page.keyboard.type('الشرق الأوسط');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Salman Aldosary');
  await dialog.getByLabel(/Published/).fill('2014-01-27');
  await dialog.getByLabel(/URL/).fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog.getByText('Use a full http:// or https:// address.')).toBeVisible();
  await expect(dialog.getByLabel(/URL/)).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: testInfo.outputPath('article-details-dialog.png') });

  await dialog.getByLabel(/URL/).fill('https://aawsat.com/opinion/geneva-2');
  await dialog.getByLabel(/URL/).press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Article details saved.')).toBeVisible();

  const meta = page.getByTestId('article-meta');
  await expect(meta).toContainText('الشرق الأوسط');
  await expect(meta).toContainText('Salman Aldosary');
  await expect(meta.locator('time')).toHaveText('27 January 2014');
  const link = meta.getByRole('link', { name: /aawsat\.com/ });
  await expect(link).toHaveAttribute('href', 'https://aawsat.com/opinion/geneva-2');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAttribute('target', '_blank');
  await page.screenshot({ path: testInfo.outputPath('article-details.png') });

  // Clearing a field leaves it unknown; the rest stays.
  await page.getByRole('button', { name: 'Details' }).click();
  await expect(dialog.getByLabel(/Author/)).toHaveValue('Salman Aldosary');
  await dialog.getByLabel(/Author/).fill('');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(meta).not.toContainText('Salman Aldosary');
  await expect(meta).toContainText('الشرق الأوسط');

  await page.reload();
  await expect(page.getByTestId('article-meta')).toContainText('27 January 2014');
  const stored = await readApi(request, articleEndpoints.get, { params: { id: article.id } });
  expect(stored).toMatchObject({ author: null, outlet: 'الشرق الأوسط', publishedOn: '2014-01-27', url: 'https://aawsat.com/opinion/geneva-2' });
});

test('Reviewer adds an article with its outlet and date from the Add article dialog', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  const title = `With details ${Date.now()}`;
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Text').fill('The minister said unemployment fell to 9 percent.');
  await dialog.getByLabel(/Outlet/).fill('Daily Ledger');
  await dialog.getByLabel(/Published/).fill('2024-03-05');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('article-meta')).toHaveText('Daily Ledger·5 March 2024');
});

test('ASVS 1.2.2: a javascript: article URL forced into the database shows as text, never as a live link', async ({ page, request }) => {
  const article = await createArticle(request, { title: `Forced article URL ${Date.now()}`, text: 'Exports rose by 7 per cent last year.', language: 'en' });
  expect(runOnDatabase("UPDATE articles SET url = 'JaVaScRiPt:window.__xss=1', outlet = 'Poisoned Post' WHERE id = ?", article.id)).toBe(1);
  await page.goto(`/articles/${article.id}`);
  const meta = page.getByTestId('article-meta');
  await expect(meta).toContainText('Poisoned Post');
  await expect(meta).toContainText('JaVaScRiPt:window.__xss=1');
  await expect(meta.getByRole('link')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});
