import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim, UpdateClaimInput } from '@sanad/shared/schemas/claim';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/** `PATCH /api/claims/:id`: move the span and/or change the claimant. */
export function updateClaim(claimId: number, input: UpdateClaimInput): Promise<Claim> {
  return apiRequest<Claim>(`/claims/${claimId}`, { method: 'PATCH', body: input });
}

export function useUpdateClaim(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateClaimInput) => updateClaim(claimId, input),
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
