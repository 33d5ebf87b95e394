import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReplaceTextInput, ReplaceTextResult } from '@sanad/shared/schemas/revision';
import { revisionEndpoints } from '@sanad/shared/api/revisions';
import { callApi } from '../../../lib/api-client.ts';
import { articleKeys, claimKeys, revisionKeys } from '../../../lib/query-keys.ts';

/**
 * `PUT /api/articles/:id/text`: saves a new revision and re-anchors every
 * claim. Answers 409 `stale_revision` when `baseRevision` is no longer current.
 */
export function replaceArticleText(articleId: number, input: ReplaceTextInput, version: number): Promise<ReplaceTextResult> {
  return callApi(revisionEndpoints.replaceText, { params: { id: articleId }, body: input, ifMatch: version });
}

/**
 * Saves the article's text. The re-anchored claims are fetched before the new
 * text goes into the cache, so highlights are never drawn with old offsets
 * over new text. Errors are left to the editor (`silent`), which explains a
 * conflict better than a toast.
 */
export function useReplaceArticleText(articleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: ReplaceTextInput; version: number }) => replaceArticleText(articleId, input, version),
    meta: { silent: true },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: claimKeys.list(articleId) });
      queryClient.setQueryData(articleKeys.detail(articleId), result.article);
      void queryClient.invalidateQueries({ queryKey: articleKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: revisionKeys.list(articleId) });
    },
  });
}
