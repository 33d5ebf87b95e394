import { expect, test, type Page } from '@playwright/test';
import { articleReady, createArticle, createClaim, highlightTexts } from './support/article-page.ts';
import { browserAs, createUser, setInterfaceLanguage } from './support/users.ts';

const TEXT = [
  'The port handled 2.4 million containers last year, a record for the region.',
  'Its operator says the new quay doubled capacity within six months.',
  'Shipping lines added four weekly routes to East Africa.',
].join('\n');

/**
 * Presses a key as a browser does with the Arabic (101) layout active: the
 * physical key (`code`) is the Latin letter's, the character (`key`) is
 * Arabic. Dispatched on the focused element, from where it bubbles to the
 * document like a real key press.
 */
async function pressArabic(page: Page, code: string, key: string): Promise<void> {
  await page.evaluate(
    ({ code, key }) => {
      const target = document.activeElement ?? document.body;
      for (const type of ['keydown', 'keyup']) target.dispatchEvent(new KeyboardEvent(type, { key, code, bubbles: true, cancelable: true }));
    },
    { code, key },
  );
}

test('Reviewer with an Arabic keyboard layout moves through claims with ت/ن and marks a claim with ة', async ({ page, request }) => {
  const article = await createArticle(request, { title: `Port capacity ${Date.now()}`, text: TEXT, language: 'en' });
  await createClaim(request, article, 'handled 2.4 million containers last year');
  await createClaim(request, article, 'doubled capacity within six months');

  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  const entries = page.getByTestId('claim-entry');
  await expect(entries).toHaveCount(2);

  // J (ت on the Arabic layout) goes to the next claim, K (ن) back to the previous one.
  await page.locator('body').focus();
  await pressArabic(page, 'KeyJ', 'ت');
  await expect(entries.nth(0)).toBeFocused();
  await pressArabic(page, 'KeyJ', 'ت');
  await expect(entries.nth(1)).toBeFocused();
  await pressArabic(page, 'KeyK', 'ن');
  await expect(entries.nth(0)).toBeFocused();

  // M (ة) marks the selected words.
  const text = page.getByTestId('article-text');
  await text.focus();
  await page.keyboard.press('Control+Home');
  const wanted = 'The port';
  for (let i = 0; i < wanted.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(wanted);
  await pressArabic(page, 'KeyM', 'ة');
  const panel = page.getByTestId('claim-panel');
  await expect(panel.locator('blockquote')).toHaveText(wanted);
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain(wanted);

  // With a claim open, ت opens the next claim in reading order.
  await page.locator('body').focus();
  await pressArabic(page, 'KeyJ', 'ت');
  await expect(panel.locator('blockquote')).toHaveText('handled 2.4 million containers last year');
});

test('The Arabic interface names each shortcut by its key and its Arabic letter', async ({ request, browser }, testInfo) => {
  const stamp = Date.now();
  const article = await createArticle(request, { title: `Port routes ${stamp}`, text: TEXT, language: 'en' });
  await createClaim(request, article, 'added four weekly routes');
  const { credentials } = await createUser(testInfo, { name: 'مراجِعة الاختصارات', role: 'reviewer' });
  const { context, page } = await browserAs(browser, testInfo, credentials);
  await setInterfaceLanguage(context.request, 'ar');
  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const help = page.locator('.keyboard-help');
  for (const key of ['M (ة)', 'J (ت)', 'K (ن)']) await expect(help.locator('kbd', { hasText: key })).toHaveCount(1);

  // The shortcuts work the same in the Arabic interface.
  await page.locator('body').focus();
  await pressArabic(page, 'KeyJ', 'ت');
  await expect(page.getByTestId('claim-entry').first()).toBeFocused();
  // The slash key types ظ on an Arabic layout: it still opens find-in-article. The tab carries the article's title.
  await page.locator('body').focus();
  await pressArabic(page, 'Slash', 'ظ');
  await expect(page.getByRole('search', { name: 'بحث في المقال', exact: true }).getByRole('searchbox')).toBeFocused();
  await expect(page).toHaveTitle(`Port routes ${stamp} · سند`);
  await context.close();
});
