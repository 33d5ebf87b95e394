import { useMutation, useQueryClient } from '@tanstack/react-query';
import { doubleRatingEndpoints } from '@sanad/shared/api/double-rating';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { SetDoubleRatingInput } from '@sanad/shared/schemas/double-rating';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/** `PUT /api/claims/:id/double-rating` (editors): requires a second rating of the claim, or lifts it, and says whom to ask. */
export function setClaimDoubleRating(claimId: number, input: SetDoubleRatingInput, version: number): Promise<Claim> {
  return callApi(doubleRatingEndpoints.setForClaim, { params: { id: claimId }, body: input, ifMatch: version });
}

export function useSetClaimDoubleRating(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: SetDoubleRatingInput; version: number }) => setClaimDoubleRating(claimId, input, version),
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
