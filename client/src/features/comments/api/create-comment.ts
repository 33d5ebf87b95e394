import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Comment, CreateCommentInput } from '@sanad/shared/schemas/workflow';
import { apiRequest } from '../../../lib/api-client.ts';
import { commentKeys, historyKeys } from '../../../lib/query-keys.ts';

/** `POST /api/claims/:id/comments`. */
export function createComment(claimId: number, input: CreateCommentInput): Promise<Comment> {
  return apiRequest<Comment>(`/claims/${claimId}/comments`, { method: 'POST', body: input });
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
