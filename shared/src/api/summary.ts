import { IdParamsSchema } from '../schemas/common.ts';
import { ArticleSummarySchema, SummaryQuerySchema, SummarySchema } from '../schemas/summary.ts';
import { defineEndpoint, json } from './endpoint.ts';

/** Verdict summaries: the dashboard and one article's report preview. */
export const summaryEndpoints = {
  overview: defineEndpoint({
    method: 'GET',
    path: '/summary',
    query: SummaryQuerySchema,
    reply: json(SummarySchema),
    summary: 'The dashboard: totals, per-article rows and workload, filtered and sorted.',
  }),
  article: defineEndpoint({ method: 'GET', path: '/articles/:id/summary', params: IdParamsSchema, reply: json(ArticleSummarySchema), summary: "One article's verdict summary." }),
};
