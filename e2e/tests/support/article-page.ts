import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { bodyOf, callApi } from './api.ts';

/** Adds an article through the API (tests that are not about adding articles start here). */
export async function createArticle(request: APIRequestContext, input: { title: string; text: string; language?: string }): Promise<Article> {
  const response = await callApi(request, articleEndpoints.create, { body: input });
  expect(response.status, response.text).toBe(201);
  return bodyOf(response);
}

/** Marks a claim through the API at the first occurrence of `quote` (shifted by `from`/`to` code units). */
export async function createClaim(
  request: APIRequestContext,
  article: Article,
  quote: string,
  trim: { from?: number; to?: number } = {},
): Promise<Claim> {
  const at = article.text.indexOf(quote);
  expect(at, `"${quote}" is in the article`).toBeGreaterThanOrEqual(0);
  const start = at + (trim.from ?? 0);
  const end = at + quote.length - (trim.to ?? 0);
  const response = await callApi(request, claimEndpoints.create, {
    params: { id: article.id },
    body: { start, end, quote: article.text.slice(start, end) },
  });
  expect(response.status, response.text).toBe(201);
  return bodyOf(response);
}

/**
 * Waits until the article text is laid out with its web fonts. Fonts load
 * lazily, so `document.fonts.ready` alone may resolve before the body font is
 * even requested; loading the faces the text needs first makes positions stable.
 */
export async function articleReady(page: Page): Promise<void> {
  await expect(page.getByTestId('article-text')).toBeVisible();
  await page.evaluate(async () => {
    const text = document.querySelector<HTMLElement>('[data-testid="article-text"]')!;
    const style = getComputedStyle(text);
    await document.fonts.load(`${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, text.textContent?.slice(0, 500) ?? '');
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * As an editor on `page`: opens the article and ticks "Two independent ratings for every claim" in its toolbar
 * (ADR 034), then leaves the article for the queue, so no "also viewing" line moves another browser's text.
 */
export async function requireDoubleRating(page: Page, articleId: number, { checkSaved = false } = {}): Promise<void> {
  const box = page.getByTestId('article-double-rating').getByRole('checkbox');
  await page.goto(`/articles/${articleId}`);
  await articleReady(page);
  await box.click();
  await expect(box).toBeChecked();
  if (checkSaved) {
    // Saved, not only ticked: it is still on after a reload.
    await page.reload();
    await articleReady(page);
    await expect(box).toBeChecked();
  }
  await page.goto('/queue');
}

/** Opens an article with one claim's panel open, ready to read and select (each page in turn). */
export async function openClaim(pages: Page[], article: { id: number }, claim: { id: number }): Promise<void> {
  for (const page of pages) {
    await page.goto(`/articles/${article.id}?claim=${claim.id}`);
    await articleReady(page);
  }
}

/**
 * Viewport points where a reader would press and release the mouse to select
 * a phrase of the rendered article: just inside the leading edge of its first
 * letter and just inside the trailing edge of its last letter (right and left
 * in right-to-left text). Computed from Range.getClientRects in the page.
 */
export async function dragPointsFor(page: Page, phrase: string): Promise<{ from: { x: number; y: number }; to: { x: number; y: number } }> {
  return page.evaluate((wanted) => {
    for (const paragraph of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="article-text"] > p'))) {
      const node = paragraph.firstChild;
      if (!(node instanceof Text)) continue;
      const index = node.data.indexOf(wanted);
      if (index < 0) continue;
      const rtl = getComputedStyle(paragraph).direction === 'rtl';
      const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(wanted));
      const first = graphemes[0]!;
      const last = graphemes[graphemes.length - 1]!;
      const rectOf = (start: number, end: number) => {
        const range = document.createRange();
        range.setStart(node, index + start);
        range.setEnd(node, index + end);
        const rects = range.getClientRects();
        return rects[rects.length - 1] ?? range.getBoundingClientRect();
      };
      const head = rectOf(first.index, first.index + first.segment.length);
      const tail = rectOf(last.index, last.index + last.segment.length);
      // Inside the letter's leading (trailing) quarter, never its middle: Chromium's hit test at the exact middle
      // of a thin letter (an alef is about 3 px wide) can land in neither half, and the drag then selects nothing.
      const inset = (rect: DOMRect) => Math.min(1.5, rect.width / 4);
      return {
        from: { x: rtl ? head.right - inset(head) : head.left + inset(head), y: head.top + head.height / 2 },
        to: { x: rtl ? tail.left + inset(tail) : tail.right - inset(tail), y: tail.top + tail.height / 2 },
      };
    }
    throw new Error(`Phrase not found inside a paragraph: ${wanted}`);
  }, phrase);
}

/** Selects a phrase with a real mouse drag, as a person would. */
export async function dragSelect(page: Page, phrase: string): Promise<void> {
  const { from, to } = await dragPointsFor(page, phrase);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

/** The text of every range in a named CSS highlight (empty when the highlight is not registered). */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    return highlight ? Array.from(highlight as unknown as Iterable<AbstractRange>, (range) => (range as Range).toString()) : [];
  }, name);
}

/** Marks a phrase as a claim with a mouse drag and the "Mark as claim" button; the claim panel then shows it. */
export async function markWithMouse(page: Page, phrase: string): Promise<void> {
  await scrollPhraseIntoView(page, phrase);
  await dragSelect(page, phrase);
  await page.getByRole('button', { name: /Mark as claim/ }).click();
  await expect(page.getByTestId('claim-panel').locator('blockquote')).toHaveText(phrase);
}

/** The centre of the first line box of `text` inside the rendered article (for clicking on it). */
export async function centreOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    for (const paragraph of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="article-text"] > p'))) {
      const node = paragraph.firstChild;
      if (!(node instanceof Text)) continue;
      const index = node.data.indexOf(wanted);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const rect = range.getClientRects()[0];
      if (!rect) break;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`Text not found: ${wanted}`);
  }, text);
}

/** Scrolls the page so `phrase` in the rendered article sits in the upper part of the viewport (before dragging over it). */
export async function scrollPhraseIntoView(page: Page, phrase: string): Promise<void> {
  await page.evaluate((wanted) => {
    for (const paragraph of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="article-text"] > p'))) {
      const node = paragraph.firstChild;
      if (!(node instanceof Text)) continue;
      const index = node.data.indexOf(wanted);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      window.scrollBy({ top: range.getBoundingClientRect().top - window.innerHeight / 3, behavior: 'instant' });
      return;
    }
    throw new Error(`Phrase not found inside a paragraph: ${wanted}`);
  }, phrase);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
