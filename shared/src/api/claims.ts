import { byVersion, defineEndpoint, EMPTY, json, schemasOf } from './endpoint.ts';

const claimSchemas = schemasOf(() => import('../schemas/claim.ts'));
const commonSchemas = schemasOf(() => import('../schemas/common.ts'));
const workflowSchemas = schemasOf(() => import('../schemas/workflow.ts'));
const verdictSchemas = schemasOf(() => import('../schemas/verdict.ts'));
const sourceSchemas = schemasOf(() => import('../schemas/source.ts'));

/**
 * The claim aggregate: a claim with its verdict, its sources and its place in
 * the workflow. Every change answers with the whole claim and takes its version.
 */
export const claimEndpoints = {
  list: defineEndpoint({
    method: 'GET',
    path: '/articles/:id/claims',
    params: commonSchemas('IdParamsSchema'),
    reply: json(claimSchemas('ClaimListSchema')),
    summary: "An article's claims in reading order, each with its verdict and sources.",
  }),
  index: defineEndpoint({
    method: 'GET',
    path: '/articles/:id/claims/index',
    params: commonSchemas('IdParamsSchema'),
    reply: json(claimSchemas('ClaimIndexSchema')),
    summary: "An article's compact claim index: offsets, status, rating, anchoring and counts of every claim, in reading order (ADR 028).",
  }),
  create: defineEndpoint({
    method: 'POST',
    path: '/articles/:id/claims',
    params: commonSchemas('IdParamsSchema'),
    body: claimSchemas('CreateClaimInputSchema'),
    reply: json(claimSchemas('ClaimSchema'), 201),
    etag: byVersion,
    summary: 'Mark a claim from its offsets and quote.',
  }),
  get: defineEndpoint({ method: 'GET', path: '/claims/:id', params: commonSchemas('IdParamsSchema'), reply: json(claimSchemas('ClaimSchema')), etag: byVersion, summary: 'One claim.' }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/claims/:id',
    params: commonSchemas('IdParamsSchema'),
    body: claimSchemas('UpdateClaimInputSchema'),
    reply: json(claimSchemas('ClaimSchema')),
    versioned: true,
    etag: byVersion,
    summary: 'Move or re-attach a claim, change its claimant, or (editors) assign it.',
  }),
  confirmAnchor: defineEndpoint({
    method: 'POST',
    path: '/claims/:id/anchor/confirm',
    params: commonSchemas('IdParamsSchema'),
    body: claimSchemas('ConfirmAnchorInputSchema'),
    reply: json(claimSchemas('ClaimSchema')),
    versioned: true,
    etag: byVersion,
    summary: "Accept a modified claim's new text or a fuzzy claim's suggestion.",
  }),
  remove: defineEndpoint({
    method: 'DELETE',
    path: '/claims/:id',
    params: commonSchemas('IdParamsSchema'),
    reply: EMPTY,
    versioned: true,
    summary: 'Delete a claim with its verdict and source links.',
  }),
  setVerdict: defineEndpoint({
    method: 'PUT',
    path: '/claims/:id/verdict',
    params: commonSchemas('IdParamsSchema'),
    body: verdictSchemas('SetVerdictInputSchema'),
    reply: json(claimSchemas('ClaimSchema')),
    versioned: true,
    etag: byVersion,
    summary: "Set a claim's verdict: a rating of the scale and a rationale.",
  }),
  removeVerdict: defineEndpoint({
    method: 'DELETE',
    path: '/claims/:id/verdict',
    params: commonSchemas('IdParamsSchema'),
    reply: json(claimSchemas('ClaimSchema')),
    versioned: true,
    etag: byVersion,
    summary: "Remove a claim's verdict.",
  }),
  markOutdated: defineEndpoint({
    method: 'PUT',
    path: '/claims/:id/verdict/outdated',
    params: commonSchemas('IdParamsSchema'),
    body: verdictSchemas('MarkOutdatedInputSchema'),
    reply: json(claimSchemas('ClaimSchema')),
    versioned: true,
    etag: byVersion,
    summary: "Mark a claim's verdict outdated, with why (editors; also on approved and published claims).",
  }),
  clearOutdated: defineEndpoint({
    method: 'DELETE',
    path: '/claims/:id/verdict/outdated',
    params: commonSchemas('IdParamsSchema'),
    reply: json(claimSchemas('ClaimSchema')),
    versioned: true,
    etag: byVersion,
    summary: "Mark a claim's verdict current again (editors).",
  }),
  attachSource: defineEndpoint({
    method: 'POST',
    path: '/claims/:id/sources',
    params: commonSchemas('IdParamsSchema'),
    body: sourceSchemas('AttachSourceInputSchema'),
    reply: json(claimSchemas('ClaimSchema'), 201),
    etag: byVersion,
    summary: 'Attach a source with its stance.',
  }),
  updateSource: defineEndpoint({
    method: 'PATCH',
    path: '/claims/:id/sources/:linkId',
    params: sourceSchemas('ClaimSourceParamsSchema'),
    body: sourceSchemas('UpdateClaimSourceInputSchema'),
    reply: json(claimSchemas('ClaimSchema')),
    versioned: true,
    etag: byVersion,
    summary: 'Change an attached source.',
  }),
  detachSource: defineEndpoint({
    method: 'DELETE',
    path: '/claims/:id/sources/:linkId',
    params: sourceSchemas('ClaimSourceParamsSchema'),
    reply: json(claimSchemas('ClaimSchema')),
    versioned: true,
    etag: byVersion,
    summary: 'Detach a source from a claim.',
  }),
  transition: defineEndpoint({
    method: 'POST',
    path: '/claims/:id/transitions',
    params: commonSchemas('IdParamsSchema'),
    body: workflowSchemas('TransitionInputSchema'),
    reply: json(claimSchemas('ClaimSchema')),
    versioned: true,
    etag: byVersion,
    summary: 'Move a claim through the review workflow (submit, approve, request changes, reopen).',
  }),
  history: defineEndpoint({
    method: 'GET',
    path: '/claims/:id/history',
    params: commonSchemas('IdParamsSchema'),
    reply: json(workflowSchemas('AuditListSchema')),
    summary: "The claim's audit entries, oldest first (kept after the claim is deleted).",
  }),
};
