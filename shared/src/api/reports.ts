import { IdParamsSchema } from '../schemas/common.ts';
import { PublicationListSchema, PublicationSchema, PublishInputSchema } from '../schemas/publication.ts';
import { ReportQuerySchema } from '../schemas/report.ts';
import { defineEndpoint, FILE, json } from './endpoint.ts';

/** Fact-check reports and their publication. */
export const reportEndpoints = {
  download: defineEndpoint({
    method: 'GET',
    path: '/articles/:id/report',
    params: IdParamsSchema,
    query: ReportQuerySchema,
    reply: FILE,
    summary: 'The report as a download: html, pdf, md, csv, json, claimreview or w3c; the draft or the published one.',
  }),
  publications: defineEndpoint({
    method: 'GET',
    path: '/articles/:id/publications',
    params: IdParamsSchema,
    reply: json(PublicationListSchema),
    summary: 'Publications, corrections and what publishing now would add.',
  }),
  publish: defineEndpoint({
    method: 'POST',
    path: '/articles/:id/publications',
    params: IdParamsSchema,
    body: PublishInputSchema,
    reply: json(PublicationSchema, 201),
    summary: 'Publish the approved claims as a report (editors).',
  }),
};
