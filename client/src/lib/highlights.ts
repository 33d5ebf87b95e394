/**
 * Plumbing shared by every feature that paints over the article text with the
 * CSS Custom Highlight API (claims, find-in-article, search passages). The
 * names and colours belong to each feature; this file only knows how to
 * install rules and bring a range into view.
 */

/** True when the browser has the CSS Custom Highlight API. */
export const supportsHighlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/**
 * Adds `::highlight()` rules to the document as a constructed stylesheet: the
 * server's Content-Security-Policy (`style-src 'self'`) blocks inline
 * `<style>` elements, but not stylesheets built through the CSSOM.
 */
export function installHighlightStyles(...rules: string[]): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const slots = new Map<string, CSSStyleSheet>();

/**
 * Like `installHighlightStyles`, for rules that change at run time (the
 * rating colours, which admins edit): the sheet of `slot` is added once and
 * its rules replaced on each later call.
 */
export function replaceHighlightStyles(slot: string, ...rules: string[]): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  const existing = slots.get(slot);
  if (existing) {
    existing.replaceSync(rules.join('\n'));
    return;
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  slots.set(slot, sheet);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Registers one named highlight (replacing any of that name); an empty list removes it. */
export function setHighlight(name: string, ranges: readonly Range[], priority: number): void {
  if (!supportsHighlights) return;
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
}

/** Removes named highlights. */
export function clearHighlights(...names: string[]): void {
  if (!supportsHighlights) return;
  for (const name of names) CSS.highlights.delete(name);
}

/**
 * How far, in screen heights, a range may be for the scroll to it to be smooth: a smooth scroll lays out and
 * paints every screen of text it passes (content-visibility lays out paragraphs as they come near), which on a
 * long article took longer than the jump itself (ADR 036); farther than this the page jumps at once.
 */
const SMOOTH_SCREENS = 2;

/**
 * Scrolls the page so the range is in view, when it is not already: smoothly when it is near, at once when it is
 * far (a claim opened at the other end of a long article).
 */
export function revealRange(range: Range | undefined, { smooth = true }: { smooth?: boolean } = {}): void {
  if (!range) return;
  const rect = range.getBoundingClientRect();
  if (rect.height === 0) return;
  const margin = 96;
  if (rect.top < margin || rect.bottom > window.innerHeight - margin) {
    const top = rect.top - window.innerHeight / 3;
    window.scrollBy({ top, behavior: smooth && Math.abs(top) <= SMOOTH_SCREENS * window.innerHeight ? 'smooth' : 'instant' });
  }
}
