/**
 * What the open-article benchmarks (bench/client.ts, bench/open.ts) wait for:
 * the claims on screen painted. Runs in the page (passed to
 * `page.waitForFunction`), so it uses nothing from outside itself.
 */

/** Claims' spans in article offsets. */
export type Spans = { start: number; end: number }[];

/**
 * True once the article text is in and every claim whose text is on screen has
 * a registered highlight range over exactly its text (ranges are compared by
 * article offsets: a paragraph's `data-start` plus the offset in its text).
 * The client registers ranges only near the viewport (Chromium's highlight
 * cost grows with every registered range), so "all 5,000 registered" is not
 * what a reader sees; what is on screen being painted is.
 */
export const highlightsInViewPainted = (spans: Spans): boolean => {
  if (!('highlights' in CSS)) return false;
  // The DOM typings lag behind: the registry is a Map of names to Highlights, which are Sets of ranges.
  const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
  if (registry.size === 0) return false;
  const paragraphs = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="article-text"] > p[data-start]'));
  if (paragraphs.length === 0) return false;
  const startOf = (node: Node) => Number(node.parentElement?.dataset.start ?? Number.NaN);
  const painted = new Set<string>();
  for (const highlight of registry.values()) {
    for (const range of highlight) painted.add(`${startOf(range.startContainer) + range.startOffset}-${startOf(range.endContainer) + range.endOffset}`);
  }
  let inView = 0;
  for (const paragraph of paragraphs) {
    const box = paragraph.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= window.innerHeight) continue;
    const node = paragraph.firstChild;
    if (!(node instanceof Text)) continue;
    const from = Number(paragraph.dataset.start);
    const to = from + node.length;
    for (const span of spans) {
      if (span.end <= from || span.start >= to) continue;
      const range = document.createRange();
      range.setStart(node, Math.max(0, span.start - from));
      range.setEnd(node, Math.min(node.length, span.end - from));
      const rect = range.getBoundingClientRect();
      if (rect.height === 0 || rect.bottom <= 0 || rect.top >= window.innerHeight) continue;
      inView += 1;
      if (!painted.has(`${span.start}-${span.end}`)) return false;
    }
  }
  return inView > 0;
};
