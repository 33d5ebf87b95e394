import { ArticleListSchema, ArticleSchema, CreateArticleInputSchema, UpdateArticleInputSchema } from '../schemas/article.ts';
import { IdParamsSchema } from '../schemas/common.ts';
import { AssigneesInputSchema } from '../schemas/workflow.ts';
import { byVersion, defineEndpoint, EMPTY, json } from './endpoint.ts';

/** `/api/articles`: the articles (their claims, revisions and reports have endpoints of their own). */
export const articleEndpoints = {
  list: defineEndpoint({ method: 'GET', path: '/articles', reply: json(ArticleListSchema), summary: 'Every article, with claim counts per verdict.' }),
  create: defineEndpoint({
    method: 'POST',
    path: '/articles',
    body: CreateArticleInputSchema,
    reply: json(ArticleSchema, 201),
    largeBody: true,
    etag: byVersion,
    summary: 'Add an article from its title, text and details.',
  }),
  get: defineEndpoint({ method: 'GET', path: '/articles/:id', params: IdParamsSchema, reply: json(ArticleSchema), etag: byVersion, summary: 'One article with its text.' }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/articles/:id',
    params: IdParamsSchema,
    body: UpdateArticleInputSchema,
    reply: json(ArticleSchema),
    versioned: true,
    etag: byVersion,
    summary: "Change an article's title, language or details.",
  }),
  remove: defineEndpoint({
    method: 'DELETE',
    path: '/articles/:id',
    params: IdParamsSchema,
    reply: EMPTY,
    versioned: true,
    summary: 'Delete an article with its claims, verdicts and source links (editors).',
  }),
  setAssignees: defineEndpoint({
    method: 'PUT',
    path: '/articles/:id/assignees',
    params: IdParamsSchema,
    body: AssigneesInputSchema,
    reply: json(ArticleSchema),
    versioned: true,
    etag: byVersion,
    summary: 'The reviewers assigned to an article (editors).',
  }),
};
