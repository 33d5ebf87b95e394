import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Summary } from '@sanad/shared/schemas/summary';
import { summaryEndpoints } from '@sanad/shared/api/summary';
import type { DashboardQuery } from '../hooks/use-dashboard-filters.ts';
import { callApi } from '../../../lib/api-client.ts';
import { summaryKeys } from '../../../lib/query-keys.ts';

/** How often the dashboard refreshes while it is visible: there is no global event stream. */
export const DASHBOARD_POLL_MS = 10_000;

/** `GET /api/summary`: per-article rows, totals and reviewer workload over the filtered set (400 naming a bad filter). */
export function getSummary(query: DashboardQuery, signal?: AbortSignal): Promise<Summary> {
  return callApi(summaryEndpoints.overview, { query, signal });
}

export const summaryQueryOptions = (query: DashboardQuery) =>
  queryOptions({
    queryKey: summaryKeys.overview(query),
    queryFn: ({ signal }) => getSummary(query, signal),
    staleTime: 5_000,
    // Polls only while the page is visible (react-query pauses intervals in background tabs).
    refetchInterval: DASHBOARD_POLL_MS,
  });

/**
 * The dashboard summary for the current filters. Keeps showing the previous
 * result while a new filter loads, so the table does not flash empty.
 */
export function useSummary(query: DashboardQuery) {
  return useQuery({ ...summaryQueryOptions(query), placeholderData: keepPreviousData });
}
