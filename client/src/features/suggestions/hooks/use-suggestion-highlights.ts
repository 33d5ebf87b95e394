import type { Suggestion } from '@sanad/shared/schemas/suggestion';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { clearHighlights, setHighlight, supportsHighlights } from '../../../lib/highlights.ts';
import { paragraphNodes, rangeOfOffsets } from '../../../lib/text-offsets.ts';
import { supportsViewportHighlights, ViewportHighlights } from '../../../lib/viewport-highlights.ts';
import { CHECK_WORTHY_ACTIVE_HIGHLIGHT, CHECK_WORTHY_HIGHLIGHT } from '../suggestion-highlight-names.ts';

/**
 * Paints the suggested sentences with a dotted underline (those near the
 * screen, see ViewportHighlights) and the open one on top. Nothing is wrapped
 * in elements, so the text's layout and Arabic letter joining never change.
 * Clears both highlights when switched off or unmounted.
 */
export function useSuggestionHighlights(
  container: HTMLElement | null,
  text: string,
  suggestions: readonly Suggestion[],
  active: Suggestion | null,
  enabled: boolean,
): void {
  const painter = useRef<ViewportHighlights | null>(null);

  // A new text means new paragraphs: start over. `text` is a dependency for that reason alone.
  useLayoutEffect(() => {
    if (!supportsViewportHighlights || !container || !enabled) return;
    const instance = new ViewportHighlights(container, () => 0);
    painter.current = instance;
    return () => {
      instance.dispose();
      if (painter.current === instance) painter.current = null;
    };
  }, [container, text, enabled]);

  useLayoutEffect(() => {
    painter.current?.set(
      suggestions.filter((s) => s.end <= text.length).map((s) => ({ key: `${s.start}-${s.end}`, name: CHECK_WORTHY_HIGHLIGHT, start: s.start, end: s.end })),
    );
  }, [suggestions, container, text, enabled]);

  useEffect(() => {
    if (!supportsHighlights || !container || !enabled || !active || active.end > text.length) return;
    const range = rangeOfOffsets(paragraphNodes(container), active.start, active.end);
    if (!range) return;
    setHighlight(CHECK_WORTHY_ACTIVE_HIGHLIGHT, [range], 1);
    return () => clearHighlights(CHECK_WORTHY_ACTIVE_HIGHLIGHT);
  }, [active, container, text, enabled]);

  useEffect(() => () => clearHighlights(CHECK_WORTHY_HIGHLIGHT, CHECK_WORTHY_ACTIVE_HIGHLIGHT), []);
}
