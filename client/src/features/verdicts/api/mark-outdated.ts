import { useMutation, useQueryClient } from '@tanstack/react-query';
import { claimEndpoints } from '@sanad/shared/api/claims';
import type { Claim } from '@sanad/shared/schemas/claim';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/** `PUT /api/claims/:id/verdict/outdated` with a note, or `DELETE` it (note null): the verdict outdated, or current again (editors). */
export function setOutdated(claimId: number, note: string | null, version: number): Promise<Claim> {
  return note === null
    ? callApi(claimEndpoints.clearOutdated, { params: { id: claimId }, ifMatch: version })
    : callApi(claimEndpoints.markOutdated, { params: { id: claimId }, body: { note }, ifMatch: version });
}

export function useSetOutdated(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ note, version }: { note: string | null; version: number }) => setOutdated(claimId, note, version),
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
