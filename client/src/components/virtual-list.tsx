import { useImperativeHandle, useMemo, useRef, type ReactNode, type Ref } from 'react';
import { useVirtualWindow } from '../lib/use-virtual-window.ts';

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

/**
 * A long list (`<ol>`) of which only the items in view are in the DOM: the
 * rest is padding of their (measured or estimated) heights, so ten thousand
 * entries cost what thirty do. Every `<li>` carries `aria-posinset` and
 * `aria-setsize`, so assistive technology still hears the whole count. The
 * list scrolls with whatever scrolls it (a sidebar, the page); see useVirtualWindow.
 */
export function VirtualList<T>({ items, keyOf, render, estimate, className, itemClassName, ref, ...list }: VirtualListProps<T>) {
  const listRef = useRef<HTMLOListElement>(null);
  const keys = useMemo(() => items.map(keyOf), [items, keyOf]);
  const visible = useVirtualWindow({ keys, listRef, estimate });
  useImperativeHandle(ref, () => ({ reveal: visible.reveal }), [visible.reveal]);
  return (
    <ol ref={listRef} className={className} tabIndex={-1} {...list} style={{ paddingBlockStart: visible.paddingTop, paddingBlockEnd: visible.paddingBottom }}>
      {items.slice(visible.start, visible.end).map((item, offset) => {
        const index = visible.start + offset;
        return (
          <li key={keyOf(item)} ref={visible.measure} className={itemClassName} data-virtual-index={index} aria-posinset={index + 1} aria-setsize={items.length}>
            {render(item, index)}
          </li>
        );
      })}
    </ol>
  );
}
