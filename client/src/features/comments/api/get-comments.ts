import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CommentList } from '@sanad/shared/schemas/workflow';
import { commentEndpoints } from '@sanad/shared/api/comments';
import { callApi } from '../../../lib/api-client.ts';
import { commentKeys } from '../../../lib/query-keys.ts';

/** `GET /api/claims/:id/comments`: the claim's discussion, oldest first. */
export function getComments(claimId: number, signal?: AbortSignal): Promise<CommentList> {
  return callApi(commentEndpoints.list, { params: { id: claimId }, signal });
}

export const commentsQueryOptions = (claimId: number) =>
  queryOptions({ queryKey: commentKeys.list(claimId), queryFn: ({ signal }) => getComments(claimId, signal) });

/** The thread of one claim (live updates invalidate it). */
export function useComments(claimId: number) {
  return useQuery(commentsQueryOptions(claimId));
}
