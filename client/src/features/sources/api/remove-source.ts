import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/** `DELETE /api/claims/:id/sources/:linkId`: unlinks the source; answers with the updated claim. */
export function removeSource(claimId: number, linkId: number, version: number): Promise<Claim> {
  return callApi(claimEndpoints.detachSource, { params: { id: claimId, linkId }, ifMatch: version });
}

export function useRemoveSource(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ linkId, version }: { linkId: number; version: number }) => removeSource(claimId, linkId, version),
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
