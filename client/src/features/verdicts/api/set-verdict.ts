import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { SetVerdictInput } from '@sanad/shared/schemas/verdict';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeClaim } from '../../../lib/claim-cache.ts';

/** `PUT /api/claims/:id/verdict`: sets or replaces the verdict; answers with the updated claim. */
export function setVerdict(claimId: number, input: SetVerdictInput): Promise<Claim> {
  return apiRequest<Claim>(`/claims/${claimId}/verdict`, { method: 'PUT', body: input });
}

export function useSetVerdict(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetVerdictInput) => setVerdict(claimId, input),
    onSuccess: (claim) => storeClaim(queryClient, claim),
  });
}
