import { expect, test } from '@playwright/test';
import { articleReady, createArticle, highlightTexts } from './support/article-page.ts';

// The same word with harakat, bare, and stretched with tatweel, in two paragraphs.
const TEXT = [
  'عقد المبعوث جلستَيْن منفصلتَيْن مع الوفدين، ثم دعا إلى جلسات مشتركة.',
  'وقال مراقبون إن الجلستين لم تحققا تقدماً، وإن جلسـتين أخريين ستعقدان الأسبوع المقبل.',
].join('\n');

test('Reviewer finds a word in the article whatever its harakat and steps through the matches', async ({ page, request }) => {
  const article = await createArticle(request, { title: 'جلسات جنيف', text: TEXT, language: 'ar' });
  await page.goto(`/articles/${article.id}`);
  await articleReady(page);

  // "/" opens the box (the browser's own Ctrl+F is left alone).
  await page.getByTestId('article-text').click();
  await page.keyboard.press('/');
  const box = page.getByRole('search', { name: 'Find in article' }).getByRole('searchbox');
  await expect(box).toBeFocused();
  await page.keyboard.type('جلستين');

  const status = page.getByTestId('find-status');
  await expect(status).toHaveText('1 of 3');
  await expect.poll(() => highlightTexts(page, 'sanad-find')).toEqual(['جلستَيْن', 'جلستين', 'جلسـتين']);
  await expect.poll(() => highlightTexts(page, 'sanad-find-current')).toEqual(['جلستَيْن']);

  await page.keyboard.press('Enter');
  await expect(status).toHaveText('2 of 3');
  await expect.poll(() => highlightTexts(page, 'sanad-find-current')).toEqual(['جلستين']);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('3 of 3');
  await expect.poll(() => highlightTexts(page, 'sanad-find-current')).toEqual(['جلسـتين']);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('1 of 3');
  await page.keyboard.press('Shift+Enter');
  await expect(status).toHaveText('3 of 3');
  await page.getByRole('button', { name: 'Previous match' }).click();
  await expect(status).toHaveText('2 of 3');

  await box.fill('غير موجود');
  await expect(status).toHaveText('No matches');
  await expect.poll(() => highlightTexts(page, 'sanad-find')).toEqual([]);

  // Escape closes the box, clears its highlights and returns focus to the button.
  await box.focus();
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
  await expect(page.getByRole('button', { name: /Find in article/ })).toBeFocused();
  await expect.poll(() => highlightTexts(page, 'sanad-find-current')).toEqual([]);
});
