import { findAll, toSearchForm } from '@sanad/shared/text/search-form';
import { useEffect, useMemo } from 'react';
import { clearHighlights, revealRange, setHighlight } from '../../../lib/highlights.ts';
import { paragraphNodes, rangeOfOffsets } from '../../../lib/text-offsets.ts';
import { FIND_CURRENT_HIGHLIGHT, FIND_HIGHLIGHT } from '../find-highlight-names.ts';

/** Most matches painted at once; more are counted but not drawn. */
const MAX_MATCHES = 5_000;

/**
 * Every match of `query` in the text, compared in search form (harakat,
 * tatweel, alef forms, digits and case ignored), as spans of the original
 * text. The text's search form is computed once per text.
 */
export function useFindMatches(text: string, query: string): { start: number; end: number }[] {
  const form = useMemo(() => toSearchForm(text), [text]);
  return useMemo(() => (query.trim() === '' ? [] : findAll(form, query, MAX_MATCHES)), [form, query]);
}

/**
 * Paints the matches over the rendered text (all of them, and the current one
 * on top) and scrolls the current one into view when it changes. Clears both
 * highlights when switched off or unmounted.
 */
export function useFindHighlights(
  container: HTMLElement | null,
  matches: readonly { start: number; end: number }[],
  current: number,
  enabled: boolean,
): void {
  const ranges = useMemo(() => {
    if (!container || !enabled) return [];
    const paragraphs = paragraphNodes(container);
    const result: Range[] = [];
    let first = 0;
    for (const match of matches) {
      // Matches come in text order, so the paragraph search starts where the last one ended.
      while (first < paragraphs.length - 1 && paragraphs[first]!.end < match.start) first += 1;
      const range = rangeOfOffsets(paragraphs.slice(first), match.start, match.end);
      if (range) result.push(range);
    }
    return result;
  }, [container, matches, enabled]);

  useEffect(() => {
    setHighlight(FIND_HIGHLIGHT, ranges, 3);
    return () => clearHighlights(FIND_HIGHLIGHT);
  }, [ranges]);

  useEffect(() => {
    const range = ranges[current];
    setHighlight(FIND_CURRENT_HIGHLIGHT, range ? [range] : [], 4);
    revealRange(range);
    return () => clearHighlights(FIND_CURRENT_HIGHLIGHT);
  }, [ranges, current]);
}
