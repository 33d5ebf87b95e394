import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { forgetClaim } from '../../../lib/claim-cache.ts';

/** `DELETE /api/claims/:id` (its verdict and source links go with it). */
export function deleteClaim(claimId: number): Promise<void> {
  return apiRequest<void>(`/claims/${claimId}`, { method: 'DELETE' });
}

export function useDeleteClaim(articleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteClaim,
    onSuccess: (_result, claimId) => forgetClaim(queryClient, articleId, claimId),
  });
}
