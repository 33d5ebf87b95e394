import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { ArticleSummary } from '@sanad/shared/schemas/summary';
import { summaryEndpoints } from '@sanad/shared/api/summary';
import { callApi } from '../../../lib/api-client.ts';
import { summaryKeys } from '../../../lib/query-keys.ts';

/** Query keys of one article's summary, under the summaries' root so decisions elsewhere refresh it. */

/** `GET /api/articles/:id/summary`: the verdict distribution and each claim in reading order (404 for an unknown article). */
export function getArticleSummary(articleId: number, signal?: AbortSignal): Promise<ArticleSummary> {
  return callApi(summaryEndpoints.article, { params: { id: articleId }, signal });
}

export const articleSummaryQueryOptions = (articleId: number) =>
  queryOptions({ queryKey: summaryKeys.article(articleId), queryFn: ({ signal }) => getArticleSummary(articleId, signal) });

/** One article's summary; suspends while it loads and throws to the region's error boundary. */
export function useArticleSummary(articleId: number) {
  return useSuspenseQuery(articleSummaryQueryOptions(articleId));
}
