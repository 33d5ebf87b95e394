import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

/**
 * Mapping between article offsets and the DOM of the rendered article text
 * (see ArticleText: each `<p data-start>` holds one text node with its text).
 */

export interface ParagraphNode {
  start: number;
  end: number;
  element: HTMLElement;
  text: Text | null;
}

/** The paragraphs of a rendered article, in order (an empty one, if any, has no text node). */
export function paragraphNodes(container: HTMLElement): ParagraphNode[] {
  const result: ParagraphNode[] = [];
  for (const element of Array.from(container.querySelectorAll<HTMLElement>(':scope > p[data-start]'))) {
    const start = Number(element.dataset.start);
    const text = element.firstChild instanceof Text ? element.firstChild : null;
    result.push({ start, end: start + (text?.length ?? 0), element, text });
  }
  return result;
}

/**
 * The article offset of a DOM boundary point inside the container, or null
 * when the point lies outside it.
 */
export function offsetOfPoint(container: HTMLElement, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  const paragraphs = paragraphNodes(container);
  if (node === container) {
    const before = paragraphs[offset - 1];
    if (offset <= 0) return paragraphs[0]?.start ?? 0;
    return before ? before.end : null;
  }
  const element = node instanceof Element ? node : node.parentElement;
  const paragraphElement = element?.closest<HTMLElement>('p[data-start]');
  const paragraph = paragraphs.find((candidate) => candidate.element === paragraphElement);
  if (!paragraph) return null;
  if (node instanceof Text) return paragraph.start + Math.min(offset, node.length);
  // An element boundary inside the paragraph: before or after its only text node.
  return offset === 0 ? paragraph.start : paragraph.end;
}

/** The article offsets [start, end) of a DOM range, or null when it is not inside the container. */
export function offsetsOfRange(container: HTMLElement, range: Range): { start: number; end: number } | null {
  const start = offsetOfPoint(container, range.startContainer, range.startOffset);
  const end = offsetOfPoint(container, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}

/**
 * Index of the first paragraph that ends after `offset` (paragraphs.length when
 * none does). Paragraphs are in order and never overlap, so a binary search.
 */
export function firstParagraphEndingAfter(paragraphs: readonly ParagraphNode[], offset: number): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (paragraphs[middle]!.end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * A DOM range for the article offsets [start, end). Offsets that fall on a
 * line break between paragraphs move to the nearest text inside the span.
 */
export function rangeOfOffsets(paragraphs: readonly ParagraphNode[], start: number, end: number): Range | null {
  let from: ParagraphNode | undefined;
  let to: ParagraphNode | undefined;
  for (let index = firstParagraphEndingAfter(paragraphs, start); index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index]!;
    if (paragraph.start >= end) break;
    if (!paragraph.text) continue;
    from ??= paragraph;
    to = paragraph;
  }
  if (!from?.text || !to?.text) return null;
  const range = document.createRange();
  range.setStart(from.text, Math.max(0, start - from.start));
  range.setEnd(to.text, Math.min(to.text.length, end - to.start));
  return range;
}

/** The article offset under a viewport point, using the caret the browser would place there. */
export function offsetAtPoint(container: HTMLElement, x: number, y: number): number | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    if (position) return offsetOfPoint(container, position.offsetNode, position.offset);
  }
  const legacy = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const range = legacy.caretRangeFromPoint?.(x, y);
  return range ? offsetOfPoint(container, range.startContainer, range.startOffset) : null;
}

/** True when the point lies inside one of the range's line boxes. */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  return Array.from(range.getClientRects()).some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom);
}

/** A key press that would type or delete text (blocked in the read-only article). */
export function isTypingKey(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey) return ['x', 'v', 'z', 'y', 'b', 'i', 'u'].includes(event.key.toLowerCase());
  return event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete' || event.key === 'Enter';
}
