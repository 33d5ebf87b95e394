import { IdParamsSchema } from '../schemas/common.ts';
import { CommentListSchema, CommentSchema, CreateCommentInputSchema, UpdateCommentInputSchema } from '../schemas/workflow.ts';
import { byVersion, defineEndpoint, json } from './endpoint.ts';

/** A claim's discussion thread. */
export const commentEndpoints = {
  list: defineEndpoint({ method: 'GET', path: '/claims/:id/comments', params: IdParamsSchema, reply: json(CommentListSchema), summary: "A claim's discussion." }),
  create: defineEndpoint({
    method: 'POST',
    path: '/claims/:id/comments',
    params: IdParamsSchema,
    body: CreateCommentInputSchema,
    reply: json(CommentSchema, 201),
    etag: byVersion,
    summary: 'Add a comment.',
  }),
  get: defineEndpoint({ method: 'GET', path: '/comments/:id', params: IdParamsSchema, reply: json(CommentSchema), etag: byVersion, summary: 'One comment.' }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/comments/:id',
    params: IdParamsSchema,
    body: UpdateCommentInputSchema,
    reply: json(CommentSchema),
    versioned: true,
    etag: byVersion,
    summary: 'Edit (its author) or resolve and reopen a comment.',
  }),
};
