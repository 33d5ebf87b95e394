import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Claim } from '@sanad/shared/schemas/claim';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { bodyOf, callApi, readApi } from './support/api.ts';
import { createArticle, createClaim } from './support/article-page.ts';
import { browserAs, createUser, setInterfaceLanguage } from './support/users.ts';

const TEXT = ['قال الوزير إن معدل البطالة انخفض إلى أربعة في المئة العام الماضي.', 'وأضاف أن الجسر الجديد سيفتتح في الربيع قبل موعده المحدد.'].join('\n');

/** Rates a claim False through the API as the reviewer and submits it for review. */
async function rateAndSubmit(request: APIRequestContext, claim: Claim): Promise<Claim> {
  const rated = await callApi(request, claimEndpoints.setVerdict, { params: { id: claim.id }, body: { rating: 'false', rationale: 'تظهر الأرقام الرسمية غير ذلك.' }, ifMatch: claim.version });
  expect(rated.status, rated.text).toBe(200);
  const submitted = await callApi(request, claimEndpoints.transition, { params: { id: claim.id }, body: { to: 'submitted' }, ifMatch: bodyOf(rated).version });
  expect(submitted.status, submitted.text).toBe(200);
  return bodyOf(submitted);
}

/**
 * Presses a key as a browser does with the Arabic layout active: `key` is the
 * Arabic letter the key types, `code` the physical key. Sent to the focused
 * element (or the body), bubbling up to the page's handler.
 */
async function pressArabic(page: Page, key: string, code: string): Promise<void> {
  await page.evaluate(
    ([key, code]) => {
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true }));
    },
    [key, code] as const,
  );
}

function focusedQueueClaim(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const item = document.activeElement?.closest<HTMLElement>('[data-queue-claim]');
    return item ? Number(item.dataset.queueClaim) : null;
  });
}

test('Editor works the approval queue in the Arabic interface with an Arabic keyboard layout: ت moves, ش approves, ق asks for changes, خ opens', async ({ request, browser }, testInfo) => {
  const stamp = Date.now();
  const article = await createArticle(request, { title: `تصريحات الوزير ${stamp}`, text: TEXT, language: 'ar' });
  const first = await rateAndSubmit(request, await createClaim(request, article, 'معدل البطالة انخفض إلى أربعة في المئة'));
  const second = await rateAndSubmit(request, await createClaim(request, article, 'الجسر الجديد سيفتتح في الربيع'));

  // An editor of their own who chose Arabic on the Account page (stored with the account).
  const { credentials } = await createUser(testInfo, { name: 'محرِّرة الطابور', role: 'editor' });
  const { context, page } = await browserAs(browser, testInfo, credentials);
  await setInterfaceLanguage(context.request, 'ar');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

  const queue = page.getByTestId('approval-queue');
  await expect(queue).toHaveAttribute('aria-label', 'الادعاءات التي بانتظار الاعتماد');
  await expect(queue.locator(`[data-queue-claim="${first.id}"]`)).toBeVisible();
  await expect(queue.locator(`[data-queue-claim="${second.id}"]`)).toBeVisible();
  // The help names each key by its Latin letter and the Arabic letter it types.
  const help = page.locator('#dash-queue-keys');
  await expect(help).toContainText('الاختصارات');
  for (const label of ['J (ت)', 'K (ن)', 'A (ش)', 'R (ق)', 'O (خ)']) await expect(help.locator('kbd', { hasText: label })).toHaveCount(1);
  // The quote keeps its own direction, not the interface's.
  await expect(queue.locator(`[data-queue-claim="${first.id}"] .dash-queue__quote`)).toHaveAttribute('dir', 'rtl');

  // ت (KeyJ) moves down the queue, ن (KeyK) moves back up.
  const ids = await queue.getByTestId('approval-item').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.queueClaim)));
  const index = ids.indexOf(first.id);
  expect(index).toBeGreaterThanOrEqual(0);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i <= index; i += 1) await pressArabic(page, 'ت', 'KeyJ');
  expect(await focusedQueueClaim(page)).toBe(first.id);
  await pressArabic(page, 'ت', 'KeyJ');
  expect(await focusedQueueClaim(page)).toBe(ids[index + 1]);
  await pressArabic(page, 'ن', 'KeyK');
  expect(await focusedQueueClaim(page)).toBe(first.id);

  // ش (KeyA) approves the focused claim.
  await pressArabic(page, 'ش', 'KeyA');
  await expect(page.getByTestId('toast').filter({ hasText: 'اعتُمد الادعاء.' })).toBeVisible();
  await expect(queue.locator(`[data-queue-claim="${first.id}"]`)).toHaveCount(0);
  expect((await readApi(request, claimEndpoints.get, { params: { id: first.id } })).status).toBe('approved');

  // ق (KeyR) asks for changes on the focused claim; Escape closes the dialog.
  await queue.locator(`[data-queue-claim="${second.id}"]`).focus();
  await pressArabic(page, 'ق', 'KeyR');
  const dialog = page.getByRole('dialog', { name: 'إعادة للتعديل' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // خ (KeyO) opens the focused claim in its article.
  await queue.locator(`[data-queue-claim="${second.id}"]`).focus();
  await pressArabic(page, 'خ', 'KeyO');
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=${second.id}$`));

  await context.close();
});
