import { defineEndpoint, EMPTY, json, schemasOf } from './endpoint.ts';

const suggestionSchemas = schemasOf(() => import('../schemas/suggestion.ts'));
const commonSchemas = schemasOf(() => import('../schemas/common.ts'));

/**
 * Check-worthiness suggestions (issue #17, ADR 032): sentences of an article
 * that look worth checking, computed from its current text on demand. Accept
 * one by creating a claim with its offsets and quote (`POST /articles/:id/claims`).
 */
export const suggestionEndpoints = {
  list: defineEndpoint({
    method: 'GET',
    path: '/articles/:id/suggestions',
    params: commonSchemas('IdParamsSchema'),
    reply: json(suggestionSchemas('SuggestionListSchema')),
    summary: "Sentences of the article that look check-worthy, each with the features that made it; claims' spans and dismissed sentences left out.",
  }),
  dismiss: defineEndpoint({
    method: 'POST',
    path: '/articles/:id/suggestions/dismiss',
    params: commonSchemas('IdParamsSchema'),
    body: suggestionSchemas('DismissSuggestionInputSchema'),
    reply: EMPTY,
    summary: 'Dismiss a suggested sentence: it is not suggested again while its text stays the same.',
  }),
};
