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
export const highlightsInViewPainted = (input: Spans | { spans: Spans; appOnly: true }): boolean => {
  const spans = Array.isArray(input) ? input : input.spans;
  // The spans that overlap [from, to), found through the spans sorted by start and the running maximum of their ends
  // (built once per spans array and kept on the page): the check runs in every frame of an open (paintClockScript),
  // and scanning every claim for every paragraph on screen took the page's main thread from the app it times.
  const state = window as unknown as { __benchSpanIndex?: WeakMap<Spans, { sorted: Spans; maxEnd: number[] }> };
  state.__benchSpanIndex ??= new WeakMap();
  let index = state.__benchSpanIndex.get(spans);
  if (!index) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const maxEnd: number[] = [];
    sorted.forEach((span, i) => maxEnd.push(Math.max(span.end, i > 0 ? maxEnd[i - 1]! : -Infinity)));
    index = { sorted, maxEnd };
    state.__benchSpanIndex.set(spans, index);
  }
  const { sorted, maxEnd } = index;
  const overlapping = (from: number, to: number): Spans => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]!.start < to) low = middle + 1;
      else high = middle;
    }
    const found: Spans = [];
    for (let i = low - 1; i >= 0 && maxEnd[i]! > from; i -= 1) if (sorted[i]!.end > from) found.push(sorted[i]!);
    return found.reverse();
  };
  // The first screen the server writes into the page (ADR 037): its text with <mark>s. Painted when every claim whose
  // text is on screen lies wholly in marks with a background colour, read from the computed style (what the browser paints).
  // `appOnly`: the app's own highlights only (the first screen ignored), to time the app's takeover.
  const screen = Array.isArray(input) ? document.getElementById('first-screen') : null;
  if (screen) {
    let inView = 0;
    for (const paragraph of Array.from(screen.querySelectorAll<HTMLElement>('[data-first-screen] > p[data-start]'))) {
      const box = paragraph.getBoundingClientRect();
      if (box.bottom <= 0 || box.top >= window.innerHeight) continue;
      const nodes: { node: Text; from: number; to: number }[] = [];
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      let at = Number(paragraph.dataset.start);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        nodes.push({ node: text, from: at, to: at + text.length });
        at += text.length;
      }
      for (const span of overlapping(Number(paragraph.dataset.start), at)) {
        const inside = nodes.filter((item) => item.to > span.start && item.from < span.end);
        if (inside.length === 0) continue;
        const range = document.createRange();
        range.setStart(inside[0]!.node, Math.max(0, span.start - inside[0]!.from));
        const last = inside[inside.length - 1]!;
        range.setEnd(last.node, Math.min(last.node.length, span.end - last.from));
        const rect = range.getBoundingClientRect();
        if (rect.height === 0 || rect.bottom <= 0 || rect.top >= window.innerHeight) continue;
        inView += 1;
        for (const item of inside) {
          const mark = item.node.parentElement?.closest('mark');
          if (!mark || !paragraph.contains(mark) || getComputedStyle(mark).backgroundColor === 'rgba(0, 0, 0, 0)') return false;
        }
      }
    }
    if (inView > 0) return true;
  }
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
    for (const span of overlapping(from, to)) {
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

/**
 * Script text for `page.addInitScript`: from the document's start, runs `check(arg)` at the start of every frame and,
 * once it is true, stores in `window[key]` the time of that frame, the one that paints it. In the page itself, and
 * not frames later: a wait for the next frames, or the harness's polling, would also count the long task the app's
 * JavaScript runs right after a first screen in the HTML is painted (ADR 037), which the static page does not have.
 */
export function paintClockScript<T>(check: (arg: T) => boolean, arg: T, key: string): string {
  // `__name`: what esbuild's keepNames (tsx) wraps named functions in; the source is read out of its module.
  return `(() => {
  const __name = (fn) => fn;
  const check = ${check.toString()};
  const arg = ${JSON.stringify(arg)};
  const loop = () => {
    if (check(arg)) window[${JSON.stringify(key)}] = performance.now();
    else requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})();`;
}
