import { IdParamsSchema } from '../schemas/common.ts';
import {
  DiffQuerySchema,
  ReplaceTextInputSchema,
  ReplaceTextResultSchema,
  RevisionDiffSchema,
  RevisionListSchema,
  RevisionParamsSchema,
  RevisionSchema,
} from '../schemas/revision.ts';
import { defineEndpoint, json } from './endpoint.ts';

/** An article's text, its revisions and the diff between two of them. */
export const revisionEndpoints = {
  replaceText: defineEndpoint({
    method: 'PUT',
    path: '/articles/:id/text',
    params: IdParamsSchema,
    body: ReplaceTextInputSchema,
    reply: json(ReplaceTextResultSchema),
    versioned: true,
    largeBody: true,
    etag: (result) => result.article.version,
    summary: 'Save a new text: a new revision, every claim re-anchored in the same transaction.',
  }),
  list: defineEndpoint({ method: 'GET', path: '/articles/:id/revisions', params: IdParamsSchema, reply: json(RevisionListSchema), summary: 'The revisions, newest first.' }),
  get: defineEndpoint({ method: 'GET', path: '/articles/:id/revisions/:number', params: RevisionParamsSchema, reply: json(RevisionSchema), summary: 'One revision with its text.' }),
  diff: defineEndpoint({
    method: 'GET',
    path: '/articles/:id/diff',
    params: IdParamsSchema,
    query: DiffQuerySchema,
    reply: json(RevisionDiffSchema),
    summary: 'The word-level diff between two revisions.',
  }),
};
