import { expect, test } from '@playwright/test';
import { organisationEndpoints } from '@sanad/shared/api/organisation';
import { ratingFor } from '@sanad/shared/rating-scale';
import { bodyOf, callApi } from './support/api.ts';
import { arabicReviewerAt, markArabicClaim } from './support/arabic-reviewer.ts';
import { DEMO_USERS, apiAs, browserAs } from './support/users.ts';

const TEXT = 'قال المتحدث إن الصادرات ارتفعت بنسبة 12 في المئة خلال الربع الأول من العام.';
const PHRASE = 'الصادرات ارتفعت بنسبة 12 في المئة';

test('An admin requires two independent sources; a reviewer in Arabic is refused at submit until a second independent source is attached', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const adminApi = await apiAs(testInfo, DEMO_USERS.admin);
  const { context: adminContext, page: admin } = await browserAs(browser, testInfo, DEMO_USERS.admin);
  try {
    // The admin sets the rule on the organisation page.
    await admin.goto('/admin/organisation');
    await admin.getByLabel('Independent sources before submission').selectOption({ label: '2 independent sources' });
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await expect(admin.getByText('Organisation settings saved.')).toBeVisible();

    const { context, page } = await arabicReviewerAt(browser, testInfo, { name: 'مراجِع الصادرات', title: 'الصادرات', text: TEXT });
    const panel = await markArabicClaim(page, PHRASE);
    await panel.getByRole('radio', { name: new RegExp(`^${ratingFor('false').labelAr}(?! في الغالب)`) }).check();
    await panel.getByLabel('التعليل').fill('تُظهر بيانات الجمارك ارتفاعًا بنسبة 4 في المئة فقط.');
    await panel.getByRole('button', { name: 'حفظ الحكم' }).click();
    await expect(page.getByTestId('toast').filter({ hasText: 'حُفظ الحكم.' })).toBeVisible();

    // Two sources that repeat one wire story: one origin, so one independent source.
    for (const [url, title] of [['https://wire.example/exports', 'خبر الوكالة'], ['https://paper.example/exports', 'الصحيفة تنقل خبر الوكالة']] as const) {
      await panel.getByRole('button', { name: 'إضافة مصدر' }).click();
      const dialog = page.getByRole('dialog', { name: 'إضافة مصدر' });
      await dialog.getByLabel('الرابط').fill(url);
      await dialog.getByLabel('العنوان').fill(title);
      await dialog.getByLabel('الناشر').fill('وكالة الأنباء');
      await dialog.getByLabel(/المنشأ/).fill('وكالة الأنباء الرسمية');
      await dialog.getByRole('radio', { name: /^يدعم/ }).check();
      await dialog.getByRole('button', { name: 'إضافة مصدر' }).click();
      await expect(dialog).toBeHidden();
    }
    const independence = panel.getByTestId('independent-sources');
    await expect(independence).toContainText('المصادر المستقلة: 1 داعمة، 0 مناقضة.');
    await expect(independence).toContainText('(1 من 2)');

    await panel.getByRole('button', { name: 'إرسال للمراجعة' }).click();
    await expect(page.getByTestId('toast').filter({ hasText: 'يحتاج الادعاء إلى مزيد من المصادر المستقلة' })).toBeVisible();
    await expect(panel.getByTestId('status-badge').first()).toHaveText('مسودة');

    // An independent contradicting source satisfies the rule.
    await panel.getByRole('button', { name: 'إضافة مصدر' }).click();
    const dialog = page.getByRole('dialog', { name: 'إضافة مصدر' });
    await dialog.getByLabel('الرابط').fill('https://customs.example/q1');
    await dialog.getByLabel('العنوان').fill('بيانات الجمارك للربع الأول');
    await dialog.getByLabel('الناشر').fill('هيئة الجمارك');
    await dialog.getByRole('radio', { name: /^يناقض/ }).check();
    await dialog.getByRole('button', { name: 'إضافة مصدر' }).click();
    await expect(dialog).toBeHidden();
    await expect(independence).toContainText('(2 من 2)');
    await panel.getByRole('button', { name: 'إرسال للمراجعة' }).click();
    await expect(page.getByTestId('toast').filter({ hasText: 'أُرسل للمراجعة.' })).toBeVisible();
    await context.close();
  } finally {
    // Later tests submit claims with the rule off, as the seed leaves it.
    const current = bodyOf(await callApi(adminApi, organisationEndpoints.get));
    await callApi(adminApi, organisationEndpoints.update, { body: { minIndependentSources: 0 }, ifMatch: current.version });
    await adminApi.dispose();
    await adminContext.close();
  }
});
