import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { AttachSourceInput } from '@sanad/shared/schemas/source';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/** `POST /api/claims/:id/sources`: answers with the updated claim. */
export function attachSource(claimId: number, input: AttachSourceInput): Promise<Claim> {
  return apiRequest<Claim>(`/claims/${claimId}/sources`, { method: 'POST', body: input });
}

export function useAttachSource(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AttachSourceInput) => attachSource(claimId, input),
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
