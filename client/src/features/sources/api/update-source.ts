import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { UpdateClaimSourceInput } from '@sanad/shared/schemas/source';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/**
 * `PATCH /api/claims/:id/sources/:linkId`, based on the claim at `version`:
 * answers with the updated claim, or 412 with the claim as it is now.
 */
export function updateSource(claimId: number, linkId: number, input: UpdateClaimSourceInput, version: number): Promise<Claim> {
  return callApi(claimEndpoints.updateSource, { params: { id: claimId, linkId }, body: input, ifMatch: version });
}

/** Saves a source link. Silent: the source form shows a stale save as a conflict view and reports other errors itself. */
export function useUpdateSource(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ linkId, input, version }: { linkId: number; input: UpdateClaimSourceInput; version: number }) =>
      updateSource(claimId, linkId, input, version),
    meta: { silent: true },
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
