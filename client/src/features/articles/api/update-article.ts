import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Article, UpdateArticleInput } from '@sanad/shared/schemas/article';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { callApi } from '../../../lib/api-client.ts';
import { articleKeys } from '../../../lib/query-keys.ts';

/** `PATCH /api/articles/:id`: title, language or details (author, outlet, date, URL) of the article at `version`. */
export function updateArticle(articleId: number, input: UpdateArticleInput, version: number): Promise<Article> {
  return callApi(articleEndpoints.update, { params: { id: articleId }, body: input, ifMatch: version });
}

/** Saves changes to an article. Silent: the dialog shows problems beside the fields and conflicts in place. */
export function useUpdateArticle(articleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: UpdateArticleInput; version: number }) => updateArticle(articleId, input, version),
    meta: { silent: true },
    onSuccess: (article) => {
      queryClient.setQueryData(articleKeys.detail(article.id), article);
      void queryClient.invalidateQueries({ queryKey: articleKeys.lists() });
    },
  });
}
