import { snapSelection } from '@sanad/shared/text/selection';
import { useEffect, useState } from 'react';
import { offsetsOfRange } from '../../../lib/text-offsets.ts';

/** A selection inside the article, snapped to a claim span, with where it is on screen. */
export interface TextSelection {
  start: number;
  end: number;
  quote: string;
  /** Bounding box of the selected text in viewport coordinates. */
  rect: DOMRect;
  /** Box of the selection's first line (top and bottom of that line, the selected stretch of it), in viewport coordinates. */
  firstLine: DOMRect;
}

/**
 * The box of a range's first line: the union of its client rects on the
 * topmost line (a range's rects also include whole elements it spans, which
 * start on that line too and are cut to its height).
 */
export function firstLineOf(range: Range): DOMRect {
  const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
  const bounding = range.getBoundingClientRect();
  if (rects.length === 0) return bounding;
  const top = Math.min(...rects.map((rect) => rect.top));
  const line = rects.filter((rect) => rect.top < top + 2);
  const height = Math.min(...line.map((rect) => rect.height));
  const left = Math.min(...line.map((rect) => rect.left));
  const right = Math.max(...line.map((rect) => rect.right));
  return new DOMRect(left, top, right - left, height);
}

/**
 * The document's selection now, as offsets into the container's text
 * (snapped to whole graphemes), or null when nothing inside it is selected.
 * `selectionchange` arrives a task after the selection moves, so a key press
 * can come before the hook's state catches up; marking reads this directly.
 */
export function selectionIn(container: HTMLElement, text: string): TextSelection | null {
  const current = window.getSelection();
  if (!current || current.rangeCount === 0 || current.isCollapsed) return null;
  const range = current.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const offsets = offsetsOfRange(container, range);
  const snapped = offsets ? snapSelection(text, offsets.start, offsets.end) : null;
  return snapped ? { ...snapped, rect: range.getBoundingClientRect(), firstLine: firstLineOf(range) } : null;
}

/**
 * The user's current selection in the article text, already passed through
 * `snapSelection` (grapheme-safe, trimmed), or null. While the mouse button
 * is held the selection is still changing, so it is reported on release.
 */
export function useTextSelection(container: HTMLElement | null, text: string): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  useEffect(() => {
    if (!container) return;
    let pointerDown = false;

    const read = () => {
      setSelection(pointerDown ? null : selectionIn(container, text));
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0 || !container.contains(event.target as Node)) return;
      pointerDown = true;
      setSelection(null);
    };
    const onPointerUp = () => {
      if (!pointerDown) return;
      pointerDown = false;
      read();
    };
    const onScroll = () => {
      if (!pointerDown) read();
    };
    document.addEventListener('selectionchange', read);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    read();
    return () => {
      document.removeEventListener('selectionchange', read);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [container, text]);

  return selection;
}
