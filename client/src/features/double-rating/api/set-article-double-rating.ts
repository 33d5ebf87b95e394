import { useMutation, useQueryClient } from '@tanstack/react-query';
import { doubleRatingEndpoints } from '@sanad/shared/api/double-rating';
import type { Article } from '@sanad/shared/schemas/article';
import { callApi } from '../../../lib/api-client.ts';
import { articleKeys, claimKeys } from '../../../lib/query-keys.ts';

/** `PUT /api/articles/:id/double-rating` (editors): every claim of the article not yet approved, and those marked later, needs a second rating (or no longer). */
export function setArticleDoubleRating(articleId: number, required: boolean, version: number): Promise<Article> {
  return callApi(doubleRatingEndpoints.setForArticle, { params: { id: articleId }, body: { required }, ifMatch: version });
}

export function useSetArticleDoubleRating(articleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ required, version }: { required: boolean; version: number }) => setArticleDoubleRating(articleId, required, version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: articleKeys.all });
      void queryClient.invalidateQueries({ queryKey: claimKeys.all });
    },
  });
}
