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
  return snapped ? { ...snapped, rect: range.getBoundingClientRect() } : null;
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
