import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim, ConfirmAnchorInput } from '@sanad/shared/schemas/claim';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { ApiError, callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';
import { claimKeys } from '../../../lib/query-keys.ts';

/**
 * `POST /api/claims/:id/anchor/confirm`: accepts a `modified` claim's new text
 * or attaches a `fuzzy` claim to its suggestion. Answers 409
 * `nothing_to_confirm` when the claim is no longer in that state.
 */
export function confirmAnchor(claimId: number, input: ConfirmAnchorInput, version: number): Promise<Claim> {
  return callApi(claimEndpoints.confirmAnchor, { params: { id: claimId }, body: input, ifMatch: version });
}

/**
 * Confirms a claim's anchor. When someone else resolved it first (409), the
 * toast says so and the claim list is refetched to show its current state.
 */
export function useConfirmAnchor(claim: Pick<Claim, 'id' | 'articleId' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConfirmAnchorInput) => confirmAnchor(claim.id, input, claim.version),
    onSuccess: (updated) => storeClaim(queryClient, updated),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: claimKeys.list(claim.articleId) });
      }
    },
  });
}
