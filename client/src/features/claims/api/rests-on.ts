import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { claimLinkEndpoints } from '@sanad/shared/api/claim-links';
import type { ClaimSummary } from '@sanad/shared/claim-index';
import { restsOnFalse } from '@sanad/shared/rests-on';
import type { Claim } from '@sanad/shared/schemas/claim';
import { useMemo } from 'react';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';
import { claimKeys } from '../../../lib/query-keys.ts';
import type { RatingScale } from '../../../lib/rating-scale.ts';

/** `POST /api/claims/:id/rests-on`: the opinion now rests on that claim of its article (ADR 033). */
export function useAddRestsOn(opinionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (claimId: number) => callApi(claimLinkEndpoints.addRestsOn, { params: { id: opinionId }, body: { claimId } }),
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}

/** `DELETE /api/claims/:id/rests-on/:restsOnId`, based on the opinion at `version`. */
export function useRemoveRestsOn(opinionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ claimId, version }: { claimId: number; version: number }) =>
      callApi(claimLinkEndpoints.removeRestsOn, { params: { id: opinionId, restsOnId: claimId }, ifMatch: version }),
    onSuccess: (claim: Claim) => storeClaim(queryClient, claim),
  });
}

/** `GET /api/articles/:id/claims/rests-on`: every link of the article's opinions (refreshed whenever its claims are). */
export const articleRestsOnQueryOptions = (articleId: number) =>
  queryOptions({
    queryKey: claimKeys.restsOn(articleId),
    queryFn: ({ signal }) => callApi(claimLinkEndpoints.articleRestsOn, { params: { id: articleId }, signal }),
  });

/**
 * The opinions of the article that rest on a claim rated on the false or misleading side, by id: the links
 * (one small query) read against the ratings the claim index already has, so a verdict changed on a factual
 * claim flags its opinions as soon as the index shows it.
 */
export function useOpinionsRestingOnFalse(articleId: number, claims: readonly ClaimSummary[], scale: RatingScale): ReadonlySet<number> {
  const hasOpinion = claims.some((claim) => claim.kind === 'opinion');
  const { data } = useQuery({ ...articleRestsOnQueryOptions(articleId), enabled: hasOpinion });
  return useMemo(() => {
    const flagged = new Set<number>();
    if (!data) return flagged;
    const ratingOf = new Map(claims.map((claim) => [claim.id, claim.verdict?.rating ?? null]));
    const byOpinion = new Map<number, (string | null)[]>();
    for (const link of data.links) byOpinion.set(link.opinionClaimId, [...(byOpinion.get(link.opinionClaimId) ?? []), ratingOf.get(link.restsOnClaimId) ?? null]);
    for (const [opinionId, ratings] of byOpinion) if (restsOnFalse(ratings, scale.ratings)) flagged.add(opinionId);
    return flagged;
  }, [data, claims, scale]);
}
