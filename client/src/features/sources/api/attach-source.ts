import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { AttachSourceInput } from '@sanad/shared/schemas/source';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/** `POST /api/claims/:id/sources`: answers with the updated claim. */
export function attachSource(claimId: number, input: AttachSourceInput): Promise<Claim> {
  return callApi(claimEndpoints.attachSource, { params: { id: claimId }, body: input });
}

export function useAttachSource(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AttachSourceInput) => attachSource(claimId, input),
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
