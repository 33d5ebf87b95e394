import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { TransitionInput } from '@sanad/shared/schemas/workflow';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';
import { historyKeys, queueKeys, summaryKeys } from '../../../lib/query-keys.ts';

/**
 * `POST /api/claims/:id/transitions`: moves the claim at `version` to another
 * review status. 403 when the role may not, 409 when the move is not allowed
 * now (`invalid_transition`, `self_approval`, `anchor_unresolved`,
 * `verdict_missing`), 412 when the claim changed meanwhile.
 */
export function transitionClaim(claimId: number, input: TransitionInput, version: number): Promise<Claim> {
  return callApi(claimEndpoints.transition, { params: { id: claimId }, body: input, ifMatch: version });
}

/** Moves a claim through the review workflow, from the claim panel or a queue. */
export function useTransitionClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ claimId, input, version }: { claimId: number; input: TransitionInput; version: number }) =>
      transitionClaim(claimId, input, version),
    onSuccess: (claim) => {
      storeClaim(queryClient, claim);
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
      void queryClient.invalidateQueries({ queryKey: summaryKeys.all });
      void queryClient.invalidateQueries({ queryKey: historyKeys.list(claim.id) });
    },
  });
}
