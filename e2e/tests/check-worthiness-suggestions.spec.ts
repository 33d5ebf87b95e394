import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { arabicReviewerAt } from './support/arabic-reviewer.ts';
import { articleReady, centreOf, highlightTexts } from './support/article-page.ts';
import { apiAs, browserAs, createUser, setInterfaceLanguage } from './support/users.ts';

const ACCEPTED = 'قال وزير الصحة إن عدد الإصابات ارتفع إلى ١٢٠٠ حالة في كانون الثاني.';
const OPINION = 'أعتقد أن علينا أن نصبر.';
const DISMISSED = 'وأعلنت وزارة المالية أن العجز بلغ ٧٫٥٪ من الناتج المحلي العام الماضي.';
const KEPT = 'وبحسب الأمم المتحدة، نزح أكثر من ٣٠ ألف شخص بسبب الفيضانات.';
const TEXT = [ACCEPTED, OPINION, DISMISSED, KEPT].join('\n');

/** Turns on the toolbar's "Suggestions" switch and waits until the underlined sentences are painted. */
async function showSuggestions(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'الاقتراحات' }).check();
  await expect(page.getByTestId('suggestions-list').locator('summary')).not.toHaveText(/جارٍ/);
}

test('A reviewer in the Arabic interface sees check-worthy sentences underlined, accepts one as a claim and dismisses another', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const { context, page } = await arabicReviewerAt(browser, testInfo, { name: 'مراجِع الاقتراحات', title: 'أرقام الصحة والمالية', text: TEXT });
  await showSuggestions(page);
  await expect.poll(() => highlightTexts(page, 'sanad-check-worthy')).toEqual([ACCEPTED, DISMISSED, KEPT]);
  await expect(page.getByTestId('suggestions-list').locator('summary')).toHaveText('3 اقتراحات');

  // A click on an underlined sentence says why it was suggested.
  const at = await centreOf(page, 'وزير الصحة');
  await page.mouse.click(at.x, at.y);
  const popover = page.getByTestId('suggestion-popover');
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('listitem').filter({ hasText: 'إسناد: قال' })).toBeVisible();
  await expect(popover.getByRole('listitem').filter({ hasText: 'رقم: ١٢٠٠' })).toBeVisible();
  await expect(popover.getByRole('listitem').filter({ hasText: 'تاريخ: كانون الثاني' })).toBeVisible();

  // Accepting marks the sentence as a claim: highlighted as a claim, opened in the panel, no longer underlined.
  await popover.getByRole('button', { name: 'تحديده ادعاءً' }).click();
  await expect(popover).toBeHidden();
  await expect(page.getByTestId('claim-panel').locator('blockquote')).toHaveText(ACCEPTED);
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain(ACCEPTED);
  await expect.poll(() => highlightTexts(page, 'sanad-check-worthy')).toEqual([DISMISSED, KEPT]);
  await page.keyboard.press('Escape');

  // Dismissing another takes it away.
  const other = await centreOf(page, 'وزارة المالية');
  await page.mouse.click(other.x, other.y);
  await expect(popover.getByRole('listitem').filter({ hasText: 'نسبة مئوية: ٧٫٥٪' })).toBeVisible();
  await popover.getByRole('button', { name: 'تجاهُل' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'تُجوهل الاقتراح.' })).toBeVisible();
  await expect.poll(() => highlightTexts(page, 'sanad-check-worthy')).toEqual([KEPT]);

  // After a reload the dismissed sentence stays away and the claim stays a claim.
  await page.reload();
  await articleReady(page);
  await showSuggestions(page);
  await expect.poll(() => highlightTexts(page, 'sanad-check-worthy')).toEqual([KEPT]);
  await expect(page.getByTestId('suggestions-list').locator('summary')).toHaveText('اقتراح واحد');
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain(ACCEPTED);

  // The keyboard reaches a suggestion through the list under the switch; axe finds nothing serious there.
  const summary = page.getByTestId('suggestions-list').locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: KEPT })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(popover.getByRole('listitem').filter({ hasText: 'إسناد: وبحسب' })).toBeVisible();
  await expect(popover.getByRole('listitem').filter({ hasText: 'سببية: بسبب' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await context.close();
});

test('A reviewer who has just added an article finds the suggestions already shown', async ({ page }) => {
  const title = `Flood figures ${Date.now()}`;
  await page.goto('/');
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('textbox', { name: 'Text' }).fill(TEXT);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await articleReady(page);
  await expect(page.getByRole('checkbox', { name: 'Suggestions' })).toBeChecked();
  await expect.poll(() => highlightTexts(page, 'sanad-check-worthy')).toEqual([ACCEPTED, DISMISSED, KEPT]);
  await expect(page.getByTestId('suggestions-list').locator('summary')).toHaveText('3 suggestions');
});

test('A reviewer dismisses a suggestion and it leaves the screen of another reviewer on the same article at once', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const { context, page, article } = await arabicReviewerAt(browser, testInfo, { name: 'مراجِعة تتجاهل', title: 'أرقام تُرى معًا', text: TEXT });
  const colleague = await createUser(testInfo, { name: 'مراجِع يشاهد', role: 'reviewer' });
  const api = await apiAs(testInfo, colleague.credentials);
  await setInterfaceLanguage(api, 'ar');
  await api.dispose();
  const other = await browserAs(browser, testInfo, colleague.credentials);
  await other.page.goto(`/articles/${article.id}`);
  await articleReady(other.page);
  await showSuggestions(page);
  await showSuggestions(other.page);
  await expect.poll(() => highlightTexts(other.page, 'sanad-check-worthy')).toEqual([ACCEPTED, DISMISSED, KEPT]);

  const at = await centreOf(page, 'وزارة المالية');
  await page.mouse.click(at.x, at.y);
  await page.getByTestId('suggestion-popover').getByRole('button', { name: 'تجاهُل' }).click();
  await expect.poll(() => highlightTexts(page, 'sanad-check-worthy')).toEqual([ACCEPTED, KEPT]);
  // No reload on the other screen: the dismissal arrives on the article's live stream.
  await expect.poll(() => highlightTexts(other.page, 'sanad-check-worthy')).toEqual([ACCEPTED, KEPT]);
  await expect(other.page.getByTestId('suggestions-list').locator('summary')).toHaveText('اقتراحان');
  await other.context.close();
  await context.close();
});
