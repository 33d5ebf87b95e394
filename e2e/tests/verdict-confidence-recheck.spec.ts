import { expect, test } from '@playwright/test';
import { ratingFor } from '@sanad/shared/rating-scale';
import { arabicReviewerAt, markArabicClaim } from './support/arabic-reviewer.ts';
import { articleReady } from './support/article-page.ts';

const TEXT = 'أعلنت الوزارة أن عدد السكان بلغ 5.2 مليون نسمة وفق تقديرات أولية ستُراجَع بعد التعداد العام.';
const PHRASE = 'عدد السكان بلغ 5.2 مليون نسمة';

test('A reviewer in the Arabic interface states how sure the verdict is and when to check it again; the day brings it to the re-check list', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const { context, page, article } = await arabicReviewerAt(browser, testInfo, { name: 'مراجِعة التقديرات', title: 'تقديرات السكان', text: TEXT });
  const panel = await markArabicClaim(page, PHRASE);

  await panel.getByRole('radio', { name: new RegExp(`^${ratingFor('unverifiable').labelAr}`) }).check();
  await panel.getByLabel('التعليل').click();
  await page.keyboard.type('الرقم تقدير أولي، ولم يصدر التعداد بعد.');
  const confidence = panel.getByRole('group', { name: 'درجة الثقة' });
  await expect(confidence.getByRole('radio', { name: 'غير محددة' })).toBeChecked();
  await confidence.getByRole('radio', { name: 'منخفضة' }).click();
  // A day already past, so the verdict is due at once.
  await panel.getByLabel('إعادة التحقق في').fill('2020-05-01');
  await panel.getByRole('button', { name: 'حفظ الحكم' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'حُفظ الحكم.' })).toBeVisible();

  // Kept: after a reload the form shows what was saved.
  await page.reload();
  await articleReady(page);
  await expect(panel.getByRole('group', { name: 'درجة الثقة' }).getByRole('radio', { name: 'منخفضة' })).toBeChecked();
  await expect(panel.getByLabel('إعادة التحقق في')).toHaveValue('2020-05-01');

  // The reviewer's queue lists it under "due for re-check", with the day.
  await page.getByRole('link', { name: 'قائمة عملي' }).click();
  const due = page.getByRole('region', { name: /مستحقة لإعادة التحقق/ });
  await expect(due).toBeVisible();
  const item = due.getByTestId('recheck-item').filter({ hasText: PHRASE });
  await expect(item).toContainText('مستحقة منذ 1 مايو 2020');
  await item.getByRole('link', { name: PHRASE }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=\\d+`));
  await expect(panel.locator('blockquote')).toHaveText(PHRASE);
  await context.close();
});
