import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Comment, CommentList, UpdateCommentInput } from '@sanad/shared/schemas/workflow';
import { commentEndpoints } from '@sanad/shared/api/comments';
import { callApi } from '../../../lib/api-client.ts';
import { commentKeys, historyKeys } from '../../../lib/query-keys.ts';

/**
 * `PATCH /api/comments/:id`: edit the text (author only) and/or resolve or
 * reopen, based on the comment at `version`; 412 with the comment as it is now.
 */
export function updateComment(commentId: number, input: UpdateCommentInput, version: number): Promise<Comment> {
  return callApi(commentEndpoints.update, { params: { id: commentId }, body: input, ifMatch: version });
}

/** Puts a comment the server returned into the cached thread at once. */
export function storeComment(queryClient: QueryClient, claimId: number, comment: Comment): void {
  queryClient.setQueryData<CommentList>(commentKeys.list(claimId), (current) =>
    current ? { ...current, comments: current.comments.map((existing) => (existing.id === comment.id ? comment : existing)) } : current,
  );
}

/**
 * Saves a change to a comment. With `silent`, a failure is left to the caller
 * (the edit form shows a stale save as a conflict view instead of a toast).
 */
export function useUpdateComment(claimId: number, { silent = false }: { silent?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ commentId, input, version }: { commentId: number; input: UpdateCommentInput; version: number }) =>
      updateComment(commentId, input, version),
    meta: { silent },
    onSuccess: (updated) => {
      storeComment(queryClient, claimId, updated);
      void queryClient.invalidateQueries({ queryKey: commentKeys.list(claimId) });
      void queryClient.invalidateQueries({ queryKey: historyKeys.list(claimId) });
    },
  });
}
