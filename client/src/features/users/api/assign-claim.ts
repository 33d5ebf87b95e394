import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';
import { queueKeys } from '../../../lib/query-keys.ts';

/** `PATCH /api/claims/:id` with `assigneeId` (editors): assign the claim at `version` to one reviewer, or null to unassign. */
export function assignClaim(claimId: number, assigneeId: number | null, version: number): Promise<Claim> {
  return callApi(claimEndpoints.update, { params: { id: claimId }, body: { assigneeId }, ifMatch: version });
}

export function useAssignClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ claim, assigneeId }: { claim: Claim; assigneeId: number | null }) => assignClaim(claim.id, assigneeId, claim.version),
    onSuccess: (claim) => {
      storeClaim(queryClient, claim);
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
    },
  });
}
