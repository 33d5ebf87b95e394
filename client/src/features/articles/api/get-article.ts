import { queryOptions } from '@tanstack/react-query';
import type { Article } from '@sanad/shared/schemas/article';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { callApi } from '../../../lib/api-client.ts';
import { articleKeys } from '../../../lib/query-keys.ts';

/** `GET /api/articles/:id`: one article with its text. */
export function getArticle(id: number, signal?: AbortSignal): Promise<Article> {
  return callApi(articleEndpoints.get, { params: { id }, signal });
}

/** Query options of one article; routes combine them with the claims query. */
export const articleQueryOptions = (id: number) =>
  queryOptions({ queryKey: articleKeys.detail(id), queryFn: ({ signal }) => getArticle(id, signal) });
