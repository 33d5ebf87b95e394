import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim, CreateClaimInput } from '@sanad/shared/schemas/claim';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/** `POST /api/articles/:id/claims`. */
export function createClaim(articleId: number, input: CreateClaimInput): Promise<Claim> {
  return callApi(claimEndpoints.create, { params: { id: articleId }, body: input });
}

/** Marks a claim; it appears in the cached list (and so highlighted) as soon as the server answers. */
export function useCreateClaim(articleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateClaimInput) => createClaim(articleId, input),
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
