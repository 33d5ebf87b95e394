import { queryOptions } from '@tanstack/react-query';
import type { RevisionDiff } from '@sanad/shared/schemas/revision';
import { revisionEndpoints } from '@sanad/shared/api/revisions';
import { callApi } from '../../../lib/api-client.ts';
import { revisionKeys } from '../../../lib/query-keys.ts';

/** `GET /api/articles/:id/diff?from=&to=`: the word-level diff between two revisions. */
export function getRevisionDiff(articleId: number, from: number, to: number, signal?: AbortSignal): Promise<RevisionDiff> {
  return callApi(revisionEndpoints.diff, { params: { id: articleId }, query: { from, to }, signal });
}

/** Query options of a diff; both revisions are immutable, so it is never stale. */
export const revisionDiffQueryOptions = (articleId: number, from: number, to: number) =>
  queryOptions({
    queryKey: revisionKeys.diff(articleId, from, to),
    queryFn: ({ signal }) => getRevisionDiff(articleId, from, to, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
