import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim, UpdateClaimInput } from '@sanad/shared/schemas/claim';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/** `PATCH /api/claims/:id`: move the span and/or change the claimant. */
export function updateClaim(claimId: number, input: UpdateClaimInput): Promise<Claim> {
  return apiRequest<Claim>(`/claims/${claimId}`, { method: 'PATCH', body: input });
}

/** Changes a claim's claimant or span. */
export function useUpdateClaim(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateClaimInput) => updateClaim(claimId, input),
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
    mutationFn: ({ claimId, span }: { claimId: number; span: { start: number; end: number; quote: string } }) => updateClaim(claimId, span),
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
