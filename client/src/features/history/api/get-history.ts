import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditList } from '@sanad/shared/schemas/workflow';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { historyKeys } from '../../../lib/query-keys.ts';

/** `GET /api/claims/:id/history`: the claim's audit entries, oldest first. */
export function getHistory(claimId: number, signal?: AbortSignal): Promise<AuditList> {
  return callApi(claimEndpoints.history, { params: { id: claimId }, signal });
}

export const historyQueryOptions = (claimId: number) =>
  queryOptions({ queryKey: historyKeys.list(claimId), queryFn: ({ signal }) => getHistory(claimId, signal) });

/** The audit entries of one claim (live updates invalidate them). */
export function useHistory(claimId: number) {
  return useQuery(historyQueryOptions(claimId));
}
