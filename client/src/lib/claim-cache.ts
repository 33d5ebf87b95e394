import type { QueryClient } from '@tanstack/react-query';
import { type ClaimSummary, summarizeClaim } from '@sanad/shared/claim-index';
import type { Claim } from '@sanad/shared/schemas/claim';
import { articleKeys, claimKeys } from './query-keys.ts';

/** What the claims query holds: the article's claim summaries (the index, decoded). */
type ClaimSummaries = { claims: ClaimSummary[] };

/**
 * Reading order of claims, as the server lists them: attached claims by start,
 * then end; then the unattached ones (no offsets) by id.
 */
export function byReadingOrder(a: Pick<Claim, 'id' | 'start' | 'end'>, b: Pick<Claim, 'id' | 'start' | 'end'>): number {
  if (a.start === null || a.end === null || b.start === null || b.end === null) {
    const rank = (claim: Pick<Claim, 'start' | 'end'>) => (claim.start === null || claim.end === null ? 1 : 0);
    return rank(a) - rank(b) || a.id - b.id;
  }
  return a.start - b.start || a.end - b.end || a.id - b.id;
}

/**
 * Puts a claim the server returned into the article's cached claim summaries
 * and its detail at once (so its highlight, list entry and panel show without
 * waiting for a refetch),
 * then marks the claim and article queries stale so they refetch.
 */
export function storeClaim(queryClient: QueryClient, claim: Claim): void {
  queryClient.setQueryData<ClaimSummaries>(claimKeys.list(claim.articleId), (current) => {
    if (!current) return current;
    const others = current.claims.filter((existing) => existing.id !== claim.id);
    return { claims: [...others, summarizeClaim(claim)].sort(byReadingOrder) };
  });
  queryClient.setQueryData(claimKeys.detail(claim.id), claim);
  void queryClient.invalidateQueries({ queryKey: claimKeys.list(claim.articleId) });
  void queryClient.invalidateQueries({ queryKey: articleKeys.lists() });
}

/** Drops a deleted claim from the caches and refreshes the article's counts. */
export function forgetClaim(queryClient: QueryClient, articleId: number, claimId: number): void {
  queryClient.setQueryData<ClaimSummaries>(claimKeys.list(articleId), (current) =>
    current ? { claims: current.claims.filter((claim) => claim.id !== claimId) } : current,
  );
  queryClient.removeQueries({ queryKey: claimKeys.detail(claimId) });
  void queryClient.invalidateQueries({ queryKey: claimKeys.list(articleId) });
  void queryClient.invalidateQueries({ queryKey: articleKeys.lists() });
}

/** True when a value (e.g. a 412's `current`) looks like a claim as the API presents it. */
export function isClaim(value: unknown): value is Claim {
  return typeof value === 'object' && value !== null && 'id' in value && 'articleId' in value && 'version' in value && 'quote' in value;
}
