import { queryOptions } from '@tanstack/react-query';
import type { Revision } from '@sanad/shared/schemas/revision';
import { revisionEndpoints } from '@sanad/shared/api/revisions';
import { callApi } from '../../../lib/api-client.ts';
import { revisionKeys } from '../../../lib/query-keys.ts';

/** `GET /api/articles/:id/revisions/:number`: one revision with its full text. */
export function getRevision(articleId: number, number: number, signal?: AbortSignal): Promise<Revision> {
  return callApi(revisionEndpoints.get, { params: { id: articleId, number }, signal });
}

/** Query options of one revision; a saved revision never changes, so it is never stale. */
export const revisionQueryOptions = (articleId: number, number: number) =>
  queryOptions({
    queryKey: revisionKeys.detail(articleId, number),
    queryFn: ({ signal }) => getRevision(articleId, number, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
