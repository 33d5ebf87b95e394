import { ClaimListSchema, ClaimSchema, ConfirmAnchorInputSchema, CreateClaimInputSchema, UpdateClaimInputSchema } from '../schemas/claim.ts';
import { IdParamsSchema } from '../schemas/common.ts';
import { AuditListSchema, TransitionInputSchema } from '../schemas/workflow.ts';
import { SetVerdictInputSchema } from '../schemas/verdict.ts';
import { AttachSourceInputSchema, ClaimSourceParamsSchema, UpdateClaimSourceInputSchema } from '../schemas/source.ts';
import { byVersion, defineEndpoint, EMPTY, json } from './endpoint.ts';

/**
 * The claim aggregate: a claim with its verdict, its sources and its place in
 * the workflow. Every change answers with the whole claim and takes its version.
 */
export const claimEndpoints = {
  list: defineEndpoint({
    method: 'GET',
    path: '/articles/:id/claims',
    params: IdParamsSchema,
    reply: json(ClaimListSchema),
    summary: "An article's claims in reading order, each with its verdict and sources.",
  }),
  create: defineEndpoint({
    method: 'POST',
    path: '/articles/:id/claims',
    params: IdParamsSchema,
    body: CreateClaimInputSchema,
    reply: json(ClaimSchema, 201),
    etag: byVersion,
    summary: 'Mark a claim from its offsets and quote.',
  }),
  get: defineEndpoint({ method: 'GET', path: '/claims/:id', params: IdParamsSchema, reply: json(ClaimSchema), etag: byVersion, summary: 'One claim.' }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/claims/:id',
    params: IdParamsSchema,
    body: UpdateClaimInputSchema,
    reply: json(ClaimSchema),
    versioned: true,
    etag: byVersion,
    summary: 'Move or re-attach a claim, change its claimant, or (editors) assign it.',
  }),
  confirmAnchor: defineEndpoint({
    method: 'POST',
    path: '/claims/:id/anchor/confirm',
    params: IdParamsSchema,
    body: ConfirmAnchorInputSchema,
    reply: json(ClaimSchema),
    versioned: true,
    etag: byVersion,
    summary: "Accept a modified claim's new text or a fuzzy claim's suggestion.",
  }),
  remove: defineEndpoint({
    method: 'DELETE',
    path: '/claims/:id',
    params: IdParamsSchema,
    reply: EMPTY,
    versioned: true,
    summary: 'Delete a claim with its verdict and source links.',
  }),
  setVerdict: defineEndpoint({
    method: 'PUT',
    path: '/claims/:id/verdict',
    params: IdParamsSchema,
    body: SetVerdictInputSchema,
    reply: json(ClaimSchema),
    versioned: true,
    etag: byVersion,
    summary: "Set a claim's verdict: a rating of the scale and a rationale.",
  }),
  removeVerdict: defineEndpoint({
    method: 'DELETE',
    path: '/claims/:id/verdict',
    params: IdParamsSchema,
    reply: json(ClaimSchema),
    versioned: true,
    etag: byVersion,
    summary: "Remove a claim's verdict.",
  }),
  attachSource: defineEndpoint({
    method: 'POST',
    path: '/claims/:id/sources',
    params: IdParamsSchema,
    body: AttachSourceInputSchema,
    reply: json(ClaimSchema, 201),
    etag: byVersion,
    summary: 'Attach a source with its stance.',
  }),
  updateSource: defineEndpoint({
    method: 'PATCH',
    path: '/claims/:id/sources/:linkId',
    params: ClaimSourceParamsSchema,
    body: UpdateClaimSourceInputSchema,
    reply: json(ClaimSchema),
    versioned: true,
    etag: byVersion,
    summary: 'Change an attached source.',
  }),
  detachSource: defineEndpoint({
    method: 'DELETE',
    path: '/claims/:id/sources/:linkId',
    params: ClaimSourceParamsSchema,
    reply: json(ClaimSchema),
    versioned: true,
    etag: byVersion,
    summary: 'Detach a source from a claim.',
  }),
  transition: defineEndpoint({
    method: 'POST',
    path: '/claims/:id/transitions',
    params: IdParamsSchema,
    body: TransitionInputSchema,
    reply: json(ClaimSchema),
    versioned: true,
    etag: byVersion,
    summary: 'Move a claim through the review workflow (submit, approve, request changes, reopen).',
  }),
  history: defineEndpoint({
    method: 'GET',
    path: '/claims/:id/history',
    params: IdParamsSchema,
    reply: json(AuditListSchema),
    summary: "The claim's audit entries, oldest first (kept after the claim is deleted).",
  }),
};
