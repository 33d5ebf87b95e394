import { useEffect } from 'react';
import { clearHighlights, revealRange, setHighlight } from '../../../lib/highlights.ts';
import { paragraphNodes, rangeOfOffsets } from '../../../lib/text-offsets.ts';
import { PASSAGE_HIGHLIGHT } from '../find-highlight-names.ts';

/** How long the passage stays highlighted. */
const FLASH_MS = 2_500;

/** The end of the word that starts at (or contains) `at`, for a link that gives no length. */
function wordEnd(text: string, at: number): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  const segment = segmenter.segment(text).containing(at);
  return segment ? segment.index + segment.segment.length : Math.min(text.length, at + 1);
}

/**
 * Scrolls to the passage at `at` (a search result's offset in the article
 * text) and highlights it briefly with the Highlight API, so no element is
 * wrapped around the text. `length` is the matched length when known; else
 * the word at `at` is flashed.
 */
export function usePassageFlash(container: HTMLElement | null, text: string, at: number | null, length: number | null): void {
  useEffect(() => {
    if (!container || at === null || at < 0 || at >= text.length) return;
    const end = length !== null && length > 0 ? Math.min(text.length, at + length) : wordEnd(text, at);
    const range = rangeOfOffsets(paragraphNodes(container), at, end);
    if (!range) return;
    revealRange(range, { smooth: false });
    setHighlight(PASSAGE_HIGHLIGHT, [range], 5);
    const timer = window.setTimeout(() => clearHighlights(PASSAGE_HIGHLIGHT), FLASH_MS);
    return () => {
      window.clearTimeout(timer);
      clearHighlights(PASSAGE_HIGHLIGHT);
    };
  }, [container, text, at, length]);
}
