import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { ArticleList } from '@sanad/shared/schemas/article';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { callApi } from '../../../lib/api-client.ts';
import { articleKeys } from '../../../lib/query-keys.ts';

/** `GET /api/articles`: the articles with their claim counts, newest first as the server orders them. */
export function getArticles(signal?: AbortSignal): Promise<ArticleList> {
  return callApi(articleEndpoints.list, { signal });
}

export const articlesQueryOptions = () =>
  queryOptions({ queryKey: articleKeys.list(), queryFn: ({ signal }) => getArticles(signal) });

/** The article list; suspends while it loads and throws to the region's error boundary. */
export function useArticles() {
  return useSuspenseQuery(articlesQueryOptions());
}
