import { expect, test, type Page } from '@playwright/test';
import { ratingFor } from '@sanad/shared/rating-scale';
import { articleReady, createArticle, dragSelect } from './support/article-page.ts';
import { recordResponses } from './support/responses.ts';
import { apiAs, assignArticle, browserAs, createUser, setInterfaceLanguage } from './support/users.ts';

const TEXT = ['قال المبعوث الأممي إن الجولة الثانية ستبدأ في جنيف الشهر المقبل بحضور الوفدين.', 'وأكد المتحدث أن جدول الأعمال أُقِرّ.'].join('\n');
const PHRASE = 'ستبدأ في جنيف الشهر المقبل';
const FIRST_RATIONALE = 'أعلنت الأمم المتحدة أن الجولة افتُتحت في العاشر من شباط، لا في الشهر المقبل.';
const FIRST_COMMENT = 'تعليق المقيّم الأول: قيّمته خاطئًا بعد مراجعة جدول الأمم المتحدة.';
const SECOND_RATIONALE = 'أُعلن الموعد فعلًا، لكن الافتتاح تأخر يومًا: التصريح مضلِّل لا خاطئ.';
const NOTE = 'جدول الأمم المتحدة المنشور يحسم الموعد.';

/** A rating's radio by its Arabic label (خاطئ, not خاطئ في الغالب). */
function ratingRadio(page: Page, key: string) {
  return page.getByTestId('claim-panel').getByRole('radio', { name: new RegExp(`^${ratingFor(key).labelAr}(?! في الغالب)`) });
}

test('In the Arabic interface: an editor asks a named reviewer for a blind second rating; the raters never read each other’s rating or comments until both are in; the disagreement opens the discussion and an editor resolves it', async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const firstAccount = await createUser(testInfo, { name: 'أمل المقيّمة الأولى', role: 'reviewer' });
  const secondAccount = await createUser(testInfo, { name: 'عمر المقيّم الثاني', role: 'reviewer' });
  const editorAccount = await createUser(testInfo, { name: 'هدى المحررة', role: 'editor' });
  const setup = await apiAs(testInfo, firstAccount.credentials);
  const article = await createArticle(setup, { title: `جولة جنيف ${Date.now()}`, text: TEXT, language: 'ar' });
  await setup.dispose();
  await assignArticle(testInfo, article.id, [firstAccount.credentials, secondAccount.credentials]);

  const first = await browserAs(browser, testInfo, firstAccount.credentials);
  const second = await browserAs(browser, testInfo, secondAccount.credentials);
  const editor = await browserAs(browser, testInfo, editorAccount.credentials);
  for (const person of [first, second, editor]) await setInterfaceLanguage(person.context.request, 'ar');

  // The first reviewer marks the claim with a mouse drag over the Arabic phrase.
  await first.page.goto(`/articles/${article.id}`);
  await articleReady(first.page);
  await dragSelect(first.page, PHRASE);
  await first.page.getByRole('button', { name: /تعليم كادعاء/ }).click();
  const firstPanel = first.page.getByTestId('claim-panel');
  await expect(firstPanel.locator('blockquote')).toHaveText(PHRASE);
  const claimId = Number(new URL(first.page.url()).searchParams.get('claim'));
  expect(claimId).toBeGreaterThan(0);

  // The editor requires a second rating of this claim and asks the second reviewer by name.
  await editor.page.goto(`/articles/${article.id}?claim=${claimId}`);
  await articleReady(editor.page);
  const editorPanel = editor.page.getByTestId('claim-panel');
  await editorPanel.getByRole('checkbox', { name: 'يحتاج إلى تقييم ثانٍ مستقل' }).click();
  await expect(editorPanel.getByTestId('double-rating-state')).toHaveText('بانتظار التقييمين');
  await editorPanel.getByLabel('اطلبه من').selectOption({ label: secondAccount.user.name });
  await expect(editorPanel.getByLabel('اطلبه من')).toHaveValue(String(secondAccount.user.id));
  await editor.page.goto('/queue');

  // The first reviewer rates it خاطئ and says so in the discussion.
  await expect(firstPanel.getByTestId('double-rating-state')).toHaveText('بانتظار التقييمين');
  await ratingRadio(first.page, 'false').check();
  await firstPanel.getByLabel('التعليل').click();
  await first.page.keyboard.type(FIRST_RATIONALE);
  await firstPanel.getByRole('button', { name: 'حفظ الحكم' }).click();
  await expect(firstPanel.getByTestId('double-rating-waiting')).toBeVisible();
  await firstPanel.getByRole('tab', { name: 'النقاش' }).click();
  await firstPanel.getByLabel('إضافة تعليق').click();
  await first.page.keyboard.type(FIRST_COMMENT);
  await firstPanel.getByRole('button', { name: 'نشر التعليق' }).click();
  await expect(firstPanel.getByTestId('comment')).toContainText(FIRST_COMMENT);

  // The second reviewer opens it from the queue: the heading says the first rating is hidden, the
  // discussion says one comment is held back, and no response their browser receives holds either.
  const received = recordResponses(second.page);
  await second.page.goto('/queue');
  const due = second.page.getByTestId('second-rating-due');
  await expect(due.getByTestId('second-rating-item')).toHaveCount(1);
  await due.getByRole('link', { name: PHRASE }).click();
  await articleReady(second.page);
  const secondPanel = second.page.getByTestId('claim-panel');
  await expect(secondPanel.getByTestId('blind-notice')).toBeVisible();
  await expect(secondPanel.getByTestId('rating-hidden')).toHaveText('التقييم الأول محجوب');
  await expect(secondPanel.getByText('طُلب من عمر المقيّم الثاني.')).toBeVisible();
  await secondPanel.getByRole('tab', { name: 'النقاش' }).click();
  await expect(secondPanel.getByTestId('comments-hidden')).toContainText('تعليق واحد محجوب');
  await expect(secondPanel.getByTestId('comment')).toHaveCount(0);
  await second.page.screenshot({ path: testInfo.outputPath('arabic-blind-discussion.png') });
  await secondPanel.getByRole('tab', { name: 'التفاصيل' }).click();
  expect(received.length).toBeGreaterThan(3);
  expect(received.filter((body) => body.includes(FIRST_RATIONALE) || body.includes(FIRST_COMMENT))).toEqual([]);
  expect(received.filter((body) => /"rating":"false"/.test(body))).toEqual([]);

  // They rate it مضلِّل, blind, with the keyboard: the ratings differ.
  await ratingRadio(second.page, 'misleading').check();
  await secondPanel.getByLabel('التعليل').click();
  await second.page.keyboard.type(SECOND_RATIONALE);
  await secondPanel.getByRole('button', { name: 'أرسل تقييمي المستقل' }).click();
  await expect(secondPanel.getByTestId('double-rating-state')).toHaveText('التقييمان مختلفان');
  await expect(secondPanel.getByTestId('rating-pair')).toContainText('أمل المقيّمة الأولى');

  // The disagreement opens the discussion, and now both read the whole thread.
  await secondPanel.getByRole('tab', { name: 'النقاش' }).click();
  const thread = secondPanel.getByTestId('disagreement-thread');
  await expect(thread).toContainText('التقييمان مختلفان');
  await expect(thread).toContainText('مفتوح');
  await expect(thread.locator('[data-rating]')).toHaveCount(2);
  await expect(secondPanel.getByTestId('comment')).toContainText(FIRST_COMMENT);
  await expect(secondPanel.getByTestId('comments-hidden')).toHaveCount(0);

  // The editor keeps the first rating, with a note; the thread says it is resolved.
  await editor.page.goto(`/articles/${article.id}?claim=${claimId}`);
  await articleReady(editor.page);
  await expect(editorPanel.getByTestId('double-rating-state')).toHaveText('التقييمان مختلفان');
  const resolve = editorPanel.getByTestId('resolve-form');
  await resolve.getByRole('radio', { name: 'إبقاء التقييم الأول' }).check();
  await resolve.getByLabel('ملاحظة').click();
  await editor.page.keyboard.type(NOTE);
  await resolve.getByRole('button', { name: 'احسم' }).click();
  await expect(editorPanel.getByTestId('double-rating-state')).toHaveText('حُسم الخلاف');
  await expect(editorPanel.getByTestId('double-rating-resolution')).toContainText('حسمه هدى المحررة: أبقى التقييم الأول.');
  await editorPanel.getByRole('tab', { name: 'النقاش' }).click();
  await expect(editorPanel.getByTestId('disagreement-thread')).toContainText('محسوم');
  await expect(editorPanel.getByTestId('disagreement-thread')).toContainText(NOTE);
  await editor.page.screenshot({ path: testInfo.outputPath('arabic-disagreement-thread.png') });

  for (const person of [first, second, editor]) await person.context.close();
});
