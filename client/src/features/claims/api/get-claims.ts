import { queryOptions } from '@tanstack/react-query';
import type { ClaimList } from '@sanad/shared/schemas/claim';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { claimKeys } from '../../../lib/query-keys.ts';

/** `GET /api/articles/:id/claims`: the article's claims in reading order. */
export function getClaims(articleId: number, signal?: AbortSignal): Promise<ClaimList> {
  return callApi(claimEndpoints.list, { params: { id: articleId }, signal });
}

/** Query options of an article's claims; routes combine them with the article query. */
export const claimsQueryOptions = (articleId: number) =>
  queryOptions({ queryKey: claimKeys.list(articleId), queryFn: ({ signal }) => getClaims(articleId, signal) });
