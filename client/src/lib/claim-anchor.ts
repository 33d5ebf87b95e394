import type { Claim } from '@sanad/shared/schemas/claim';

/** A claim's span in the current text, or null while it is not attached (`fuzzy`, `orphaned`). */
export function spanOf(claim: Pick<Claim, 'start' | 'end'>): { start: number; end: number } | null {
  return claim.start === null || claim.end === null ? null : { start: claim.start, end: claim.end };
}

/** True for claims that are not attached to the text and wait for a reviewer to place them. */
export function isUnattached(claim: Pick<Claim, 'start' | 'end'> & { anchor: Pick<Claim['anchor'], 'status'> }): boolean {
  return spanOf(claim) === null || claim.anchor.status === 'fuzzy' || claim.anchor.status === 'orphaned';
}
