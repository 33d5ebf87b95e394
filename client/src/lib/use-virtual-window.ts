import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

/** What a virtualised list renders: items `[start, end)` between two spacers. */
export interface VirtualWindow {
  start: number;
  end: number;
  /** Room above the first rendered item: the heights of the items before it. */
  paddingTop: number;
  /** Room below the last rendered item. */
  paddingBottom: number;
  /** Ref callback for each rendered item (which must carry `data-virtual-index`): its height is measured. */
  measure: (element: HTMLElement | null) => (() => void) | undefined;
  /**
   * Renders item `index` if it is not, scrolls it into view (every scroller
   * up to the page) and then calls `then` with its element, e.g. to focus it.
   */
  reveal: (index: number, then?: (element: HTMLElement) => void) => void;
}

interface Options<K> {
  /** One stable key per item, in order; measured heights are kept per key. */
  keys: readonly K[];
  /** The list element: its position on screen tells which items are visible. */
  listRef: RefObject<HTMLElement | null>;
  /** Assumed height of an item not yet measured, in CSS pixels. */
  estimate: number;
  /** Items rendered beyond each edge of the visible part. */
  overscan?: number;
}

/** The part of the viewport the element is seen through: the viewport cut by every clipping ancestor. */
function visibleBand(element: HTMLElement): { top: number; bottom: number } {
  let top = 0;
  let bottom = window.innerHeight;
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'visible') continue;
    const rect = node.getBoundingClientRect();
    top = Math.max(top, rect.top);
    bottom = Math.min(bottom, rect.bottom);
  }
  return { top, bottom };
}

/** What scrolls the element: its nearest ancestor that scrolls with room to, else the page. */
function scrollerOf(element: HTMLElement): Element | Window {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return window;
}

/** True when a scroller is scrolled to its end. */
function atEnd(scroller: Element | Window): boolean {
  const element = scroller instanceof Window ? document.scrollingElement : scroller;
  return element !== null && element.scrollTop + element.clientHeight >= element.scrollHeight - 1;
}

/** Index of the last offset <= value (offsets ascending, offsets[0] = 0). */
function lastAtOrBefore(offsets: Float64Array, value: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Windowing for a long list that scrolls with its container or the page:
 * only the items in view (plus `overscan` on each side) are rendered, and
 * padding stands in for the rest, so ten thousand entries cost what thirty do.
 * Heights are measured with a ResizeObserver and kept per key; unmeasured
 * items count as the mean of the measured ones (`estimate` until one is). The list may sit in any scroller (the sidebar on
 * wide screens, the page on narrow ones): what is visible is worked out from
 * the list's own position against the viewport and its clipping ancestors.
 * The list's `row-gap` is read from its style and counted between items.
 */
export function useVirtualWindow<K>({ keys, listRef, estimate, overscan = 6 }: Options<K>): VirtualWindow {
  const heights = useRef(new Map<K, number>());
  const [measured, setMeasured] = useState(0);
  const [gap, setGap] = useState(0);
  const keysRef = useRef(keys);
  keysRef.current = keys;

  /**
   * offsets[i]: where item i starts, gaps included; offsets[n]: the whole list plus one trailing gap. An item not yet
   * measured counts as the mean of those measured (`estimate` before any is): the list's height, and so its scroll
   * bar, comes close to the real one after the first screen, where a fixed guess was off by half for short entries.
   */
  const offsets = useMemo(() => {
    void measured;
    const known = heights.current;
    let sum = 0;
    let seen = 0;
    for (const key of keys) {
      const height = known.get(key);
      if (height !== undefined) {
        sum += height;
        seen += 1;
      }
    }
    const guess = seen > 0 ? sum / seen : estimate;
    const result = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i += 1) result[i + 1] = result[i]! + (known.get(keys[i]!) ?? guess) + gap;
    return result;
  }, [keys, measured, gap, estimate]);
  const offsetsRef = useRef(offsets);
  offsetsRef.current = offsets;

  const [range, setRange] = useState({ start: 0, end: Math.min(keys.length, overscan * 3) });
  /** An item to render and scroll to even though it is not (yet) in view. */
  const pending = useRef<{ index: number; then: ((element: HTMLElement) => void) | undefined } | null>(null);

  const clampToPending = useCallback(
    (start: number, end: number, count: number) => {
      const wanted = pending.current;
      if (!wanted || (wanted.index >= start && wanted.index < end)) return { start, end };
      return { start: Math.max(0, wanted.index - overscan), end: Math.min(count, wanted.index + overscan + 1) };
    },
    [overscan],
  );

  const update = useCallback(() => {
    const list = listRef.current;
    const all = offsetsRef.current;
    const count = all.length - 1;
    if (!list || count === 0) {
      setRange((current) => (current.start === 0 && current.end === 0 ? current : { start: 0, end: 0 }));
      return;
    }
    const listTop = list.getBoundingClientRect().top;
    const band = visibleBand(list);
    const from = Math.max(0, band.top - listTop);
    const to = Math.max(from, band.bottom - listTop);
    const first = Math.min(count - 1, lastAtOrBefore(all, from));
    const last = Math.min(count - 1, lastAtOrBefore(all, to));
    const next = clampToPending(Math.max(0, first - overscan), Math.min(count, last + overscan + 1), count);
    // An entry with the focus that is about to leave the window hands the focus to the list first. Removed while
    // focused, it made the browser blur it in the middle of the change, lay out the list without its old entries and
    // with none of the new, and pull the scroll position back by as much (a reader scrolling to the end of the list
    // was sent back a dozen entries).
    const active = document.activeElement;
    const holder = active instanceof HTMLElement && active !== list && list.contains(active) ? active.closest<HTMLElement>('[data-virtual-index]') : null;
    const held = holder ? Number(holder.dataset.virtualIndex) : -1;
    if (held >= 0 && (held < next.start || held >= next.end)) list.focus({ preventScroll: true });
    setRange((current) => (current.start === next.start && current.end === next.end ? current : next));
  }, [listRef, overscan, clampToPending]);

  // The visible part changes when anything scrolls (scroll events do not bubble, but they can be captured) or resizes.
  useEffect(() => {
    const list = listRef.current;
    if (list) setGap(parseFloat(getComputedStyle(list).rowGap) || 0);
    const onChange = () => update();
    document.addEventListener('scroll', onChange, { capture: true, passive: true });
    window.addEventListener('resize', onChange);
    return () => {
      document.removeEventListener('scroll', onChange, { capture: true });
      window.removeEventListener('resize', onChange);
    };
  }, [listRef, update]);

  // New heights or a new list of keys move every later item: recompute before paint. When the items before the first
  // rendered one changed height (measured, or the guess for the unmeasured ones moved), what is on screen would slide
  // by as much: the scroller is scrolled by the same amount, so the reader's place (and a focused entry) stays put.
  // (The browser's own scroll anchoring does not do it: the room stands as the list's padding, an anchor's ancestor.)
  const shown = useRef<{ keys: readonly K[]; start: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const before = shown.current;
    const list = listRef.current;
    if (before && list && before.keys === keys && before.start > 0 && before.start < offsets.length) {
      const slide = offsets[before.start]! - before.top;
      const scroller = scrollerOf(list);
      // A list that shrank under a reader at its end has been scrolled back by the browser already (clamped).
      if (Math.abs(slide) >= 1 && !(slide < 0 && atEnd(scroller))) scroller.scrollBy({ top: slide, behavior: 'instant' });
    }
    update();
  }, [offsets, update]);
  useLayoutEffect(() => {
    const first = Math.min(range.start, keys.length);
    shown.current = { keys, start: first, top: offsets[first]! };
  });

  // A pending reveal is done once its item is rendered.
  useLayoutEffect(() => {
    const wanted = pending.current;
    const list = listRef.current;
    if (!wanted || !list) return;
    const element = list.querySelector<HTMLElement>(`[data-virtual-index="${wanted.index}"]`);
    if (!element) return;
    pending.current = null;
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    wanted.then?.(element);
    update();
  });

  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const entry of entries) {
              const index = Number((entry.target as HTMLElement).dataset.virtualIndex);
              const key = keysRef.current[index];
              if (key === undefined) continue;
              const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
              if (height === 0) continue;
              if (Math.abs((heights.current.get(key) ?? -1) - height) > 0.5) {
                heights.current.set(key, height);
                changed = true;
              }
            }
            if (changed) setMeasured((value) => value + 1);
          }),
    [],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);

  const measure = useCallback(
    (element: HTMLElement | null) => {
      if (!element || !observer) return undefined;
      observer.observe(element);
      return () => observer.unobserve(element);
    },
    [observer],
  );

  const reveal = useCallback(
    (index: number, then?: (element: HTMLElement) => void) => {
      if (index < 0 || index >= keysRef.current.length) return;
      const element = listRef.current?.querySelector<HTMLElement>(`[data-virtual-index="${index}"]`);
      if (element) {
        element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        then?.(element);
        return;
      }
      pending.current = { index, then };
      const next = clampToPending(-1, -1, keysRef.current.length);
      setRange(next);
    },
    [listRef, clampToPending],
  );

  const count = keys.length;
  const start = Math.min(range.start, count);
  const end = Math.min(range.end, count);
  const total = offsets[count]!;
  return {
    start,
    end,
    paddingTop: offsets[start]!,
    // The grid puts no gap after the last rendered item; the rest of the list (with its gaps) follows it.
    paddingBottom: Math.max(0, total - offsets[end]!),
    measure,
    reveal,
  };
}
