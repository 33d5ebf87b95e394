import type { Rect, Virtualizer } from '@tanstack/react-virtual';

/**
 * @tanstack/react-virtual for a list that scrolls with whatever holds it (the
 * sidebar on wide screens, the page on narrow ones, below other content):
 * the virtualizer's "scroll element" is the list itself, its offset how far
 * the list's top lies above the part of it that can be seen, and its size
 * that part's height. That part is the viewport cut by every clipping
 * ancestor, worked out again whenever anything scrolls (scroll events do not
 * bubble, but they can be captured) or the window resizes. The three exports
 * are the virtualizer's `observeElementRect`, `observeElementOffset` and `scrollToFn`.
 */


/** The part of the viewport the element is seen through: the viewport cut by every clipping ancestor. */
function visibleBand(element: HTMLElement): { top: number; bottom: number } {
  let top = 0;
  let bottom = window.innerHeight;
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    if (getComputedStyle(node).overflowY === 'visible') continue;
    const rect = node.getBoundingClientRect();
    top = Math.max(top, rect.top);
    bottom = Math.min(bottom, rect.bottom);
  }
  return { top, bottom };
}

/** The visible part of the list, in its own coordinates (0 is its top edge). */
function visiblePart(list: HTMLElement): { offset: number; height: number } {
  const listTop = list.getBoundingClientRect().top;
  const band = visibleBand(list);
  const offset = Math.max(0, band.top - listTop);
  return { offset, height: Math.max(0, band.bottom - listTop - offset) };
}

/** Calls `onChange` now and whenever the list's visible part may have moved. */
function watch(onChange: () => void): () => void {
  onChange();
  document.addEventListener('scroll', onChange, { capture: true, passive: true });
  window.addEventListener('resize', onChange);
  return () => {
    document.removeEventListener('scroll', onChange, { capture: true });
    window.removeEventListener('resize', onChange);
  };
}

export function observeListRect<T extends Element>(instance: Virtualizer<HTMLElement, T>, cb: (rect: Rect) => void): (() => void) | undefined {
  const list = instance.scrollElement;
  if (!list) return undefined;
  return watch(() => cb({ width: list.clientWidth, height: visiblePart(list).height }));
}

export function observeListOffset<T extends Element>(instance: Virtualizer<HTMLElement, T>, cb: (offset: number, isScrolling: boolean) => void): (() => void) | undefined {
  const list = instance.scrollElement;
  if (!list) return undefined;
  return watch(() => cb(visiblePart(list).offset, false));
}

/** The nearest ancestor that scrolls vertically, else the page. */
function scrollerOf(element: HTMLElement): HTMLElement | Window {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return window;
}

/** Scrolls whatever holds the list so that `offset` (in the list's coordinates) is at the top of its visible part. */
export function scrollListTo<T extends Element>(
  offset: number,
  { adjustments = 0, behavior }: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<HTMLElement, T>,
): void {
  const list = instance.scrollElement;
  if (!list) return;
  const delta = offset + adjustments - visiblePart(list).offset;
  if (delta !== 0) scrollerOf(list).scrollBy({ top: delta, behavior });
}

/**
 * Scrolls whatever holds the list by the least that brings `[start, end)` (in
 * the list's coordinates) into its visible part. The virtualizer's own
 * scrollToIndex cannot do this here: it clamps every target to the scroll
 * element's own scroll range, and the list itself does not scroll.
 */
export function revealInList(list: HTMLElement, start: number, end: number): void {
  const { offset, height } = visiblePart(list);
  const delta = start < offset ? start - offset : end > offset + height ? Math.min(start - offset, end - offset - height) : 0;
  if (delta !== 0) scrollerOf(list).scrollBy({ top: delta });
}
