import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Report } from '@sanad/shared/schemas/report';
import { ratingFor } from '@sanad/shared/rating-scale';
import { articleReady, createArticle, dragSelect } from './support/article-page.ts';
import { apiAs, browserAs, createUser, setInterfaceLanguage } from './support/users.ts';

const TEXT = [
  'قال وزير الاقتصاد أمام البرلمان إن معدل البطالة انخفض إلى أربعة في المئة العام الماضي.',
  'وأضاف أن الجسر الجديد سيفتتح في الربيع قبل موعده المحدد.',
].join('\n');
const PHRASE = 'معدل البطالة انخفض إلى أربعة في المئة';
const RATIONALE = 'تُظهر نشرة جهاز الإحصاء أن معدل البطالة بلغ 6.1 في المئة في الربع الأخير من العام الماضي.';
const SOURCES = [
  { url: 'https://stats.example.gov/labour-2024', title: 'نشرة سوق العمل للربع الرابع', publisher: 'جهاز الإحصاء', stance: 'يناقض', key: 'contradicts' },
  { url: 'https://news.example.org/minister-jobs', title: 'الوزير: البطالة في أدنى مستوياتها', publisher: 'وكالة الأنباء', stance: 'يدعم', key: 'supports' },
] as const;

/** The page's `<html>` speaks Arabic, right to left. */
async function expectArabicPage(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

/** The boxes of the claim panel and of the article text, once both are laid out. */
async function sides(page: Page): Promise<{ panel: { x: number; width: number }; text: { x: number; width: number } }> {
  const panel = await page.getByTestId('claim-panel').boundingBox();
  const text = await page.getByTestId('article-text').boundingBox();
  expect(panel, 'the claim panel is laid out').not.toBeNull();
  expect(text, 'the article text is laid out').not.toBeNull();
  return { panel: panel!, text: text! };
}

function statusOf(panel: Locator): Locator {
  return panel.getByRole('heading', { name: /ادعاء/ }).getByTestId('status-badge');
}

test('Reviewer and editor take an Arabic claim from a mouse drag to a published report, all in the Arabic interface', async ({ browser, page: englishPage }, testInfo) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  // A reviewer and an editor of their own, who both chose Arabic on the Account page.
  const reviewerAccount = await createUser(testInfo, { name: 'مراجِعة الجولة الكاملة', role: 'reviewer' });
  const editorAccount = await createUser(testInfo, { name: 'محرِّر الجولة الكاملة', role: 'editor' });
  const reviewerApi = await apiAs(testInfo, reviewerAccount.credentials);
  await setInterfaceLanguage(reviewerApi, 'ar');
  const article = await createArticle(reviewerApi, { title: `تصريحات وزير الاقتصاد ${stamp}`, text: TEXT, language: 'ar' });
  await reviewerApi.dispose();

  // The reviewer's browser speaks Arabic, so the login page opens in Arabic before anyone logs in.
  const reviewerContext = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: 'ar',
    storageState: { cookies: [], origins: [] },
  });
  const page = await reviewerContext.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expectArabicPage(page);
  await expect(page.getByRole('heading', { name: 'تسجيل الدخول إلى سند' })).toBeVisible();
  await page.getByLabel('البريد الإلكتروني').click();
  await page.keyboard.type(reviewerAccount.credentials.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('كلمة المرور')).toBeFocused();
  await page.keyboard.type(reviewerAccount.credentials.password);
  await page.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click();
  await expect(page.getByTestId('current-user')).toContainText('مراجِعة الجولة الكاملة');
  await expect(page.getByTestId('current-user')).toContainText('مراجِع');

  // The reviewer opens the article from the list.
  await expectArabicPage(page);
  await page.getByRole('link', { name: article.title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));
  await articleReady(page);
  await expectArabicPage(page);
  await expect(page.getByRole('complementary', { name: 'الادعاءات' })).toBeVisible();

  // A mouse drag over the phrase, then the Arabic "mark as claim" button.
  await dragSelect(page, PHRASE);
  await page.getByRole('button', { name: /تعليم كادعاء/ }).click();
  const panel = page.getByTestId('claim-panel');
  await expect(panel.locator('blockquote')).toHaveText(PHRASE);
  await expect(page.getByTestId('toast').filter({ hasText: 'عُلِّم الادعاء.' })).toBeVisible();
  await expect(statusOf(panel)).toHaveText('مسودة');
  const claimId = Number(new URL(page.url()).searchParams.get('claim'));
  expect(claimId).toBeGreaterThan(0);

  // The layout mirrors: in English the claim panel is right of the article text, in Arabic left of it.
  await englishPage.goto(`/articles/${article.id}?claim=${claimId}`);
  await articleReady(englishPage);
  await expect(englishPage.locator('html')).toHaveAttribute('dir', 'ltr');
  const english = await sides(englishPage);
  expect(english.panel.x, 'in English the panel starts after the text ends').toBeGreaterThanOrEqual(english.text.x + english.text.width);
  const arabic = await sides(page);
  expect(arabic.panel.x + arabic.panel.width, 'in Arabic the panel ends before the text starts').toBeLessThanOrEqual(arabic.text.x);

  // Rated خاطئ (False) with a rationale, by the Arabic labels.
  const falseLabel = ratingFor('false').labelAr;
  expect(falseLabel).toBe('خاطئ');
  await panel.getByRole('radio', { name: new RegExp(`^${falseLabel}(?! في الغالب)`) }).check();
  await panel.getByLabel('التعليل').click();
  await page.keyboard.type(RATIONALE);
  await panel.getByRole('button', { name: 'حفظ الحكم' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'حُفظ الحكم.' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'تحديث الحكم' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: /ادعاء/ }).locator('[data-rating]')).toHaveAttribute('data-rating', 'false');

  // A contradicting and a supporting source through the source dialog.
  for (const source of SOURCES) {
    await panel.getByRole('button', { name: 'إضافة مصدر' }).click();
    const dialog = page.getByRole('dialog', { name: 'إضافة مصدر' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('الرابط').fill(source.url);
    await dialog.getByLabel('العنوان').fill(source.title);
    await dialog.getByLabel('الناشر').fill(source.publisher);
    await dialog.getByRole('radio', { name: new RegExp(`^${source.stance}`) }).check();
    await dialog.getByRole('button', { name: 'إضافة مصدر' }).click();
    await expect(dialog).toBeHidden();
    await expect(panel.locator(`[data-stance="${source.key}"]`).getByRole('link', { name: source.title })).toBeVisible();
  }
  await expect(panel.getByTestId('source-item')).toHaveCount(2);

  await panel.getByRole('button', { name: 'إرسال للمراجعة' }).click();
  await expect(statusOf(panel)).toHaveAttribute('data-status', 'submitted');
  await expect(statusOf(panel)).toHaveText('بانتظار الاعتماد');

  // The editor, in a browser of their own, approves it in the Arabic interface.
  const editor = await browserAs(browser, testInfo, editorAccount.credentials);
  await setInterfaceLanguage(editor.context.request, 'ar');
  await editor.page.goto(`/articles/${article.id}?claim=${claimId}`);
  await articleReady(editor.page);
  await expectArabicPage(editor.page);
  const editorPanel = editor.page.getByTestId('claim-panel');
  await expect(editorPanel.locator('blockquote')).toHaveText(PHRASE);
  await expect(statusOf(editorPanel)).toHaveText('بانتظار الاعتماد');
  await editorPanel.getByRole('button', { name: 'اعتمِد', exact: true }).click();
  await expect(editor.page.getByTestId('toast').filter({ hasText: 'اعتُمد الادعاء.' })).toBeVisible();
  await expect(statusOf(editorPanel)).toHaveAttribute('data-status', 'approved');
  await expect(statusOf(editorPanel)).toHaveText('معتمد');
  // The reviewer sees it approved, live.
  await expect(statusOf(panel)).toHaveText('معتمد');

  // The editor publishes from the report preview, confirming in the dialog with the keyboard.
  await editor.page.getByRole('link', { name: 'معاينة التقرير' }).click();
  await expect(editor.page).toHaveURL(new RegExp(`/articles/${article.id}/summary$`));
  await expectArabicPage(editor.page);
  const publication = editor.page.getByTestId('publication-panel');
  await expect(publication.getByTestId('publication-state')).toHaveText('غير منشور');
  await editor.page.getByRole('button', { name: 'انشر الادعاء المعتمد' }).click();
  const confirm = editor.page.getByRole('alertdialog', { name: 'نشر هذا التحقق؟' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'إلغاء' })).toBeFocused();
  await editor.page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'انشر', exact: true })).toBeFocused();
  await editor.page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(publication.getByTestId('publication-state')).toHaveText('منشور · النشرة 1');

  // The published report, downloaded from the Arabic download bar.
  const downloads = editor.page.getByRole('navigation', { name: 'تنزيل التقرير المنشور' });
  const [file] = await Promise.all([editor.page.waitForEvent('download'), downloads.getByRole('link', { name: 'JSON' }).click()]);
  expect(file.suggestedFilename()).toBe(`sanad-article-${article.id}-published.json`);
  const report = JSON.parse(readFileSync(await file.path(), 'utf8')) as Report;
  expect(report.claims).toHaveLength(1);
  const [claim] = report.claims;
  expect(claim!.quote).toBe(PHRASE);
  expect(claim!.verdict).toMatchObject({ rating: 'false', labelAr: 'خاطئ', rationale: RATIONALE });
  expect(claim!.sources.contradicts?.map((source) => source.title)).toEqual([SOURCES[0].title]);
  expect(claim!.sources.supports?.map((source) => source.title)).toEqual([SOURCES[1].title]);

  await editor.context.close();
  await reviewerContext.close();
});
