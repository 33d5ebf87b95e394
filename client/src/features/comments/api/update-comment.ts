import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Comment, CommentList, UpdateCommentInput } from '@sanad/shared/schemas/workflow';
import { apiRequest } from '../../../lib/api-client.ts';
import { commentKeys, historyKeys } from '../../../lib/query-keys.ts';

/** `PATCH /api/comments/:id`: edit the text (author only) and/or resolve or reopen, based on the comment at `version`. */
export function updateComment(commentId: number, input: UpdateCommentInput, version: number): Promise<Comment> {
  return apiRequest<Comment>(`/comments/${commentId}`, { method: 'PATCH', body: input, ifMatch: version });
}

export function useUpdateComment(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ comment, input }: { comment: Comment; input: UpdateCommentInput }) => updateComment(comment.id, input, comment.version),
    onSuccess: (updated) => {
      queryClient.setQueryData<CommentList>(commentKeys.list(claimId), (current) =>
        current ? { comments: current.comments.map((comment) => (comment.id === updated.id ? updated : comment)) } : current,
      );
      void queryClient.invalidateQueries({ queryKey: commentKeys.list(claimId) });
      void queryClient.invalidateQueries({ queryKey: historyKeys.list(claimId) });
    },
  });
}
