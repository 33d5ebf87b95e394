import { queryOptions } from '@tanstack/react-query';
import { type ClaimSummary, decodeClaimIndex } from '@sanad/shared/claim-index';
import type { ClaimIndex } from '@sanad/shared/schemas/claim';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from '../../../lib/api-client.ts';
import { claimKeys } from '../../../lib/query-keys.ts';

/** An article's claims as the page knows them before one is opened (the compact index, decoded), in reading order. */
export interface ClaimSummaries {
  claims: ClaimSummary[];
}

/** `GET /api/articles/:id/claims/index`: the article's compact claim index (ADR 028). */
export function getClaimIndex(articleId: number, signal?: AbortSignal): Promise<ClaimIndex> {
  return callApi(claimEndpoints.index, { params: { id: articleId }, signal });
}

/** The article's text of one revision, as the route has it (the index leaves out quotes that are this text between offsets). */
export type TextOfRevision = (revision: number) => Promise<string>;

/**
 * Query options of an article's claims: the index, fetched and decoded against the text of the revision it
 * counts in, which `textOf` gives (the route takes it from the article query, fetched in parallel).
 */
export const claimsQueryOptions = (articleId: number, textOf: TextOfRevision) =>
  queryOptions({
    queryKey: claimKeys.list(articleId),
    queryFn: async ({ signal }): Promise<ClaimSummaries> => {
      const index = await getClaimIndex(articleId, signal);
      return { claims: decodeClaimIndex(index, await textOf(index.revision)) };
    },
  });
