import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { SetVerdictInput } from '@sanad/shared/schemas/verdict';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/**
 * `PUT /api/claims/:id/verdict`: sets or replaces the verdict of the claim at
 * `version`; answers with the updated claim, or 412 with the claim as it is now.
 */
export function setVerdict(claimId: number, input: SetVerdictInput, version: number): Promise<Claim> {
  return callApi(claimEndpoints.setVerdict, { params: { id: claimId }, body: input, ifMatch: version });
}

/** Saves a verdict. Silent: the verdict form shows a stale save as a conflict view, never a bare toast. */
export function useSetVerdict(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: SetVerdictInput; version: number }) => setVerdict(claimId, input, version),
    meta: { silent: true },
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
