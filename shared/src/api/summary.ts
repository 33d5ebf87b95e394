import { defineEndpoint, json, schemasOf } from './endpoint.ts';

const commonSchemas = schemasOf(() => import('../schemas/common.ts'));
const summarySchemas = schemasOf(() => import('../schemas/summary.ts'));

/** Verdict summaries: the dashboard and one article's report preview. */
export const summaryEndpoints = {
  overview: defineEndpoint({
    method: 'GET',
    path: '/summary',
    query: summarySchemas('SummaryQuerySchema'),
    reply: json(summarySchemas('SummarySchema')),
    summary: 'The dashboard: totals, per-article rows and workload, filtered and sorted.',
  }),
  article: defineEndpoint({ method: 'GET', path: '/articles/:id/summary', params: commonSchemas('IdParamsSchema'), reply: json(summarySchemas('ArticleSummarySchema')), summary: "One article's verdict summary." }),
};
