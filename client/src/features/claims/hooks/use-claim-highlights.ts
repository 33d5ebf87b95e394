import type { ClaimSummary } from '@sanad/shared/claim-index';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { spanOf } from '../../../lib/claim-anchor.ts';
import { clearHighlights, setHighlight, supportsHighlights } from '../../../lib/highlights.ts';
import { paragraphNodes, rangeOfOffsets } from '../../../lib/text-offsets.ts';
import { supportsViewportHighlights, ViewportHighlights, type Paint } from '../../../lib/viewport-highlights.ts';
import {
  ACTIVE_HIGHLIGHT,
  ALL_HIGHLIGHT_NAMES,
  highlightNameFor,
  OVERLAP_HIGHLIGHT,
  SUGGESTION_HIGHLIGHT,
  UNRATED_HIGHLIGHT,
} from '../highlight-names.ts';

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
  /** Text being marked as a claim while the server has not answered yet: painted as an unrated claim at once. */
  pending?: { start: number; end: number } | null;
}

/** DOM ranges of the claims, built when asked for (for hit-testing clicks and scrolling to a claim). */
export interface ClaimRanges {
  /** The attached text of a claim (anchored, modified, normalised), or null when it has none. */
  span(id: number): Range | null;
  /** The suggested text of a fuzzy claim: shown, never treated as attached. */
  suggestion(id: number): Range | null;
}

/** Highlights drawn over the claims' colours. */
const priorityOf = (name: string) => (name === OVERLAP_HIGHLIGHT || name === SUGGESTION_HIGHLIGHT ? 1 : 0);

/**
 * What the claims paint: each attached claim in its rating's colour, fuzzy
 * claims' suggestions, overlaps, and the span being marked (as unrated).
 */
export function claimPaints(claims: readonly ClaimSummary[], textLength: number, pending: { start: number; end: number } | null = null): Paint[] {
  const paints: Paint[] = [];
  if (pending && pending.end <= textLength) paints.push({ key: `p${pending.start}-${pending.end}`, name: UNRATED_HIGHLIGHT, ...pending });
  const attached: { start: number; end: number }[] = [];
  for (const claim of claims) {
    const span = spanOf(claim);
    if (span) {
      attached.push(span);
      const name = highlightNameFor(claim.verdict?.rating ?? null);
      paints.push({ key: `c${claim.id}:${name}:${span.start}-${span.end}`, name, ...span });
      continue;
    }
    const suggestion = claim.anchor.status === 'fuzzy' ? claim.anchor.suggestion : null;
    if (suggestion && suggestion.end <= textLength) {
      paints.push({ key: `s${claim.id}:${suggestion.start}-${suggestion.end}`, name: SUGGESTION_HIGHLIGHT, start: suggestion.start, end: suggestion.end });
    }
  }
  for (const [start, end] of overlapSpans(attached)) paints.push({ key: `o${start}-${end}`, name: OVERLAP_HIGHLIGHT, start, end });
  return paints;
}

/**
 * Paints every attached claim over the article text with the CSS Custom
 * Highlight API: one Highlight per rating, one for unrated claims, one for the
 * active claim and one for stretches where claims overlap. A fuzzy claim's
 * suggestion gets a dashed highlight of its own; orphaned and fuzzy claims
 * have no offsets and are never painted as attached. Nothing is wrapped in
 * elements, so the text's layout and Arabic letter joining never change.
 * Only the paragraphs on or near the screen have registered ranges (see
 * ViewportHighlights), and a change of claims adds or removes just the ranges
 * that changed. Text being marked shows as an unrated claim before the server
 * answers (and goes if it refuses). Returns the claims' DOM ranges on demand.
 */
export function useClaimHighlights(
  container: HTMLElement | null,
  text: string,
  claims: readonly ClaimSummary[],
  { enabled, activeId, pending = null }: Options,
): ClaimRanges {
  const pendingStart = pending?.start;
  const pendingEnd = pending?.end;
  const paints = useMemo(
    () => claimPaints(claims, text.length, pendingStart === undefined || pendingEnd === undefined ? null : { start: pendingStart, end: pendingEnd }),
    [claims, text.length, pendingStart, pendingEnd],
  );
  const painter = useRef<ViewportHighlights | null>(null);
  const latest = useRef({ container, text, claims });
  latest.current = { container, text, claims };

  const ranges = useMemo<ClaimRanges>(() => {
    const rangeOf = (id: number, pick: (claim: ClaimSummary) => { start: number; end: number } | null) => {
      const { container: element, text: current, claims: list } = latest.current;
      const claim = list.find((candidate) => candidate.id === id);
      const span = claim ? pick(claim) : null;
      if (!element || !span || span.end > current.length) return null;
      return rangeOfOffsets(paragraphNodes(element), span.start, span.end);
    };
    return {
      span: (id) => rangeOf(id, spanOf),
      suggestion: (id) => rangeOf(id, (claim) => (claim.anchor.status === 'fuzzy' ? claim.anchor.suggestion : null)),
    };
  }, []);

  // Layout effects, so a commit that adds a claim (or the text) paints with its highlights.
  // A new text (or container) means new paragraphs: start over. `text` is a dependency for that reason alone.
  useLayoutEffect(() => {
    if (!supportsViewportHighlights || !enabled || !container) return;
    const instance = new ViewportHighlights(container, priorityOf);
    painter.current = instance;
    return () => {
      instance.dispose();
      if (painter.current === instance) painter.current = null;
    };
  }, [container, text, enabled]);

  useLayoutEffect(() => {
    painter.current?.set(paints);
  }, [paints, container, text, enabled]);

  // The active claim on its own: moving through the list repaints one range, not every claim.
  useEffect(() => {
    if (!supportsHighlights || !enabled || !container || activeId === null) return;
    const active = ranges.span(activeId) ?? ranges.suggestion(activeId);
    if (!active) return;
    setHighlight(ACTIVE_HIGHLIGHT, [active], 2);
    return () => clearHighlights(ACTIVE_HIGHLIGHT);
  }, [ranges, container, text, claims, enabled, activeId]);

  // Any highlight left by an earlier screen is cleared when this one unmounts.
  useEffect(() => () => clearHighlights(...ALL_HIGHLIGHT_NAMES), []);

  return ranges;
}
