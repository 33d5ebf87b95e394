import { expect, test } from '@playwright/test';
import { ratingFor } from '@sanad/shared/rating-scale';
import { arabicReviewerAt, markArabicClaim } from './support/arabic-reviewer.ts';
import { articleReady } from './support/article-page.ts';

const TEXT = 'توقّع الوزير أن يتضاعف عدد السياح في العام المقبل بفضل الخطة الجديدة.';
const PHRASE = 'أن يتضاعف عدد السياح في العام المقبل';

test('A reviewer in the Arabic interface marks a prediction: a truth rating is refused with the reason, a rating off the scale is kept, the list shows the kind', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const { context, page } = await arabicReviewerAt(browser, testInfo, { name: 'مراجِعة التوقعات', title: 'توقعات السياحة', text: TEXT });
  const panel = await markArabicClaim(page, PHRASE);

  const kind = panel.getByLabel('نوع الادعاء');
  await expect(kind).toHaveValue('factual');
  await kind.selectOption({ label: 'توقع' });
  await expect(page.getByTestId('toast').filter({ hasText: 'حُفظ نوع الادعاء.' })).toBeVisible();

  // A truth rating is refused, with the reason in Arabic.
  await panel.getByRole('radio', { name: new RegExp(`^${ratingFor('false').labelAr}(?! في الغالب)`) }).check();
  await panel.getByLabel('التعليل').fill('لا تدعم أرقام الحجوزات هذا التوقع.');
  await panel.getByRole('button', { name: 'حفظ الحكم' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'لا يُعطى التوقع أو الرأي حكمًا بالصحة أو الخطأ' })).toBeVisible();

  // A rating off the scale is kept.
  await panel.getByRole('radio', { name: new RegExp(`^${ratingFor('unverifiable').labelAr}`) }).check();
  await panel.getByRole('button', { name: 'حفظ الحكم' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'حُفظ الحكم.' })).toBeVisible();

  // Back in the list, the claim says what kind it is; after a reload too.
  await page.reload();
  await articleReady(page);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('claim-entry').filter({ hasText: PHRASE }).getByTestId('claim-kind-tag')).toHaveText('توقع');
  await context.close();
});
