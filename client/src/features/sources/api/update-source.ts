import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { UpdateClaimSourceInput } from '@sanad/shared/schemas/source';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/** `PATCH /api/claims/:id/sources/:linkId`: answers with the updated claim. */
export function updateSource(claimId: number, linkId: number, input: UpdateClaimSourceInput, version: number): Promise<Claim> {
  return apiRequest<Claim>(`/claims/${claimId}/sources/${linkId}`, { method: 'PATCH', body: input, ifMatch: version });
}

export function useUpdateSource(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ linkId, input, version }: { linkId: number; input: UpdateClaimSourceInput; version: number }) =>
      updateSource(claimId, linkId, input, version),
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
