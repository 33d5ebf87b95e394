import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim, UpdateClaimInput } from '@sanad/shared/schemas/claim';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/** `PATCH /api/claims/:id`: move the span and/or change the claimant, based on the claim at `version`. */
export function updateClaim(claimId: number, input: UpdateClaimInput, version: number): Promise<Claim> {
  return callApi(claimEndpoints.update, { params: { id: claimId }, body: input, ifMatch: version });
}

/**
 * Changes a claim's claimant. Silent: the claimant form shows a stale save
 * (412) as a conflict view and other errors beside the field.
 */
export function useUpdateClaim(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: UpdateClaimInput; version: number }) => updateClaim(claimId, input, version),
    meta: { silent: true },
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}

/**
 * Moves any claim's span (all three of start, end and quote): how an
 * orphaned or fuzzy claim is re-attached to text the reviewer selected.
 * The server answers with the claim `anchored` at its new place.
 */
export function useMoveClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ claimId, span, version }: { claimId: number; span: { start: number; end: number; quote: string }; version: number }) =>
      updateClaim(claimId, span, version),
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
