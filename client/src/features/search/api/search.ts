import { queryOptions } from '@tanstack/react-query';
import type { SearchResponse } from '@sanad/shared/schemas/search';
import { searchEndpoints } from '@sanad/shared/api/search';
import { callApi } from '../../../lib/api-client.ts';
import { searchKeys } from '../../../lib/query-keys.ts';

/** Results per group asked for by the search page. */
export const SEARCH_LIMIT = 20;

/**
 * `GET /api/search?q=&limit=`: articles, claims and sources matching the
 * query in search form. Answers 400 (`validation_failed` or
 * `query_has_no_words`) for a query it cannot run.
 */
export function search(q: string, limit: number, signal?: AbortSignal): Promise<SearchResponse> {
  return callApi(searchEndpoints.search, { query: { q, limit }, signal });
}

/** Query options of one search. */
export const searchQueryOptions = (q: string, limit = SEARCH_LIMIT) =>
  queryOptions({ queryKey: searchKeys.results(q, limit), queryFn: ({ signal }) => search(q, limit, signal) });
