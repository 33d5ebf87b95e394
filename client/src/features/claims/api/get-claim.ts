import { queryOptions } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { claimKeys } from '../../../lib/query-keys.ts';

/** `GET /api/claims/:id`: one claim with its verdict, sources and people (what the claim panel shows). */
export function getClaim(id: number, signal?: AbortSignal): Promise<Claim> {
  return callApi(claimEndpoints.get, { params: { id }, signal });
}

/** Query options of one claim's detail; fresh for a while, since the index's version says when it changed. */
export const claimQueryOptions = (id: number) =>
  queryOptions({ queryKey: claimKeys.detail(id), queryFn: ({ signal }) => getClaim(id, signal), staleTime: 30_000 });
