import { CreateRatingInputSchema, RatingKeyParamsSchema, RatingScaleSchema, RatingSchema, UpdateRatingInputSchema } from '../schemas/rating-scale.ts';
import { byVersion, defineEndpoint, EMPTY, json } from './endpoint.ts';

/** `/api/rating-scale`: the live rating scale (everyone reads, admins change). */
export const ratingScaleEndpoints = {
  list: defineEndpoint({ method: 'GET', path: '/rating-scale', reply: json(RatingScaleSchema), summary: 'The scale in order, retired ratings included.' }),
  create: defineEndpoint({ method: 'POST', path: '/rating-scale', body: CreateRatingInputSchema, reply: json(RatingSchema, 201), etag: byVersion, summary: 'Add a rating.' }),
  get: defineEndpoint({ method: 'GET', path: '/rating-scale/:key', params: RatingKeyParamsSchema, reply: json(RatingSchema), etag: byVersion, summary: 'One rating.' }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/rating-scale/:key',
    params: RatingKeyParamsSchema,
    body: UpdateRatingInputSchema,
    reply: json(RatingSchema),
    versioned: true,
    etag: byVersion,
    summary: "Edit a rating's labels, definitions, colours, value or position.",
  }),
  retire: defineEndpoint({
    method: 'POST',
    path: '/rating-scale/:key/retire',
    params: RatingKeyParamsSchema,
    reply: json(RatingSchema),
    versioned: true,
    etag: byVersion,
    summary: 'Retire a rating: it stays on its verdicts, new ones cannot use it.',
  }),
  restore: defineEndpoint({
    method: 'POST',
    path: '/rating-scale/:key/restore',
    params: RatingKeyParamsSchema,
    reply: json(RatingSchema),
    versioned: true,
    etag: byVersion,
    summary: 'Restore a retired rating.',
  }),
  remove: defineEndpoint({
    method: 'DELETE',
    path: '/rating-scale/:key',
    params: RatingKeyParamsSchema,
    reply: EMPTY,
    versioned: true,
    summary: 'Delete a rating no verdict uses (409 rating_in_use otherwise).',
  }),
};
