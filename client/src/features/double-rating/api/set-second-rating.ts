import { useMutation, useQueryClient } from '@tanstack/react-query';
import { doubleRatingEndpoints } from '@sanad/shared/api/double-rating';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { SetSecondRatingInput } from '@sanad/shared/schemas/double-rating';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';
import { queueKeys } from '../../../lib/query-keys.ts';

/** `PUT /api/claims/:id/second-rating`: gives (or changes, before the verdict is in) the claim's second, independent rating. */
export function setSecondRating(claimId: number, input: SetSecondRatingInput, version: number): Promise<Claim> {
  return callApi(doubleRatingEndpoints.rate, { params: { id: claimId }, body: input, ifMatch: version });
}

/** Saves the viewer's independent rating; the queue no longer lists the claim for them. */
export function useSetSecondRating(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: SetSecondRatingInput; version: number }) => setSecondRating(claimId, input, version),
    onSuccess: (claim) => {
      storeClaim(queryClient, claim);
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
    },
  });
}
