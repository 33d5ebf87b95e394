import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { observeListOffset, observeListRect, revealInList, scrollListTo } from '../lib/list-viewport.ts';

/** What a virtual list lets its owner do. */
export interface VirtualListHandle {
  /** Renders item `index` if it is not, scrolls it into view and calls `then` with its `<li>`, e.g. to focus what it holds. */
  reveal: (index: number, then?: (element: HTMLElement) => void) => void;
}

interface VirtualListProps<T> {
  items: readonly T[];
  /** One stable key per item: React's key, and what measured heights are kept by. A stable function (not a new one each render). */
  keyOf: (item: T) => number | string;
  /** An item's content, inside its `<li>`. */
  render: (item: T, index: number) => ReactNode;
  /** Assumed height of an item not yet measured, in CSS pixels. */
  estimate: number;
  className: string;
  itemClassName: string;
  /** The list's accessible name: a label, or the id of the element that names it. */
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'data-testid'?: string;
  ref?: Ref<VirtualListHandle>;
}

/** Items rendered beyond each edge of the visible part. */
const OVERSCAN = 6;

/**
 * A long list (`<ol>`) of which only the items in view are in the DOM
 * (@tanstack/react-virtual): the rest is padding of their measured or
 * estimated heights, so ten thousand entries cost what thirty do. Every `<li>`
 * carries `aria-posinset` and `aria-setsize`, so assistive technology still
 * hears the whole count. The list scrolls with whatever holds it (see list-viewport.ts).
 */
export function VirtualList<T>({ items, keyOf, render, estimate, className, itemClassName, ref, ...list }: VirtualListProps<T>) {
  const listRef = useRef<HTMLOListElement>(null);
  const [gap, setGap] = useState(0);
  useLayoutEffect(() => {
    if (listRef.current) setGap(parseFloat(getComputedStyle(listRef.current).rowGap) || 0);
  }, []);
  const virtualizer = useVirtualizer<HTMLElement, HTMLLIElement>({
    count: items.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => estimate,
    getItemKey: (index) => keyOf(items[index]!),
    overscan: OVERSCAN,
    gap,
    indexAttribute: 'data-virtual-index',
    initialRect: { width: 0, height: OVERSCAN * 2 * estimate },
    observeElementRect: observeListRect,
    observeElementOffset: observeListOffset,
    scrollToFn: scrollListTo,
  });

  /** An item to focus (or the like) once it is rendered. */
  const pending = useRef<{ index: number; then: ((element: HTMLElement) => void) | undefined } | null>(null);
  const settle = useCallback(() => {
    const wanted = pending.current;
    const element = wanted && listRef.current?.querySelector<HTMLElement>(`[data-virtual-index="${wanted.index}"]`);
    if (!wanted || !element) return false;
    pending.current = null;
    // Every scroller up to the page: on narrow screens the sidebar itself may be off screen.
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    wanted.then?.(element);
    return true;
  }, []);
  useLayoutEffect(() => {
    settle();
  });
  const reveal = useCallback(
    (index: number, then?: (element: HTMLElement) => void) => {
      if (index < 0 || index >= items.length) return;
      pending.current = { index, then };
      if (settle()) return;
      const item = virtualizer.measurementsCache[index];
      if (item && listRef.current) revealInList(listRef.current, item.start, item.end);
    },
    [items.length, settle, virtualizer],
  );
  useImperativeHandle(ref, () => ({ reveal }), [reveal]);

  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows[rows.length - 1];
  const paddingTop = first?.start ?? 0;
  const paddingBottom = last ? Math.max(0, virtualizer.getTotalSize() - last.end) : 0;
  return (
    <ol ref={listRef} className={className} {...list} style={{ paddingBlockStart: paddingTop, paddingBlockEnd: paddingBottom }}>
      {rows.map((row) => {
        const item = items[row.index]!;
        return (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            className={itemClassName}
            data-virtual-index={row.index}
            aria-posinset={row.index + 1}
            aria-setsize={items.length}
          >
            {render(item, row.index)}
          </li>
        );
      })}
    </ol>
  );
}
