import { expect, test } from '@playwright/test';
import { ratingFor } from '@sanad/shared/rating-scale';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { readApi } from './support/api.ts';
import { articleReady, dragSelect, highlightTexts } from './support/article-page.ts';
import { expectMarkButtonClearOfText } from './support/mark-button.ts';

const PHRASE = 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن';

test('Reviewer marks an Arabic claim in the sample article, rates it False and attaches sources', async ({ page, request }) => {
  const list = await readApi(request, articleEndpoints.list);
  const sample = list.articles.find((article) => article.language === 'ar' && article.title.includes('جنيف2'));
  expect(sample, 'the seeded Geneva 2 article exists').toBeDefined();

  await page.goto('/');
  await page.getByRole('link', { name: sample!.title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${sample!.id}$`));
  await articleReady(page);
  const text = page.getByTestId('article-text');
  await expect(text).toHaveAttribute('lang', 'ar');
  await expect(text).toHaveAttribute('dir', 'rtl');

  await dragSelect(page, PHRASE);
  const markButton = page.getByRole('button', { name: /Mark as claim/ });
  await expect(markButton).toBeVisible();
  // The button leaves the selection and the line after it readable (issue #18).
  await expectMarkButtonClearOfText(page);
  await markButton.click();

  const panel = page.getByTestId('claim-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('blockquote')).toHaveText(PHRASE);
  await expect(page).toHaveURL(/[?&]claim=\d+/);
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain(PHRASE);
  // The "Claim marked." toast stays clear of the claim panel, whose controls are needed next.
  const toast = page.getByTestId('toast').filter({ hasText: 'Claim marked.' });
  await expect(toast).toBeVisible();
  const [toastBox, asideBox] = [await toast.boundingBox(), await page.getByRole('complementary', { name: 'Claims' }).boundingBox()];
  expect(toastBox!.x + toastBox!.width <= asideBox!.x || toastBox!.x >= asideBox!.x + asideBox!.width, 'the toast does not overlap the claim panel').toBe(true);

  await panel.getByRole('radio', { name: /^False/ }).check();
  await panel.getByLabel('Rationale').fill('يُظهر محضر الجلسة أن الإبراهيمي التقى الوفدين في جلسة مشتركة، لا في جلستين منفصلتين.');
  await panel.getByRole('button', { name: 'Save verdict' }).click();
  await expect(panel.getByRole('heading', { name: /Claim/ }).locator('[data-rating]')).toHaveAttribute('data-rating', 'false');

  const sources = [
    { url: 'https://www.un.org/geneva2/transcript', title: 'Transcript of the joint session', publisher: 'United Nations', stance: 'Contradicting' },
    { url: 'https://news.example.org/geneva-talks', title: 'Brahimi meets both delegations', publisher: 'Example News', stance: 'Supporting' },
  ];
  for (const source of sources) {
    await panel.getByRole('button', { name: 'Add source' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a source' });
    await dialog.getByLabel('URL').fill(source.url);
    await dialog.getByLabel('Title').fill(source.title);
    await dialog.getByLabel('Publisher').fill(source.publisher);
    await dialog.getByRole('radio', { name: new RegExp(`^${source.stance}`) }).check();
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await expect(dialog).toBeHidden();
    await expect(panel.getByRole('link', { name: source.title })).toBeVisible();
  }

  await page.reload();
  await articleReady(page);
  await expect(panel).toBeVisible();
  await expect.poll(() => highlightTexts(page, 'sanad-rating-false')).toEqual([PHRASE]);
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).not.toContain(PHRASE);
  // The highlight is painted in the False tint of the shared rating scale.
  const tint = ratingFor('false').tint;
  const expected = `rgba(${Number.parseInt(tint.slice(1, 3), 16)}, ${Number.parseInt(tint.slice(3, 5), 16)}, ${Number.parseInt(tint.slice(5, 7), 16)}`;
  const painted = await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="article-text"]')!, '::highlight(sanad-rating-false)').backgroundColor);
  expect(painted.startsWith(expected)).toBe(true);
  // The open (active) claim is marked by a line, never a fill of its own, so its verdict's tint shows through.
  const activeFill = await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="article-text"]')!, '::highlight(sanad-active)').backgroundColor);
  expect(activeFill).toBe('rgba(0, 0, 0, 0)');
  await expect.poll(() => highlightTexts(page, 'sanad-active')).toEqual([PHRASE]);
  await expect(panel.getByTestId('source-item')).toHaveCount(2);
  await expect(panel.locator('[data-stance="contradicts"]').getByRole('link', { name: sources[0]!.title })).toHaveAttribute(
    'rel',
    'noopener noreferrer',
  );
  await expect(panel.locator('[data-stance="supports"]').getByRole('link', { name: sources[1]!.title })).toHaveAttribute('target', '_blank');

  await panel.getByRole('button', { name: 'Back to all claims' }).click();
  const entry = page.getByTestId('claim-entry').filter({ hasText: PHRASE });
  await expect(entry.locator('[data-rating]')).toHaveAttribute('data-rating', 'false');
  await expect(entry).toContainText('False');
  await expect(entry).toContainText('2 sources');
});
