import { findAll, toSearchForm } from '@sanad/shared/text/search-form';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { clearHighlights, revealRange, setHighlight } from '../../../lib/highlights.ts';
import { paragraphNodes, rangeOfOffsets } from '../../../lib/text-offsets.ts';
import { supportsViewportHighlights, ViewportHighlights } from '../../../lib/viewport-highlights.ts';
import { FIND_CURRENT_HIGHLIGHT, FIND_HIGHLIGHT } from '../find-highlight-names.ts';

/** Most matches painted at once; more are counted but not drawn. */
const MAX_MATCHES = 5_000;

/**
 * Every match of `query` in the text, compared in search form (harakat,
 * tatweel, alef forms, digits and case ignored), as spans of the original
 * text. The text's search form is computed once per text, at the first search.
 */
export function useFindMatches(text: string, query: string): { start: number; end: number }[] {
  const searching = query.trim() !== '';
  // Not before the first search: opening a long article should not pay for a find nobody has asked for.
  const form = useMemo(() => (searching ? toSearchForm(text) : null), [text, searching]);
  return useMemo(() => (form === null ? [] : findAll(form, query, MAX_MATCHES)), [form, query]);
}

/**
 * Paints the matches over the rendered text (those near the screen, see
 * ViewportHighlights: a common word can match thousands of times) and the
 * current one on top, scrolling it into view when it changes. Clears both
 * highlights when switched off or unmounted.
 */
export function useFindHighlights(
  container: HTMLElement | null,
  text: string,
  matches: readonly { start: number; end: number }[],
  current: number,
  enabled: boolean,
): void {
  const painter = useRef<ViewportHighlights | null>(null);

  // A new text means new paragraphs: start over. `text` is a dependency for that reason alone.
  useLayoutEffect(() => {
    if (!supportsViewportHighlights || !container || !enabled) return;
    const instance = new ViewportHighlights(container, () => 3);
    painter.current = instance;
    return () => {
      instance.dispose();
      if (painter.current === instance) painter.current = null;
    };
  }, [container, text, enabled]);

  useLayoutEffect(() => {
    painter.current?.set(matches.map((match) => ({ key: `${match.start}-${match.end}`, name: FIND_HIGHLIGHT, start: match.start, end: match.end })));
  }, [matches, container, text, enabled]);

  useEffect(() => {
    const match = matches[current];
    if (!container || !enabled || !match) return;
    const range = rangeOfOffsets(paragraphNodes(container), match.start, match.end);
    if (!range) return;
    setHighlight(FIND_CURRENT_HIGHLIGHT, [range], 4);
    revealRange(range);
    return () => clearHighlights(FIND_CURRENT_HIGHLIGHT);
  }, [container, text, matches, current, enabled]);
}
