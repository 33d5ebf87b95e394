import type { Claim } from '@sanad/shared/schemas/claim';
import { useEffect, useRef } from 'react';
import { paragraphNodes, rangeOfOffsets } from '../../../lib/text-offsets.ts';
import { ACTIVE_HIGHLIGHT, highlightNameFor, OVERLAP_HIGHLIGHT, ALL_HIGHLIGHT_NAMES } from '../highlight-names.ts';

/** True when the browser has the CSS Custom Highlight API. */
export const supportsHighlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** The stretches of text covered by two or more claims, as [start, end) pairs. */
export function overlapSpans(claims: readonly Pick<Claim, 'start' | 'end'>[]): [number, number][] {
  const edges = new Map<number, number>();
  for (const claim of claims) {
    edges.set(claim.start, (edges.get(claim.start) ?? 0) + 1);
    edges.set(claim.end, (edges.get(claim.end) ?? 0) - 1);
  }
  const points = [...edges.keys()].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  let depth = 0;
  for (let i = 0; i < points.length; i += 1) {
    const point = points[i]!;
    depth += edges.get(point) ?? 0;
    const next = points[i + 1];
    if (depth >= 2 && next !== undefined && next > point) {
      const last = spans[spans.length - 1];
      if (last && last[1] === point) last[1] = next;
      else spans.push([point, next]);
    }
  }
  return spans;
}

interface Options {
  /** When false every highlight is removed (the "Show highlights" toggle). */
  enabled: boolean;
  /** The claim opened or focused in the sidebar, drawn on top. */
  activeId: number | null;
}

/**
 * Paints every claim over the article text with the CSS Custom Highlight API:
 * one Highlight per rating, one for unrated claims, one for the active claim
 * and one for stretches where claims overlap. Nothing is wrapped in elements,
 * so the text's layout and Arabic letter joining never change.
 * Returns the claims' current DOM ranges, for hit-testing clicks.
 */
export function useClaimHighlights(
  container: HTMLElement | null,
  text: string,
  claims: readonly Claim[],
  { enabled, activeId }: Options,
) {
  const rangesRef = useRef(new Map<number, Range>());

  useEffect(() => {
    const ranges = new Map<number, Range>();
    rangesRef.current = ranges;
    if (!container) return;
    const paragraphs = paragraphNodes(container);
    for (const claim of claims) {
      const range = rangeOfOffsets(paragraphs, claim.start, claim.end);
      if (range) ranges.set(claim.id, range);
    }
    if (!supportsHighlights || !enabled) return;

    const groups = new Map<string, Range[]>();
    for (const claim of claims) {
      const range = ranges.get(claim.id);
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
    const overlaps = overlapSpans(claims)
      .map(([start, end]) => rangeOfOffsets(paragraphs, start, end))
      .filter((range): range is Range => range !== null);
    register(OVERLAP_HIGHLIGHT, overlaps, 1);
    const active = activeId === null ? undefined : ranges.get(activeId);
    if (active) register(ACTIVE_HIGHLIGHT, [active], 2);

    return () => {
      for (const name of registered) CSS.highlights.delete(name);
    };
  }, [container, text, claims, enabled, activeId]);

  // Any highlight left by an earlier screen is cleared when this one unmounts.
  useEffect(
    () => () => {
      if (supportsHighlights) for (const name of ALL_HIGHLIGHT_NAMES) CSS.highlights.delete(name);
    },
    [],
  );

  return rangesRef;
}

/** Scrolls the text so the claim's range is in view, when it is not already. */
export function revealRange(range: Range | undefined): void {
  if (!range) return;
  const rect = range.getBoundingClientRect();
  if (rect.height === 0) return;
  const margin = 96;
  if (rect.top < margin || rect.bottom > window.innerHeight - margin) {
    window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'smooth' });
  }
}
