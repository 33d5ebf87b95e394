import { defineEndpoint, FILE, json, schemasOf } from './endpoint.ts';

const commonSchemas = schemasOf(() => import('../schemas/common.ts'));
const publicationSchemas = schemasOf(() => import('../schemas/publication.ts'));
const reportSchemas = schemasOf(() => import('../schemas/report.ts'));

/** Fact-check reports and their publication. */
export const reportEndpoints = {
  download: defineEndpoint({
    method: 'GET',
    path: '/articles/:id/report',
    params: commonSchemas('IdParamsSchema'),
    query: reportSchemas('ReportQuerySchema'),
    reply: FILE,
    summary: 'The report as a download: html, pdf, md, csv, json, claimreview or w3c; the draft or the published one.',
  }),
  publications: defineEndpoint({
    method: 'GET',
    path: '/articles/:id/publications',
    params: commonSchemas('IdParamsSchema'),
    reply: json(publicationSchemas('PublicationListSchema')),
    summary: 'Publications, corrections and what publishing now would add.',
  }),
  publish: defineEndpoint({
    method: 'POST',
    path: '/articles/:id/publications',
    params: commonSchemas('IdParamsSchema'),
    body: publicationSchemas('PublishInputSchema'),
    reply: json(publicationSchemas('PublicationSchema'), 201),
    summary: 'Publish the approved claims as a report (editors).',
  }),
};
