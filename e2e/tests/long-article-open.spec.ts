import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { endpointUrl } from '@sanad/shared/api/endpoint';
import { ratingScaleEndpoints } from '@sanad/shared/api/rating-scale';
import { sessionEndpoints } from '@sanad/shared/api/session';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import { bodyOf, callApi } from './support/api.ts';
import { articleReady, centreOf, createArticle, createClaim, highlightTexts, scrollPhraseIntoView } from './support/article-page.ts';

/**
 * Opening a long article (issue #15, ADR 028): the page paints and lists the claims from the compact
 * claim index, and a claim's panel shows its detail (sources, verdict) fetched on its own.
 */
const PARAGRAPHS = 400;
const CLAIMS = 200;
const statement = (index: number) => `Statement ${index + 1} reports a figure of ${(index + 1) * 7} units.`;
const filler =
  'The ministry published the figure in its annual report, and the opposition disputed it in parliament the following week, ' +
  'citing the audit office and two independent studies of the same period.';
const SOURCE_TITLE = 'Audit office annual report';

/** A long article (paragraphs of uneven length, about 240,000 characters) with a claim in every other paragraph; the last one rated and sourced. */
async function longArticle(request: APIRequestContext, title: string): Promise<{ article: Article; last: Claim; quotes: string[] }> {
  const text = Array.from({ length: PARAGRAPHS }, (_, index) => [statement(index), ...Array.from({ length: 1 + (index % 4) }, () => filler)].join(' ')).join('\n');
  const article = await createArticle(request, { title: `${title} ${Date.now()}`, text, language: 'en' });
  const quotes = Array.from({ length: CLAIMS }, (_, index) => statement(index * 2 + 1));
  let last: Claim | undefined;
  for (const quote of quotes) last = await createClaim(request, article, quote);
  const rated = await callApi(request, claimEndpoints.setVerdict, { params: { id: last!.id }, body: { rating: 'false', rationale: 'The audit office counted fewer.' }, ifMatch: last!.version });
  expect(rated.status, rated.text).toBe(200);
  const sourced = await callApi(request, claimEndpoints.attachSource, {
    params: { id: last!.id },
    body: { url: `https://example.org/audit-${Date.now()}`, title: SOURCE_TITLE, publisher: 'Audit office', stance: 'contradicts' },
  });
  expect(sourced.status, sourced.text).toBe(201);
  return { article, last: bodyOf(sourced), quotes };
}

/** Whether `quote` is on screen in the article and painted by a registered highlight range over exactly its text. */
async function paintedOnScreen(page: Page, quote: string): Promise<{ onScreen: boolean; painted: boolean }> {
  return page.evaluate((wanted) => {
    const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
    const startOf = (node: Node) => Number(node.parentElement?.dataset.start ?? Number.NaN);
    const painted = new Set<string>();
    for (const highlight of registry.values()) {
      for (const range of highlight) painted.add(`${startOf(range.startContainer) + range.startOffset}-${startOf(range.endContainer) + range.endOffset}`);
    }
    for (const paragraph of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="article-text"] > p[data-start]'))) {
      const node = paragraph.firstChild;
      if (!(node instanceof Text)) continue;
      const index = node.data.indexOf(wanted);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const rect = range.getBoundingClientRect();
      const start = Number(paragraph.dataset.start) + index;
      return { onScreen: rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight, painted: painted.has(`${start}-${start + wanted.length}`) };
    }
    return { onScreen: false, painted: false };
  }, quote);
}

/** The claim's panel with what only its detail carries: its source. */
async function expectPanelWithDetail(page: Page, quote: string): Promise<void> {
  const panel = page.getByTestId('claim-panel');
  await expect(panel.locator('blockquote').first()).toHaveText(quote);
  await expect(panel).toContainText(`Claim ${CLAIMS} of ${CLAIMS}`);
  await expect(panel.getByTestId('source-item')).toContainText(SOURCE_TITLE);
}

test('Reviewer opens a long article from the article list and selects a claim far down by clicking its text', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { article, quotes } = await longArticle(request, 'Long article from the list');
  const target = quotes[CLAIMS - 1]!;
  const detailUrl = new RegExp(`/api/claims/\\d+$`);

  await page.goto('/');
  await page.getByRole('link', { name: article.title }).first().click();
  await articleReady(page);
  // Every claim is listed and counted from the index.
  await expect(page.getByRole('list', { name: `Claims in reading order, ${CLAIMS}` })).toBeVisible();

  await scrollPhraseIntoView(page, target);
  await expect.poll(() => paintedOnScreen(page, target), { timeout: 10_000 }).toEqual({ onScreen: true, painted: true });
  const detail = page.waitForResponse((response) => detailUrl.test(new URL(response.url()).pathname) && response.status() === 200);
  const { x, y } = await centreOf(page, target);
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(new RegExp(`[?&]claim=\\d+`));
  await detail;
  await expectPanelWithDetail(page, target);
  await expect.poll(() => highlightTexts(page, 'sanad-active')).toEqual([target]);
});

test('Reviewer follows a link to a claim far down a long article: it is painted on screen with its panel, and the article, claim index, session and rating scale came with the page', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { article, last, quotes } = await longArticle(request, 'Long article by link');
  const target = quotes[CLAIMS - 1]!;
  const preloaded = [
    endpointUrl(articleEndpoints.get, { id: article.id }),
    endpointUrl(claimEndpoints.index, { id: article.id }),
    endpointUrl(sessionEndpoints.get),
    endpointUrl(ratingScaleEndpoints.list),
  ];

  // Every request the page makes, as Chromium's devtools protocol sees it: a preload the app's fetch did not reuse
  // (another URL, mode or credentials mode) would show as a second request of the same URL, sent by script.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const sent: { path: string; initiator: string }[] = [];
  cdp.on('Network.requestWillBeSent', (event) => sent.push({ path: new URL(event.request.url).pathname, initiator: event.initiator.type }));

  await page.goto(`/articles/${article.id}?claim=${last.id}`);
  await articleReady(page);
  await expectPanelWithDetail(page, target);
  await expect.poll(() => paintedOnScreen(page, target), { timeout: 10_000 }).toEqual({ onScreen: true, painted: true });
  await expect.poll(() => highlightTexts(page, 'sanad-active')).toEqual([target]);
  await expect(page.getByRole('list', { name: `Claims in reading order, ${CLAIMS}` })).toBeHidden();
  for (const path of preloaded) {
    expect(sent.filter((request) => request.path === path), path).toEqual([{ path, initiator: 'parser' }]);
  }
  // The full claim list is never asked for.
  expect(sent.filter((request) => request.path === endpointUrl(claimEndpoints.list, { id: article.id }))).toEqual([]);

  // Back to the list and into the claim again by clicking its text: the same panel with its detail.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('claim-panel')).toBeHidden();
  await scrollPhraseIntoView(page, target);
  const { x, y } = await centreOf(page, target);
  await page.mouse.click(x, y);
  await expectPanelWithDetail(page, target);
});

test('Pressing on a claim in the list asks for its detail and the panel’s code before the button comes up, and the click opens it', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { article, last, quotes } = await longArticle(request, 'Long article pressed');
  const target = quotes[CLAIMS - 1]!;
  const detailPath = endpointUrl(claimEndpoints.get, { id: last.id });
  const asked: string[] = [];
  page.on('request', (sent) => asked.push(new URL(sent.url()).pathname));

  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  await page.locator('.workspace__aside').evaluate((aside) => aside.scrollTo({ top: aside.scrollHeight }));
  const entry = page.locator(`[data-claim-entry="${last.id}"]`);
  await entry.scrollIntoViewIfNeeded();
  // No claim has been opened on this page: the panel's code has not been asked for.
  expect(asked.filter((path) => path.includes('article-claim-details'))).toEqual([]);

  const box = (await entry.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const code = page.waitForRequest((sent) => new URL(sent.url()).pathname.includes('article-claim-details'));
  await page.mouse.down();
  await code;
  await expect.poll(() => asked.includes(detailPath)).toBe(true);
  // Still only pressed: nothing is open yet.
  await expect(page).not.toHaveURL(/[?&]claim=/);
  await page.mouse.up();
  await expect(page).toHaveURL(new RegExp(`[?&]claim=${last.id}`));
  await expectPanelWithDetail(page, target);
  // The detail was read once, for the press and the click together.
  expect(asked.filter((path) => path === detailPath)).toHaveLength(1);
});
