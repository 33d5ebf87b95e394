import { expect, test, type Page } from '@playwright/test';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { readApi } from './support/api.ts';
import { articleReady, createArticle, markWithMouse } from './support/article-page.ts';
import { browserAs, createUser, setInterfaceLanguage, apiAs } from './support/users.ts';

const TEXT = ['قال الوزير إن معدل البطالة انخفض إلى أربعة في المئة العام الماضي.', 'وأضاف أن الجسر الجديد سيفتتح في الربيع قبل موعده.'].join('\n');
const HAMZA_CLAIM = 'الوزير إن معدل البطالة';
const HAMZA_AFTER = 'الوزير أن معدل البطالة';
const HARAKAT_CLAIM = 'الجسر الجديد سيفتتح';
const HARAKAT_AFTER = 'الجسر الجديد سيُفتتح';

/** Marks a phrase as a claim with the mouse, then goes back to the list. */
async function markAndGoBack(page: Page, phrase: string): Promise<void> {
  await markWithMouse(page, phrase);
  await page.getByRole('button', { name: 'Back to all claims' }).click();
}

/** Selects `from` in the editor's textarea and types `to` over it with the keyboard. */
async function typeOver(page: Page, from: string, to: string): Promise<void> {
  await page.getByTestId('article-editor').evaluate((element, wanted) => {
    const textarea = element as HTMLTextAreaElement;
    const at = textarea.value.indexOf(wanted);
    if (at < 0) throw new Error(`Not in the editor: ${wanted}`);
    textarea.focus();
    textarea.setSelectionRange(at, at + wanted.length);
  }, from);
  await page.keyboard.type(to);
}

test('Reviewer sees which letters changed when an edit turns «إن» into «أن» inside a claim, in English and in Arabic, and nothing for harakat alone', async ({
  page,
  request,
  browser,
}, testInfo) => {
  const article = await createArticle(request, { title: `همزة في ادعاء ${Date.now()}`, text: TEXT, language: 'ar' });
  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  await markAndGoBack(page, HAMZA_CLAIM);
  await markAndGoBack(page, HARAKAT_CLAIM);

  // One edit changes a hamza form inside the first claim, another adds a damma inside the second.
  await page.getByRole('button', { name: 'Edit text' }).click();
  await typeOver(page, 'إن معدل', 'أن معدل');
  await typeOver(page, 'سيفتتح', 'سيُفتتح');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-summary')).toContainText('Saved revision 2.');

  const hamzaEntry = page.getByTestId('claim-entry').filter({ hasText: HAMZA_AFTER });
  await expect(hamzaEntry.locator('[data-anchor-status]')).toHaveAttribute('data-anchor-status', 'normalised');
  const change = hamzaEntry.getByTestId('spelling-change');
  await expect(change).toContainText('Spelling changed: hamza or alef form');
  await expect(change.locator('del')).toHaveText('إن');
  await expect(change.locator('ins')).toHaveText('أن');

  // Harakat alone: found again, labelled normalised, and no spelling change to check.
  const harakatEntry = page.getByTestId('claim-entry').filter({ hasText: HARAKAT_AFTER });
  await expect(harakatEntry.locator('[data-anchor-status]')).toHaveAttribute('data-anchor-status', 'normalised');
  await expect(harakatEntry.getByTestId('spelling-change')).toHaveCount(0);

  const claims = await readApi(request, claimEndpoints.list, { params: { id: article.id } });
  expect(claims.claims.map((claim) => [claim.quote, claim.anchor.spelling])).toEqual([
    [HAMZA_AFTER, ['hamza']],
    [HARAKAT_AFTER, []],
  ]);

  // A reviewer who works in Arabic sees the same in Arabic.
  const arabicReviewer = await createUser(testInfo, { name: 'مراجِعة الهمزات', role: 'reviewer' });
  const api = await apiAs(testInfo, arabicReviewer.credentials);
  await setInterfaceLanguage(api, 'ar');
  await api.dispose();
  const { context, page: arabicPage } = await browserAs(browser, testInfo, arabicReviewer.credentials);
  await arabicPage.goto(`/articles/${article.id}`);
  await articleReady(arabicPage);
  await expect(arabicPage.locator('html')).toHaveAttribute('dir', 'rtl');
  const arabicChange = arabicPage.getByTestId('claim-entry').filter({ hasText: HAMZA_AFTER }).getByTestId('spelling-change');
  await expect(arabicChange).toContainText('تغيّرت الكتابة: شكل الهمزة أو الألف');
  await expect(arabicChange.locator('del')).toHaveText('إن');
  await expect(arabicChange.locator('ins')).toHaveText('أن');
  await expect(arabicPage.getByTestId('claim-entry').filter({ hasText: HARAKAT_AFTER }).getByTestId('spelling-change')).toHaveCount(0);
  await context.close();
});
