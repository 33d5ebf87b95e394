import { SearchQuerySchema, SearchResponseSchema } from '../schemas/search.ts';
import { defineEndpoint, json } from './endpoint.ts';

/** `/api/search`. */
export const searchEndpoints = {
  search: defineEndpoint({
    method: 'GET',
    path: '/search',
    query: SearchQuerySchema,
    reply: json(SearchResponseSchema),
    summary: 'Articles, claims and sources matching the words, whatever their harakat, letter forms or digits.',
  }),
};
