import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/** `DELETE /api/claims/:id/verdict`: the claim goes back to unrated; answers with the updated claim. */
export function removeVerdict(claimId: number, version: number): Promise<Claim> {
  return callApi(claimEndpoints.removeVerdict, { params: { id: claimId }, ifMatch: version });
}

export function useRemoveVerdict(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => removeVerdict(claimId, version),
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
