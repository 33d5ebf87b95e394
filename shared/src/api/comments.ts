import { byVersion, defineEndpoint, json, schemasOf } from './endpoint.ts';

const commonSchemas = schemasOf(() => import('../schemas/common.ts'));
const workflowSchemas = schemasOf(() => import('../schemas/workflow.ts'));

/** A claim's discussion thread. */
export const commentEndpoints = {
  list: defineEndpoint({ method: 'GET', path: '/claims/:id/comments', params: commonSchemas('IdParamsSchema'), reply: json(workflowSchemas('CommentListSchema')), summary: "A claim's discussion." }),
  create: defineEndpoint({
    method: 'POST',
    path: '/claims/:id/comments',
    params: commonSchemas('IdParamsSchema'),
    body: workflowSchemas('CreateCommentInputSchema'),
    reply: json(workflowSchemas('CommentSchema'), 201),
    etag: byVersion,
    summary: 'Add a comment.',
  }),
  get: defineEndpoint({ method: 'GET', path: '/comments/:id', params: commonSchemas('IdParamsSchema'), reply: json(workflowSchemas('CommentSchema')), etag: byVersion, summary: 'One comment.' }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/comments/:id',
    params: commonSchemas('IdParamsSchema'),
    body: workflowSchemas('UpdateCommentInputSchema'),
    reply: json(workflowSchemas('CommentSchema')),
    versioned: true,
    etag: byVersion,
    summary: 'Edit (its author) or resolve and reopen a comment.',
  }),
};
