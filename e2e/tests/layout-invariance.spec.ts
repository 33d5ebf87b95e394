import { expect, test, type Page } from '@playwright/test';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from './support/api.ts';
import { articleReady, createArticle, createClaim, highlightTexts } from './support/article-page.ts';

// Plain Arabic letters (no harakat), so any offset between two letters is a
// grapheme boundary and a claim can start or end inside a joined word.
const TEXT = [
  'قال المتحدث باسم الحكومة إن معدل البطالة انخفض إلى سبعة في المئة خلال العام الماضي بعد إطلاق برنامج التشغيل الوطني.',
  'وأضاف أن الصادرات الزراعية تضاعفت ثلاث مرات منذ عام ألفين وعشرين، وأن المدينة استقبلت مليون سائح في الصيف.',
  'لكن تقارير مستقلة أشارت إلى أن الأرقام الرسمية لا تشمل العاملين في القطاع غير المنظم.',
].join('\n');

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Every word's client rects (Intl.Segmenter words -> Range.getClientRects),
 * every paragraph's line boxes and box, rounded to 1/100 px. Runs in the page.
 */
function measureLayout(): { words: Box[][]; lines: Box[][]; paragraphs: Box[] } {
  const round = (rect: DOMRect): Box => ({
    x: Math.round(rect.left * 100) / 100,
    y: Math.round(rect.top * 100) / 100,
    w: Math.round(rect.width * 100) / 100,
    h: Math.round(rect.height * 100) / 100,
  });
  const container = document.querySelector('[data-testid="article-text"]');
  if (!container) throw new Error('No article text');
  const segmenter = new Intl.Segmenter(container.getAttribute('lang') ?? 'und', { granularity: 'word' });
  const words: Box[][] = [];
  const lines: Box[][] = [];
  const paragraphs: Box[] = [];
  for (const paragraph of Array.from(container.querySelectorAll('p'))) {
    paragraphs.push(round(paragraph.getBoundingClientRect()));
    const whole = document.createRange();
    whole.selectNodeContents(paragraph);
    lines.push(Array.from(whole.getClientRects(), round));
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const full = nodes.map((node) => node.data).join('');
    for (const segment of segmenter.segment(full)) {
      if (!segment.isWordLike) continue;
      // Map the word's offsets in the paragraph onto the (possibly split) text nodes.
      const locate = (offset: number): [Text, number] => {
        let rest = offset;
        for (const node of nodes) {
          if (rest <= node.length) return [node, rest];
          rest -= node.length;
        }
        const last = nodes[nodes.length - 1]!;
        return [last, last.length];
      };
      const range = document.createRange();
      range.setStart(...locate(segment.index));
      range.setEnd(...locate(segment.index + segment.segment.length));
      words.push(Array.from(range.getClientRects(), round));
    }
  }
  return { words, lines, paragraphs };
}

async function measure(page: Page) {
  return page.evaluate(measureLayout);
}

test('Highlights leave the layout and letter shaping of an Arabic article untouched', async ({ page, request }) => {
  const article = await createArticle(request, { title: 'تصريحات المتحدث الحكومي', text: TEXT, language: 'ar' });
  // Edges inside joined words: "تحدث باسم الحكو" starts after "الم" and ends before "مة".
  const midWord = await createClaim(request, article, 'المتحدث باسم الحكومة', { from: 3, to: 2 });
  const overlapping = await createClaim(request, article, 'الحكومة إن معدل البطالة انخفض');
  const other = await createClaim(request, article, 'الصادرات الزراعية تضاعفت ثلاث مرات', { from: 2, to: 1 });
  await createClaim(request, article, 'مليون سائح');
  const verdict = await callApi(request, claimEndpoints.setVerdict, {
    params: { id: other.id },
    body: { rating: 'mostly_false', rationale: 'Trade data show a 40% rise.' },
    ifMatch: other.version,
  });
  expect(verdict.ok).toBe(true);

  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  const toggle = page.getByRole('checkbox', { name: 'Show highlights' });
  await expect(toggle).toBeChecked();
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain(midWord.quote);
  await expect.poll(() => highlightTexts(page, 'sanad-rating-mostly_false')).toEqual([other.quote]);
  await expect.poll(() => highlightTexts(page, 'sanad-overlap')).toEqual(['الحكو']);
  expect(overlapping.quote).toContain('الحكومة');

  // Open a claim too, so the active highlight is drawn while measuring.
  await page.getByTestId('claim-entry').filter({ hasText: midWord.quote }).click();
  await expect.poll(() => highlightTexts(page, 'sanad-active')).toEqual([midWord.quote]);
  await expect(page.getByTestId('article-text').locator('span, mark')).toHaveCount(0);

  const withHighlights = await measure(page);
  expect(withHighlights.words.length).toBeGreaterThan(40);

  await toggle.uncheck();
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
  const withoutHighlights = await measure(page);
  expect(withoutHighlights).toEqual(withHighlights);

  await toggle.check();
  await expect.poll(() => highlightTexts(page, 'sanad-rating-mostly_false')).toEqual([other.quote]);
  expect(await measure(page)).toEqual(withHighlights);

  // Control: wrapping the mid-word claim in a padded span (what this design forbids)
  // must change the measurement, or the comparison above would prove nothing.
  await page.evaluate((quote) => {
    const paragraph = document.querySelector('[data-testid="article-text"] > p');
    const node = paragraph?.firstChild;
    if (!paragraph || !(node instanceof Text)) throw new Error('No paragraph text');
    const at = node.data.indexOf(quote);
    const original = node.data;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + quote.length);
    const span = document.createElement('span');
    span.style.padding = '0 0.3em';
    range.surroundContents(span);
    (window as unknown as { __restoreClaimWrap: () => void }).__restoreClaimWrap = () => {
      node.data = original;
      paragraph.replaceChildren(node);
    };
  }, midWord.quote);
  const wrapped = await measure(page);
  await page.evaluate(() => (window as unknown as { __restoreClaimWrap: () => void }).__restoreClaimWrap());
  expect(wrapped).not.toEqual(withHighlights);
  expect(await measure(page)).toEqual(withHighlights);
});
