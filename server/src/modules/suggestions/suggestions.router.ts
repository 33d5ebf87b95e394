import { suggestionEndpoints } from '@sanad/shared/api/suggestions';
import { type Route, route } from '../../http/route.ts';
import { presentSuggestions } from './suggestions.presenter.ts';
import type { SuggestionsService } from './suggestions.service.ts';

/** Check-worthiness suggestions: read, dismiss (accepting is creating a claim). */
export function suggestionsRoutes(suggestions: SuggestionsService): Route[] {
  return [
    route(suggestionEndpoints.list, async ({ params }, { actor }) => presentSuggestions(await suggestions.list(actor, params.id))),
    route(suggestionEndpoints.dismiss, async ({ params, body }, { actor }) => suggestions.dismiss(actor, params.id, body)),
  ];
}
