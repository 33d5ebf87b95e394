import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Comment, CreateCommentInput } from '@sanad/shared/schemas/workflow';
import { commentEndpoints } from '@sanad/shared/api/comments';
import { callApi } from '../../../lib/api-client.ts';
import { commentKeys, historyKeys } from '../../../lib/query-keys.ts';

/** `POST /api/claims/:id/comments`. */
export function createComment(claimId: number, input: CreateCommentInput): Promise<Comment> {
  return callApi(commentEndpoints.create, { params: { id: claimId }, body: input });
}

export function useCreateComment(claimId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCommentInput) => createComment(claimId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: commentKeys.list(claimId) });
      void queryClient.invalidateQueries({ queryKey: historyKeys.list(claimId) });
    },
  });
}
