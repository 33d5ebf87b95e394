import type { QueryClient } from '@tanstack/react-query';
import { articleQueryOptions } from '../../features/articles/api/get-article.ts';
import { claimsQueryOptions } from '../../features/claims/api/get-claims.ts';

/**
 * The article page's claims query: the compact index decoded against the article's text, taken from the
 * article query (in flight beside it from the route's loader), or fetched again when the index counts in a
 * newer revision than the cached text (a live update refetches the claims first).
 */
export function articleClaimsQueryOptions(queryClient: QueryClient, articleId: number) {
  return claimsQueryOptions(articleId, async (revision) => {
    const cached = await queryClient.ensureQueryData(articleQueryOptions(articleId));
    if (cached.revision === revision) return cached.text;
    return (await queryClient.fetchQuery({ ...articleQueryOptions(articleId), staleTime: 0 })).text;
  });
}
