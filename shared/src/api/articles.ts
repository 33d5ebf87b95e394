import { byVersion, defineEndpoint, EMPTY, json, schemasOf } from './endpoint.ts';

const articleSchemas = schemasOf(() => import('../schemas/article.ts'));
const commonSchemas = schemasOf(() => import('../schemas/common.ts'));
const workflowSchemas = schemasOf(() => import('../schemas/workflow.ts'));

/** `/api/articles`: the articles (their claims, revisions and reports have endpoints of their own). */
export const articleEndpoints = {
  list: defineEndpoint({ method: 'GET', path: '/articles', reply: json(articleSchemas('ArticleListSchema')), summary: 'Every article, with claim counts per verdict.' }),
  create: defineEndpoint({
    method: 'POST',
    path: '/articles',
    body: articleSchemas('CreateArticleInputSchema'),
    reply: json(articleSchemas('ArticleSchema'), 201),
    largeBody: true,
    etag: byVersion,
    summary: 'Add an article from its title, text and details.',
  }),
  get: defineEndpoint({ method: 'GET', path: '/articles/:id', params: commonSchemas('IdParamsSchema'), reply: json(articleSchemas('ArticleSchema')), etag: byVersion, summary: 'One article with its text.' }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/articles/:id',
    params: commonSchemas('IdParamsSchema'),
    body: articleSchemas('UpdateArticleInputSchema'),
    reply: json(articleSchemas('ArticleSchema')),
    versioned: true,
    etag: byVersion,
    summary: "Change an article's title, language or details.",
  }),
  remove: defineEndpoint({
    method: 'DELETE',
    path: '/articles/:id',
    params: commonSchemas('IdParamsSchema'),
    reply: EMPTY,
    versioned: true,
    summary: 'Delete an article with its claims, verdicts and source links (editors).',
  }),
  setAssignees: defineEndpoint({
    method: 'PUT',
    path: '/articles/:id/assignees',
    params: commonSchemas('IdParamsSchema'),
    body: workflowSchemas('AssigneesInputSchema'),
    reply: json(articleSchemas('ArticleSchema')),
    versioned: true,
    etag: byVersion,
    summary: 'The reviewers assigned to an article (editors).',
  }),
};
