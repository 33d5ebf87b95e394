import type { SuggestionList } from '@sanad/shared/schemas/suggestion';
import type { SuggestionsView } from './suggestions.service.ts';

/** An article's suggestions as the API shows them. */
export function presentSuggestions(view: SuggestionsView): SuggestionList {
  return {
    revision: view.revision,
    threshold: view.threshold,
    suggestions: view.suggestions.map((s) => ({
      start: s.start,
      end: s.end,
      quote: s.text,
      score: Math.round(s.score * 1000) / 1000,
      features: s.features.map((f) => ({ kind: f.kind, start: f.start, end: f.end, text: f.text })),
    })),
  };
}
