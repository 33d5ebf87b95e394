import { useMutation, useQueryClient } from '@tanstack/react-query';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { callApi } from '../../../lib/api-client.ts';
import { articleKeys, claimKeys } from '../../../lib/query-keys.ts';

/** `DELETE /api/articles/:id` (its claims go with it). */
export function deleteArticle(id: number, version: number): Promise<void> {
  return callApi(articleEndpoints.remove, { params: { id }, ifMatch: version });
}

/** Deletes an article and drops it from the caches. */
export function useDeleteArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) => deleteArticle(id, version),
    onSuccess: (_result, { id }) => {
      queryClient.removeQueries({ queryKey: articleKeys.detail(id) });
      queryClient.removeQueries({ queryKey: claimKeys.list(id) });
      void queryClient.invalidateQueries({ queryKey: articleKeys.lists() });
    },
  });
}
