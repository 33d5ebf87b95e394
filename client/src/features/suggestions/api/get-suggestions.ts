import { queryOptions } from '@tanstack/react-query';
import { suggestionEndpoints } from '@sanad/shared/api/suggestions';
import type { SuggestionList } from '@sanad/shared/schemas/suggestion';
import { callApi } from '../../../lib/api-client.ts';
import { suggestionKeys } from '../../../lib/query-keys.ts';

/** `GET /api/articles/:id/suggestions`: sentences that look check-worthy, with their features. */
export function getSuggestions(articleId: number, signal?: AbortSignal): Promise<SuggestionList> {
  return callApi(suggestionEndpoints.list, { params: { id: articleId }, signal });
}

/** Query options of an article's suggestions: computed from its text, so refetched when the text or its claims change. */
export const suggestionsQueryOptions = (articleId: number, revision: number) =>
  queryOptions({
    queryKey: suggestionKeys.revision(articleId, revision),
    queryFn: ({ signal }) => getSuggestions(articleId, signal),
    staleTime: 60_000,
  });
