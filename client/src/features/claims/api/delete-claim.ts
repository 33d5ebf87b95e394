import { useMutation, useQueryClient } from '@tanstack/react-query';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { forgetClaim } from '../../../lib/claim-cache.ts';

/** `DELETE /api/claims/:id` (its verdict and source links go with it). */
export function deleteClaim(claimId: number, version: number): Promise<void> {
  return callApi(claimEndpoints.remove, { params: { id: claimId }, ifMatch: version });
}

export function useDeleteClaim(articleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ claimId, version }: { claimId: number; version: number }) => deleteClaim(claimId, version),
    onSuccess: (_result, { claimId }) => forgetClaim(queryClient, articleId, claimId),
  });
}
