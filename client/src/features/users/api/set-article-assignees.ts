import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Article } from '@sanad/shared/schemas/article';
import type { AssigneesInput } from '@sanad/shared/schemas/workflow';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { callApi } from '../../../lib/api-client.ts';
import { articleKeys, queueKeys } from '../../../lib/query-keys.ts';

/** `PUT /api/articles/:id/assignees` (editors): the reviewers assigned to the article at `version`. */
export function setArticleAssignees(articleId: number, input: AssigneesInput, version: number): Promise<Article> {
  return callApi(articleEndpoints.setAssignees, { params: { id: articleId }, body: input, ifMatch: version });
}

export function useSetArticleAssignees(articleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: AssigneesInput; version: number }) => setArticleAssignees(articleId, input, version),
    onSuccess: (article) => {
      queryClient.setQueryData(articleKeys.detail(article.id), article);
      void queryClient.invalidateQueries({ queryKey: articleKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
    },
  });
}
