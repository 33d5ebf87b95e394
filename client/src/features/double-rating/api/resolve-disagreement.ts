import { useMutation, useQueryClient } from '@tanstack/react-query';
import { doubleRatingEndpoints } from '@sanad/shared/api/double-rating';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { ResolveDisagreementInput } from '@sanad/shared/schemas/double-rating';
import { callApi } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';
import { agreementKeys } from '../../../lib/query-keys.ts';

/** `POST /api/claims/:id/double-rating/resolve` (editors): settles a disagreement between the two ratings with a note. */
export function resolveDisagreement(claimId: number, input: ResolveDisagreementInput, version: number): Promise<Claim> {
  return callApi(doubleRatingEndpoints.resolve, { params: { id: claimId }, body: input, ifMatch: version });
}

export function useResolveDisagreement(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: ResolveDisagreementInput; version: number }) => resolveDisagreement(claimId, input, version),
    onSuccess: (claim) => {
      storeClaim(queryClient, claim);
      void queryClient.invalidateQueries({ queryKey: agreementKeys.all });
    },
  });
}
