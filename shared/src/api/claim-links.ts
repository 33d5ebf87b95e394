import { byVersion, defineEndpoint, json, schemasOf } from './endpoint.ts';

const claimSchemas = schemasOf(() => import('../schemas/claim.ts'));
const commonSchemas = schemasOf(() => import('../schemas/common.ts'));

/**
 * An opinion claim rests on factual claims of the same article (issue #16, ADR 033). Linking
 * and unlinking are changes of the opinion claim: each answers with it and takes its version.
 */
export const claimLinkEndpoints = {
  articleRestsOn: defineEndpoint({
    method: 'GET',
    path: '/articles/:id/claims/rests-on',
    params: commonSchemas('IdParamsSchema'),
    reply: json(claimSchemas('ArticleRestsOnSchema')),
    summary: "Every link from the article's opinion claims to the claims they rest on (the claim list's flag).",
  }),
  addRestsOn: defineEndpoint({
    method: 'POST',
    path: '/claims/:id/rests-on',
    params: commonSchemas('IdParamsSchema'),
    body: claimSchemas('AddRestsOnInputSchema'),
    reply: json(claimSchemas('ClaimSchema'), 201),
    etag: byVersion,
    summary: 'Link an opinion claim to a claim of the same article it rests on.',
  }),
  removeRestsOn: defineEndpoint({
    method: 'DELETE',
    path: '/claims/:id/rests-on/:restsOnId',
    params: claimSchemas('RestsOnParamsSchema'),
    reply: json(claimSchemas('ClaimSchema')),
    versioned: true,
    etag: byVersion,
    summary: 'Remove the link from an opinion claim to a claim it rested on.',
  }),
};
