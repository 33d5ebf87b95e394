import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Article, CreateArticleInput } from '@sanad/shared/schemas/article';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { callApi } from '../../../lib/api-client.ts';
import { articleKeys } from '../../../lib/query-keys.ts';

/** `POST /api/articles`. */
export function createArticle(input: CreateArticleInput): Promise<Article> {
  return callApi(articleEndpoints.create, { body: input });
}

/** Adds an article and refreshes the list. */
export function useCreateArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createArticle,
    onSuccess: (article) => {
      queryClient.setQueryData(articleKeys.detail(article.id), article);
      void queryClient.invalidateQueries({ queryKey: articleKeys.lists() });
    },
  });
}
