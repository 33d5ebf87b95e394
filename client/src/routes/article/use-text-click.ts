import type { ClaimSummary } from '@sanad/shared/claim-index';
import { useCallback, type MouseEvent } from 'react';
import type { ClaimRanges } from '../../features/claims/hooks/use-claim-highlights.ts';
import type { OverlapChoice } from '../../features/claims/components/overlap-chooser.tsx';
import { spanOf } from '../../lib/claim-anchor.ts';
import { offsetAtPoint, rangeContainsPoint } from '../../lib/text-offsets.ts';

interface TextClickOptions {
  container: HTMLElement | null;
  claims: readonly ClaimSummary[];
  /** The claims' ranges in the text, from their highlights. */
  ranges: ClaimRanges;
  /** Clicks do nothing while a claim is being re-attached (the reviewer is selecting text). */
  reattaching: boolean;
  openClaimById: (id: number) => void;
  setOverlap: (choice: OverlapChoice) => void;
  /** A click that hit no claim, at this text offset (a check-worthiness suggestion may be there). */
  onNoClaim?: (offset: number, x: number, y: number) => void;
}

/**
 * A click in the article text opens the claim under the pointer, or offers
 * the claims that overlap there to choose from. A click that ends a selection
 * does nothing.
 */
export function useTextClick({ container, claims, ranges, reattaching, openClaimById, setOverlap, onNoClaim }: TextClickOptions) {
  return useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (!container || reattaching || !window.getSelection()?.isCollapsed) return;
      const { clientX: x, clientY: y } = event;
      const offset = offsetAtPoint(container, x, y);
      if (offset === null) return;
      // Only attached claims have offsets; fuzzy and orphaned ones are never hit in the text.
      const near = claims.filter((claim) => {
        const span = spanOf(claim);
        return span !== null && span.start <= offset && offset <= span.end;
      });
      const hits = near.filter((claim) => {
        const range = ranges.span(claim.id);
        return range ? rangeContainsPoint(range, x, y) : false;
      });
      const found = hits.length > 0 ? hits : near.filter((claim) => claim.end !== null && offset < claim.end);
      if (found.length === 1 && found[0]) openClaimById(found[0].id);
      else if (found.length > 1) setOverlap({ x, y, claims: found });
      else onNoClaim?.(offset, x, y);
    },
    [container, claims, ranges, openClaimById, reattaching, setOverlap, onNoClaim],
  );
}
