import { supportsHighlights } from './highlights.ts';
import { firstParagraphEndingAfter, paragraphNodes, rangeOfOffsets, type ParagraphNode } from './text-offsets.ts';

/** One stretch of article text to paint with a named highlight. */
export interface Paint {
  /** Stable identity: a paint with the same key is assumed unchanged and is left alone. */
  key: string;
  /** The highlight it is painted with, e.g. `sanad-false`. */
  name: string;
  start: number;
  end: number;
}

/**
 * How far beyond the viewport, above and below, paragraphs keep their ranges, in
 * screen heights: enough that a wheel turn lands on painted text, small enough
 * that scrolling 10,000 claims in the sidebar has no task over 50 ms (1.5 had some).
 */
const MARGIN_SCREENS = 1;

/**
 * Named highlights over a rendered article (see ArticleText) whose ranges are
 * registered only for paragraphs on or near the screen.
 *
 * Why: Chromium rebuilds the paint markers of every registered highlight range
 * whenever anything in the document changes (a list entry rendered, a class
 * toggled, a claim added), so the cost of each change grows with the number
 * of registered ranges, not with what changed. Thousands of claims made
 * scrolling the claim list and marking a claim stall for hundreds of
 * milliseconds. Here an IntersectionObserver on the paragraphs tells which are
 * near the viewport; only their paints have live Ranges, and updates add and
 * remove single ranges (by key) instead of replacing whole highlights.
 */
export class ViewportHighlights {
  private readonly paragraphs: ParagraphNode[];
  private readonly observer: IntersectionObserver;
  /** Paragraph indices currently near the viewport. */
  private readonly near = new Set<number>();
  /** Paints by the index of each paragraph they touch. */
  private byParagraph = new Map<number, Paint[]>();
  /** What is registered now, by paint key. */
  private readonly painted = new Map<string, { name: string; range: Range }>();
  private readonly highlights = new Map<string, Highlight>();

  constructor(
    container: HTMLElement,
    private readonly priorityOf: (name: string) => number,
  ) {
    this.paragraphs = paragraphNodes(container);
    const indexOf = new Map(this.paragraphs.map((paragraph, index) => [paragraph.element, index]));
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = indexOf.get(entry.target as HTMLElement);
          if (index === undefined) continue;
          if (entry.isIntersecting) this.near.add(index);
          else this.near.delete(index);
        }
        this.sync();
      },
      { rootMargin: `${MARGIN_SCREENS * 100}% 0px` },
    );
    // The observer reports only after the next frame; what is near the screen now is painted in this one.
    const height = window.innerHeight;
    this.paragraphs.forEach((paragraph, index) => {
      const box = paragraph.element.getBoundingClientRect();
      if (box.bottom >= -MARGIN_SCREENS * height && box.top <= (1 + MARGIN_SCREENS) * height) this.near.add(index);
      this.observer.observe(paragraph.element);
    });
  }

  /** Replaces what should be painted; only the paints that changed near the screen touch the highlights. */
  set(paints: readonly Paint[]): void {
    const byParagraph = new Map<number, Paint[]>();
    for (const paint of paints) {
      if (paint.end <= paint.start) continue;
      for (let index = firstParagraphEndingAfter(this.paragraphs, paint.start); index < this.paragraphs.length; index += 1) {
        if (this.paragraphs[index]!.start >= paint.end) break;
        const list = byParagraph.get(index);
        if (list) list.push(paint);
        else byParagraph.set(index, [paint]);
      }
    }
    this.byParagraph = byParagraph;
    this.sync();
  }

  /** Unregisters every highlight this instance made and stops observing. */
  dispose(): void {
    this.observer.disconnect();
    for (const [name, highlight] of this.highlights) if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    this.highlights.clear();
    this.painted.clear();
  }

  /** Registers the paints of paragraphs near the screen and drops the rest. */
  private sync(): void {
    const wanted = new Map<string, Paint>();
    for (const index of this.near) for (const paint of this.byParagraph.get(index) ?? []) wanted.set(paint.key, paint);
    for (const [key, { name, range }] of this.painted) {
      if (wanted.has(key)) continue;
      this.highlights.get(name)?.delete(range);
      this.painted.delete(key);
    }
    for (const [key, paint] of wanted) {
      if (this.painted.has(key)) continue;
      const range = rangeOfOffsets(this.paragraphs, paint.start, paint.end);
      if (!range) continue;
      this.highlightNamed(paint.name).add(range);
      this.painted.set(key, { name: paint.name, range });
    }
  }

  private highlightNamed(name: string): Highlight {
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = this.priorityOf(name);
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }
}

/** True when this browser can paint with ViewportHighlights. */
export const supportsViewportHighlights = supportsHighlights && typeof IntersectionObserver === 'function';
