import { type Browser, type BrowserContext, type Locator, type Page, type TestInfo, expect } from '@playwright/test';
import type { Article } from '@sanad/shared/schemas/article';
import { articleReady, createArticle, dragSelect } from './article-page.ts';
import { apiAs, browserAs, createUser, setInterfaceLanguage } from './users.ts';

/** A reviewer of the test's own who chose Arabic, in a browser of their own, with an article just added. */
export interface ArabicReviewerAtArticle {
  context: BrowserContext;
  page: Page;
  article: Article;
}

/**
 * Puts a new Arabic-speaking reviewer (`name`) at a new Arabic article
 * (`title`, `text`), opened in their browser: the set-up of the tests that
 * follow one reviewer through the Arabic interface.
 */
export async function arabicReviewerAt(browser: Browser, testInfo: TestInfo, input: { name: string; title: string; text: string }): Promise<ArabicReviewerAtArticle> {
  const reviewer = await createUser(testInfo, { name: input.name, role: 'reviewer' });
  const api = await apiAs(testInfo, reviewer.credentials);
  await setInterfaceLanguage(api, 'ar');
  const article = await createArticle(api, { title: `${input.title} ${Date.now()}`, text: input.text, language: 'ar' });
  await api.dispose();
  const { context, page } = await browserAs(browser, testInfo, reviewer.credentials);
  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  return { context, page, article };
}

/** Drags the mouse over `phrase`, presses the Arabic "mark as claim" button, and answers the claim panel showing it. */
export async function markArabicClaim(page: Page, phrase: string): Promise<Locator> {
  await dragSelect(page, phrase);
  await page.getByRole('button', { name: /تعليم كادعاء/ }).click();
  const panel = page.getByTestId('claim-panel');
  await expect(panel.locator('blockquote')).toHaveText(phrase);
  return panel;
}
