import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { Queue } from '@sanad/shared/schemas/queue';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';
import { historyKeys, queueKeys } from '../../../lib/query-keys.ts';
import { summaryKeys } from '../../../lib/query-keys.ts';

/** An editor's decision on a submitted claim: approve it, or send it back with a note. */
export type Decision = { to: 'approved' } | { to: 'changes_requested'; note: string };

/**
 * `POST /api/claims/:id/transitions` with `If-Match` at the queue item's
 * version: 409 `self_approval` / `anchor_unresolved` when the move is not
 * allowed now, 412 when the claim changed since the queue was loaded.
 */
export function decideClaim(claimId: number, decision: Decision, version: number): Promise<Claim> {
  return callApi(claimEndpoints.transition, { params: { id: claimId }, body: decision, ifMatch: version });
}

/**
 * Approves or sends back a claim from the dashboard queue. Whatever the
 * answer, the queue and the summaries refetch, so the counts move without a
 * reload and a failed decision shows the claim as it is now (the central
 * mutation handler shows the error in a toast).
 */
export function useDecideClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ claimId, decision, version }: { claimId: number; decision: Decision; version: number }) => decideClaim(claimId, decision, version),
    onSuccess: (claim) => {
      // Take the decided claim out of the queue at once, so the next key press acts on the next one.
      queryClient.setQueryData<Queue>(queueKeys.all, (queue) =>
        queue ? { ...queue, awaitingApproval: queue.awaitingApproval.filter((item) => item.claimId !== claim.id) } : queue,
      );
      storeClaim(queryClient, claim);
      void queryClient.invalidateQueries({ queryKey: historyKeys.list(claim.id) });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
      void queryClient.invalidateQueries({ queryKey: summaryKeys.all });
    },
  });
}
