import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { Publication, PublicationList } from '@sanad/shared/schemas/publication';
import { reportEndpoints } from '@sanad/shared/api/reports';
import { callApi } from '../../../lib/api-client.ts';
import { claimKeys, summaryKeys } from '../../../lib/query-keys.ts';

/** `GET /api/articles/:id/publications`: publications newest first, every correction, and what publishing now would add. */
export function getPublications(articleId: number, signal?: AbortSignal): Promise<PublicationList> {
  return callApi(reportEndpoints.publications, { params: { id: articleId }, signal });
}

export const publicationsQueryOptions = (articleId: number) =>
  queryOptions({ queryKey: summaryKeys.publications(articleId), queryFn: ({ signal }) => getPublications(articleId, signal) });

/** One article's publications; suspends while they load. */
export function usePublications(articleId: number) {
  return useSuspenseQuery(publicationsQueryOptions(articleId));
}

/**
 * `POST /api/articles/:id/publications` (editors): publishes the approved claims.
 * 409 `nothing_to_publish` when nothing is new, `report_changed` when claims moved meanwhile.
 */
export function publishArticle(articleId: number): Promise<Publication> {
  return callApi(reportEndpoints.publish, { params: { id: articleId }, body: {} });
}

/** Publishes an article's approved claims, then refreshes what shows publication state. */
export function usePublishArticle(articleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => publishArticle(articleId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: summaryKeys.all });
      // Published claims show their publication date and lock in the article view.
      void queryClient.invalidateQueries({ queryKey: claimKeys.all });
    },
  });
}
