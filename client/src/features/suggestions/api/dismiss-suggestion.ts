import { useMutation, useQueryClient } from '@tanstack/react-query';
import { suggestionEndpoints } from '@sanad/shared/api/suggestions';
import type { DismissSuggestionInput, SuggestionList } from '@sanad/shared/schemas/suggestion';
import { callApi } from '../../../lib/api-client.ts';
import { suggestionKeys } from '../../../lib/query-keys.ts';

/** `POST /api/articles/:id/suggestions/dismiss`. */
export function dismissSuggestion(articleId: number, input: DismissSuggestionInput): Promise<void> {
  return callApi(suggestionEndpoints.dismiss, { params: { id: articleId }, body: input });
}

/** Dismisses a suggestion: it leaves the cached list at once, and the list is refetched after. */
export function useDismissSuggestion(articleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DismissSuggestionInput) => dismissSuggestion(articleId, input),
    onSuccess: (_nothing, input) => {
      queryClient.setQueriesData<SuggestionList>({ queryKey: suggestionKeys.list(articleId) }, (list) =>
        list ? { ...list, suggestions: list.suggestions.filter((s) => s.start !== input.start || s.end !== input.end) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: suggestionKeys.list(articleId) });
    },
  });
}
