import { byVersion, defineEndpoint, EMPTY, json, schemasOf } from './endpoint.ts';

const ratingScaleSchemas = schemasOf(() => import('../schemas/rating-scale.ts'));

/** `/api/rating-scale`: the live rating scale (everyone reads, admins change). */
export const ratingScaleEndpoints = {
  list: defineEndpoint({ method: 'GET', path: '/rating-scale', reply: json(ratingScaleSchemas('RatingScaleSchema')), summary: 'The scale in order, retired ratings included.' }),
  create: defineEndpoint({ method: 'POST', path: '/rating-scale', body: ratingScaleSchemas('CreateRatingInputSchema'), reply: json(ratingScaleSchemas('RatingSchema'), 201), etag: byVersion, summary: 'Add a rating.' }),
  get: defineEndpoint({ method: 'GET', path: '/rating-scale/:key', params: ratingScaleSchemas('RatingKeyParamsSchema'), reply: json(ratingScaleSchemas('RatingSchema')), etag: byVersion, summary: 'One rating.' }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/rating-scale/:key',
    params: ratingScaleSchemas('RatingKeyParamsSchema'),
    body: ratingScaleSchemas('UpdateRatingInputSchema'),
    reply: json(ratingScaleSchemas('RatingSchema')),
    versioned: true,
    etag: byVersion,
    summary: "Edit a rating's labels, definitions, colours, value or position.",
  }),
  retire: defineEndpoint({
    method: 'POST',
    path: '/rating-scale/:key/retire',
    params: ratingScaleSchemas('RatingKeyParamsSchema'),
    reply: json(ratingScaleSchemas('RatingSchema')),
    versioned: true,
    etag: byVersion,
    summary: 'Retire a rating: it stays on its verdicts, new ones cannot use it.',
  }),
  restore: defineEndpoint({
    method: 'POST',
    path: '/rating-scale/:key/restore',
    params: ratingScaleSchemas('RatingKeyParamsSchema'),
    reply: json(ratingScaleSchemas('RatingSchema')),
    versioned: true,
    etag: byVersion,
    summary: 'Restore a retired rating.',
  }),
  remove: defineEndpoint({
    method: 'DELETE',
    path: '/rating-scale/:key',
    params: ratingScaleSchemas('RatingKeyParamsSchema'),
    reply: EMPTY,
    versioned: true,
    summary: 'Delete a rating no verdict uses (409 rating_in_use otherwise).',
  }),
};
