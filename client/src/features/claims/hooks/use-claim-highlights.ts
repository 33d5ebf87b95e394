import type { Claim } from '@sanad/shared/schemas/claim';
import { useEffect, useRef } from 'react';
import { spanOf } from '../../../lib/claim-anchor.ts';
import { clearHighlights, setHighlight, supportsHighlights } from '../../../lib/highlights.ts';
import { paragraphNodes, rangeOfOffsets } from '../../../lib/text-offsets.ts';
import { ACTIVE_HIGHLIGHT, ALL_HIGHLIGHT_NAMES, highlightNameFor, OVERLAP_HIGHLIGHT, SUGGESTION_HIGHLIGHT } from '../highlight-names.ts';

/** The stretches of text covered by two or more spans, as [start, end) pairs. */
export function overlapSpans(spans: readonly { start: number; end: number }[]): [number, number][] {
  const edges = new Map<number, number>();
  for (const span of spans) {
    edges.set(span.start, (edges.get(span.start) ?? 0) + 1);
    edges.set(span.end, (edges.get(span.end) ?? 0) - 1);
  }
  const points = [...edges.keys()].sort((a, b) => a - b);
  const result: [number, number][] = [];
  let depth = 0;
  for (let i = 0; i < points.length; i += 1) {
    const point = points[i]!;
    depth += edges.get(point) ?? 0;
    const next = points[i + 1];
    if (depth >= 2 && next !== undefined && next > point) {
      const last = result[result.length - 1];
      if (last && last[1] === point) last[1] = next;
      else result.push([point, next]);
    }
  }
  return result;
}

interface Options {
  /** When false every highlight is removed (the "Show highlights" toggle). */
  enabled: boolean;
  /** The claim opened or focused in the sidebar, drawn on top. */
  activeId: number | null;
}

/** DOM ranges of the claims: attached spans, and the suggestions of fuzzy claims. */
export interface ClaimRanges {
  /** Attached claims (anchored, modified, normalised), for hit-testing clicks. */
  spans: Map<number, Range>;
  /** Suggested text of fuzzy claims: shown, never treated as attached. */
  suggestions: Map<number, Range>;
}

/**
 * Paints every attached claim over the article text with the CSS Custom
 * Highlight API: one Highlight per rating, one for unrated claims, one for the
 * active claim and one for stretches where claims overlap. A fuzzy claim's
 * suggestion gets a dashed highlight of its own; orphaned and fuzzy claims
 * have no offsets and are never painted as attached. Nothing is wrapped in
 * elements, so the text's layout and Arabic letter joining never change.
 * Returns the claims' current DOM ranges, for hit-testing and scrolling.
 */
export function useClaimHighlights(
  container: HTMLElement | null,
  text: string,
  claims: readonly Claim[],
  { enabled, activeId }: Options,
) {
  const rangesRef = useRef<ClaimRanges>({ spans: new Map(), suggestions: new Map() });

  useEffect(() => {
    const ranges: ClaimRanges = { spans: new Map(), suggestions: new Map() };
    rangesRef.current = ranges;
    if (!container) return;
    const paragraphs = paragraphNodes(container);
    const attached: { start: number; end: number }[] = [];
    for (const claim of claims) {
      const span = spanOf(claim);
      if (span) {
        attached.push(span);
        const range = rangeOfOffsets(paragraphs, span.start, span.end);
        if (range) ranges.spans.set(claim.id, range);
        continue;
      }
      const suggestion = claim.anchor.status === 'fuzzy' ? claim.anchor.suggestion : null;
      if (suggestion && suggestion.end <= text.length) {
        const range = rangeOfOffsets(paragraphs, suggestion.start, suggestion.end);
        if (range) ranges.suggestions.set(claim.id, range);
      }
    }
    if (!supportsHighlights || !enabled) return;

    const groups = new Map<string, Range[]>();
    for (const claim of claims) {
      const range = ranges.spans.get(claim.id);
      if (!range) continue;
      const name = highlightNameFor(claim.verdict?.rating ?? null);
      groups.set(name, [...(groups.get(name) ?? []), range]);
    }
    const registered: string[] = [];
    const register = (name: string, list: Range[], priority: number) => {
      if (list.length === 0) return;
      const highlight = new Highlight(...list);
      highlight.priority = priority;
      CSS.highlights.set(name, highlight);
      registered.push(name);
    };
    for (const [name, list] of groups) register(name, list, 0);
    const overlaps = overlapSpans(attached)
      .map(([start, end]) => rangeOfOffsets(paragraphs, start, end))
      .filter((range): range is Range => range !== null);
    register(OVERLAP_HIGHLIGHT, overlaps, 1);
    register(SUGGESTION_HIGHLIGHT, [...ranges.suggestions.values()], 1);

    return () => clearHighlights(...registered);
  }, [container, text, claims, enabled]);

  // The active claim on its own: moving through the list repaints one range, not every claim (runs after the effect above).
  useEffect(() => {
    if (!supportsHighlights || !enabled || !container || activeId === null) return;
    const ranges = rangesRef.current;
    const active = ranges.spans.get(activeId) ?? ranges.suggestions.get(activeId);
    if (!active) return;
    setHighlight(ACTIVE_HIGHLIGHT, [active], 2);
    return () => clearHighlights(ACTIVE_HIGHLIGHT);
  }, [container, text, claims, enabled, activeId]);

  // Any highlight left by an earlier screen is cleared when this one unmounts.
  useEffect(() => () => clearHighlights(...ALL_HIGHLIGHT_NAMES), []);

  return rangesRef;
}
