import { defineEndpoint, json, schemasOf } from './endpoint.ts';

const revisionSchemas = schemasOf(() => import('../schemas/revision.ts'));
const commonSchemas = schemasOf(() => import('../schemas/common.ts'));

/** An article's text, its revisions and the diff between two of them. */
export const revisionEndpoints = {
  replaceText: defineEndpoint({
    method: 'PUT',
    path: '/articles/:id/text',
    params: commonSchemas('IdParamsSchema'),
    body: revisionSchemas('ReplaceTextInputSchema'),
    reply: json(revisionSchemas('ReplaceTextResultSchema')),
    versioned: true,
    largeBody: true,
    etag: (result) => result.article.version,
    summary: 'Save a new text: a new revision, every claim re-anchored in the same transaction.',
  }),
  list: defineEndpoint({ method: 'GET', path: '/articles/:id/revisions', params: commonSchemas('IdParamsSchema'), reply: json(revisionSchemas('RevisionListSchema')), summary: 'The revisions, newest first.' }),
  get: defineEndpoint({ method: 'GET', path: '/articles/:id/revisions/:number', params: revisionSchemas('RevisionParamsSchema'), reply: json(revisionSchemas('RevisionSchema')), summary: 'One revision with its text.' }),
  diff: defineEndpoint({
    method: 'GET',
    path: '/articles/:id/diff',
    params: commonSchemas('IdParamsSchema'),
    query: revisionSchemas('DiffQuerySchema'),
    reply: json(revisionSchemas('RevisionDiffSchema')),
    summary: 'The word-level diff between two revisions.',
  }),
};
