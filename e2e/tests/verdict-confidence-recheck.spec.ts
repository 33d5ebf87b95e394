import { expect, test } from '@playwright/test';
import { ratingFor } from '@sanad/shared/rating-scale';
import { articleReady, createArticle, dragSelect } from './support/article-page.ts';
import { apiAs, browserAs, createUser, setInterfaceLanguage } from './support/users.ts';

const TEXT = 'أعلنت الوزارة أن عدد السكان بلغ 5.2 مليون نسمة وفق تقديرات أولية ستُراجَع بعد التعداد العام.';
const PHRASE = 'عدد السكان بلغ 5.2 مليون نسمة';

test('A reviewer in the Arabic interface states how sure the verdict is and when to check it again; the day brings it to the re-check list', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const reviewer = await createUser(testInfo, { name: 'مراجِعة التقديرات', role: 'reviewer' });
  const api = await apiAs(testInfo, reviewer.credentials);
  await setInterfaceLanguage(api, 'ar');
  const article = await createArticle(api, { title: `تقديرات السكان ${Date.now()}`, text: TEXT, language: 'ar' });
  await api.dispose();

  const { context, page } = await browserAs(browser, testInfo, reviewer.credentials);
  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await dragSelect(page, PHRASE);
  await page.getByRole('button', { name: /تعليم كادعاء/ }).click();
  const panel = page.getByTestId('claim-panel');
  await expect(panel.locator('blockquote')).toHaveText(PHRASE);

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
