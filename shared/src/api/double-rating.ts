import { byVersion, defineEndpoint, json, schemasOf } from './endpoint.ts';

const claimSchemas = schemasOf(() => import('../schemas/claim.ts'));
const articleSchemas = schemasOf(() => import('../schemas/article.ts'));
const commonSchemas = schemasOf(() => import('../schemas/common.ts'));
const doubleRatingSchemas = schemasOf(() => import('../schemas/double-rating.ts'));

/**
 * Blind double rating (issue #16, ADR 034): editors require a second,
 * independent rating of a claim or of an article's claims; another reviewer
 * gives it without seeing the first; an editor resolves a disagreement; the
 * agreement figures follow. Claim writes take and answer the claim's version.
 */
export const doubleRatingEndpoints = {
  setForClaim: defineEndpoint({
    method: 'PUT',
    path: '/claims/:id/double-rating',
    params: commonSchemas('IdParamsSchema'),
    body: doubleRatingSchemas('SetDoubleRatingInputSchema'),
    reply: json(claimSchemas('ClaimSchema')),
    versioned: true,
    etag: byVersion,
    summary: 'Require a second, independent rating of a claim (or lift it), and say whom to ask (editors).',
  }),
  rate: defineEndpoint({
    method: 'PUT',
    path: '/claims/:id/second-rating',
    params: commonSchemas('IdParamsSchema'),
    body: doubleRatingSchemas('SetSecondRatingInputSchema'),
    reply: json(claimSchemas('ClaimSchema')),
    versioned: true,
    etag: byVersion,
    summary: "Give a claim's second, independent rating (anyone but the verdict's setter, or the reviewer asked).",
  }),
  resolve: defineEndpoint({
    method: 'POST',
    path: '/claims/:id/double-rating/resolve',
    params: commonSchemas('IdParamsSchema'),
    body: doubleRatingSchemas('ResolveDisagreementInputSchema'),
    reply: json(claimSchemas('ClaimSchema')),
    versioned: true,
    etag: byVersion,
    summary: 'Resolve a disagreement between the two ratings: keep the first, take the second, or set another, with a note (editors).',
  }),
  setForArticle: defineEndpoint({
    method: 'PUT',
    path: '/articles/:id/double-rating',
    params: commonSchemas('IdParamsSchema'),
    body: doubleRatingSchemas('SetArticleDoubleRatingInputSchema'),
    reply: json(articleSchemas('ArticleSchema')),
    versioned: true,
    etag: byVersion,
    summary: "Require a second, independent rating of every claim of an article not yet approved, and of those marked later (editors).",
  }),
  agreement: defineEndpoint({
    method: 'GET',
    path: '/agreement',
    query: doubleRatingSchemas('AgreementQuerySchema'),
    reply: json(doubleRatingSchemas('AgreementReportSchema')),
    summary: 'Agreement between raters for the desk, per article and per pair of raters, over a date range (editors).',
  }),
};
