import { defineEndpoint, json, schemasOf } from './endpoint.ts';

const searchSchemas = schemasOf(() => import('../schemas/search.ts'));

/** `/api/search`. */
export const searchEndpoints = {
  search: defineEndpoint({
    method: 'GET',
    path: '/search',
    query: searchSchemas('SearchQuerySchema'),
    reply: json(searchSchemas('SearchResponseSchema')),
    summary: 'Articles, claims and sources matching the words, whatever their harakat, letter forms or digits.',
  }),
};
