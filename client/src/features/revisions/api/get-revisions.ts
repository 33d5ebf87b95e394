import { queryOptions } from '@tanstack/react-query';
import type { RevisionList } from '@sanad/shared/schemas/revision';
import { revisionEndpoints } from '@sanad/shared/api/revisions';
import { callApi } from '../../../lib/api-client.ts';
import { revisionKeys } from '../../../lib/query-keys.ts';

/** `GET /api/articles/:id/revisions`: the article's revisions, newest first, without their text. */
export function getRevisions(articleId: number, signal?: AbortSignal): Promise<RevisionList> {
  return callApi(revisionEndpoints.list, { params: { id: articleId }, signal });
}

/** Query options of an article's revision list; saving text invalidates it. */
export const revisionsQueryOptions = (articleId: number) =>
  queryOptions({ queryKey: revisionKeys.list(articleId), queryFn: ({ signal }) => getRevisions(articleId, signal) });
