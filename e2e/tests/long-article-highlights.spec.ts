import { expect, test, type Page } from '@playwright/test';
import { articleReady, centreOf, createArticle, createClaim, dragSelect, highlightTexts, scrollPhraseIntoView } from './support/article-page.ts';

const PARAGRAPHS = 240;
const statement = (index: number) => `Statement ${index + 1} reports a figure of ${(index + 1) * 7} units.`;
const filler =
  'The ministry published the figure in its annual report, and the opposition disputed it in parliament the following week, ' +
  'citing the audit office and two independent studies of the same period.';

/**
 * The claims whose text is on screen, and whether each has a registered
 * highlight range over exactly its text (compared by article offsets: the
 * paragraph's `data-start` plus the offset in its text node).
 */
async function claimsOnScreen(page: Page, quotes: string[]): Promise<{ quote: string; painted: boolean }[]> {
  return page.evaluate((wanted) => {
    const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
    const startOf = (node: Node) => Number(node.parentElement?.dataset.start ?? Number.NaN);
    const painted = new Set<string>();
    for (const highlight of registry.values()) {
      for (const range of highlight) painted.add(`${startOf(range.startContainer) + range.startOffset}-${startOf(range.endContainer) + range.endOffset}`);
    }
    const result: { quote: string; painted: boolean }[] = [];
    for (const paragraph of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="article-text"] > p[data-start]'))) {
      const node = paragraph.firstChild;
      if (!(node instanceof Text)) continue;
      for (const quote of wanted) {
        const index = node.data.indexOf(quote);
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + quote.length);
        const rect = range.getBoundingClientRect();
        if (rect.bottom <= 0 || rect.top >= window.innerHeight) continue;
        const start = Number(paragraph.dataset.start) + index;
        result.push({ quote, painted: painted.has(`${start}-${start + quote.length}`) });
      }
    }
    return result;
  }, quotes);
}

/**
 * Share of the pixels inside the first line box of `phrase` (in the paragraph
 * that holds `paragraphWith`) that have the
 * colour the unrated highlight paints over the article's background, read
 * from a real screenshot (decoded on a blank page, outside the app's CSP).
 */
async function shareOfHighlightPixels(page: Page, phrase: string, paragraphWith: string): Promise<number> {
  const { rect, colour } = await page.evaluate(({ wanted, within }) => {
    const text = document.querySelector<HTMLElement>('[data-testid="article-text"]')!;
    for (const paragraph of Array.from(text.querySelectorAll<HTMLElement>(':scope > p'))) {
      const node = paragraph.firstChild;
      if (!(node instanceof Text) || !node.data.includes(within)) continue;
      const index = node.data.indexOf(wanted);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const box = range.getClientRects()[0]!;
      // The painted colour: the highlight's background over the frame's.
      const parse = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
      const [r = 0, g = 0, b = 0, a = 1] = parse(getComputedStyle(text, '::highlight(sanad-unrated)').backgroundColor);
      const [br = 255, bg = 255, bb = 255] = parse(getComputedStyle(text.closest('.article-text-frame')!).backgroundColor);
      return {
        rect: { x: box.left, y: box.top, width: box.width, height: box.height },
        colour: [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a)],
      };
    }
    throw new Error(`Phrase not found: ${wanted}`);
  }, { wanted: phrase, within: paragraphWith });
  const png = await page.screenshot({ clip: rect });
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(
      async ({ data, expected }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        let matching = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          const distance = Math.abs(pixels[i]! - expected[0]!) + Math.abs(pixels[i + 1]! - expected[1]!) + Math.abs(pixels[i + 2]! - expected[2]!);
          if (distance <= 12) matching += 1;
        }
        return matching / (pixels.length / 4);
      },
      { data: png.toString('base64'), expected: colour },
    );
  } finally {
    await blank.close();
  }
}

test('Reviewer scrolls far down a long article and finds the claims there highlighted', async ({ page, request }) => {
  const text = Array.from({ length: PARAGRAPHS }, (_, index) => `${statement(index)} ${filler}`).join('\n');
  const article = await createArticle(request, { title: `Long article ${Date.now()}`, text, language: 'en' });
  const quotes = Array.from({ length: PARAGRAPHS }, (_, index) => statement(index));
  for (let from = 0; from < PARAGRAPHS; from += 25) {
    await Promise.all(quotes.slice(from, from + 25).map((quote) => createClaim(request, article, quote)));
  }

  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  await expect(page.getByRole('list', { name: `Claims in reading order, ${PARAGRAPHS}` })).toBeVisible();

  // At the top: the claims on screen are painted, and only those near the screen have ranges.
  await expect.poll(async () => (await claimsOnScreen(page, quotes)).filter((claim) => claim.painted).length).toBeGreaterThan(2);
  expect((await claimsOnScreen(page, quotes)).every((claim) => claim.painted)).toBe(true);
  const nearTop = await highlightTexts(page, 'sanad-unrated');
  expect(nearTop).toContain(quotes[0]);
  expect(nearTop.length).toBeLessThan(PARAGRAPHS / 2);

  // Far down with the mouse wheel, over the text, as a reader scrolls.
  const target = quotes[200]!;
  const middle = await centreOf(page, quotes[1]!);
  await page.mouse.move(middle.x, middle.y);
  // Steps no longer than the distance left, so the wheel does not carry the claim past the screen.
  for (let step = 0; step < 300; step += 1) {
    const top = await page.evaluate(() => document.querySelector('[data-testid="article-text"] > p:nth-of-type(201)')!.getBoundingClientRect().top);
    if (top > 0 && top < 450) break;
    await page.mouse.wheel(0, Math.max(-800, Math.min(800, top - 300)));
    await page.waitForTimeout(50);
  }
  const onScreen = () => claimsOnScreen(page, quotes);
  await expect.poll(async () => (await onScreen()).some((claim) => claim.quote === target)).toBe(true);
  await expect.poll(async () => (await onScreen()).filter((claim) => !claim.painted).map((claim) => claim.quote)).toEqual([]);
  expect((await onScreen()).length).toBeGreaterThan(2);
  const farDown = await highlightTexts(page, 'sanad-unrated');
  expect(farDown).toContain(target);
  expect(farDown).not.toContain(quotes[0]);

  // The paint is really on screen: the highlight's colour covers most of the claim's line box (and not a stretch without claims).
  expect(await shareOfHighlightPixels(page, target, target)).toBeGreaterThan(0.3);
  expect(await shareOfHighlightPixels(page, 'The ministry published the figure', target)).toBeLessThan(0.05);

  // A claim down there opens from the text, and is drawn as the active claim.
  const spot = await centreOf(page, 'reports a figure of 1407');
  await page.mouse.click(spot.x, spot.y);
  await expect(page.getByTestId('claim-panel').locator('blockquote').first()).toHaveText(target);
  await expect.poll(() => highlightTexts(page, 'sanad-active')).toEqual([target]);

  // Find jumps to a match further down still; it is painted there, as a match and as the current one.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('claim-panel')).toBeHidden();
  await page.keyboard.press('/');
  await page.keyboard.type('figure of 1617 units');
  await expect(page.getByTestId('find-status')).toHaveText('1 of 1');
  await expect.poll(() => highlightTexts(page, 'sanad-find-current')).toEqual(['figure of 1617 units']);
  await expect.poll(() => highlightTexts(page, 'sanad-find')).toEqual(['figure of 1617 units']);
  await expect.poll(async () => (await claimsOnScreen(page, [quotes[230]!])).map((claim) => claim.painted)).toEqual([true]);
});

test('Reviewer opens the last claim of a long article from the list, lands on its text and marks a claim beside it', async ({ page, request }) => {
  // Paragraphs of one to seven sentences of filler: their heights differ, as they do in real articles, so the heights the
  // browser estimates for paragraphs it has not laid out yet (content-visibility, ADR 012) are off by various amounts.
  const text = Array.from({ length: PARAGRAPHS }, (_, index) => [statement(index), ...Array.from({ length: 1 + (index % 7) }, () => filler)].join(' ')).join('\n');
  const article = await createArticle(request, { title: `Long article, last claim ${Date.now()}`, text, language: 'en' });
  const quotes = Array.from({ length: PARAGRAPHS }, (_, index) => statement(index));
  const marked = [0, 1, 2, 120, PARAGRAPHS - 1].map((index) => quotes[index]!);
  for (const quote of marked) await createClaim(request, article, quote);

  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  await expect(page.getByRole('list', { name: `Claims in reading order, ${marked.length}` })).toBeVisible();

  // K from nowhere goes to the last claim in the list; Enter opens it and the text scrolls to it, painted as the active claim.
  const target = quotes[PARAGRAPHS - 1]!;
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('claim-panel').locator('blockquote').first()).toHaveText(target);
  await expect.poll(async () => await claimsOnScreen(page, [target]), { timeout: 10_000 }).toEqual([{ quote: target, painted: true }]);
  await expect.poll(() => highlightTexts(page, 'sanad-active')).toEqual([target]);

  // K again: the previous claim, half way up the article, is scrolled to and painted.
  const middle = quotes[120]!;
  await page.keyboard.press('k');
  await expect(page.getByTestId('claim-panel').locator('blockquote').first()).toHaveText(middle);
  await expect.poll(async () => await claimsOnScreen(page, [middle]), { timeout: 10_000 }).toEqual([{ quote: middle, painted: true }]);
  await page.keyboard.press('j');
  await expect.poll(async () => await claimsOnScreen(page, [target]), { timeout: 10_000 }).toEqual([{ quote: target, painted: true }]);

  // Beside it, a phrase selected with the mouse and marked with M is painted as a new, unrated claim.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('claim-panel')).toBeHidden();
  const phrase = `figure of ${(PARAGRAPHS - 1) * 7} units`;
  await scrollPhraseIntoView(page, phrase);
  await dragSelect(page, phrase);
  await page.keyboard.press('m');
  await expect(page.getByTestId('claim-panel').locator('blockquote').first()).toHaveText(phrase);
  await expect(page.getByTestId('claim-panel')).toContainText(`Claim ${marked.length} of ${marked.length + 1}`);
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain(phrase);
  expect(await highlightTexts(page, 'sanad-unrated')).not.toContain(quotes[0]);
});
