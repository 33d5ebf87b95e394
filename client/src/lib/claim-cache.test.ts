import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ClaimSummary, summarizeClaim } from '@sanad/shared/claim-index';
import type { Claim } from '@sanad/shared/schemas/claim';
import { byReadingOrder, forgetClaim, isClaim, storeClaim } from './claim-cache.ts';
import { articleKeys, claimKeys } from './query-keys.ts';
import { aClaim } from '../test/claim.ts';

function claim(id: number, start: number | null, end: number | null, overrides: Partial<Claim> = {}): Claim {
  return aClaim({ id, start, end, quote: `claim ${id}`, anchor: { status: start === null ? 'orphaned' : 'anchored', revision: 1, previousQuote: null, spelling: [], suggestion: null }, ...overrides });
}

/** The claims query's data: the summaries of these claims. */
const summaries = (claims: Claim[]) => ({ claims: claims.map(summarizeClaim) });
type ClaimList = { claims: ClaimSummary[] };

const ids = (claims: readonly Pick<Claim, 'id'>[]) => claims.map((item) => item.id);

describe('byReadingOrder', () => {
  it('orders attached claims by start, then end, then id, and unattached ones last by id', () => {
    const claims = [claim(9, null, null), claim(4, 10, 20), claim(2, 10, 15), claim(7, 0, 5), claim(1, null, null), claim(3, 10, 15), claim(8, 3, null)];
    expect(ids([...claims].sort(byReadingOrder))).toEqual([7, 2, 3, 4, 1, 8, 9]);
  });
});

describe('storeClaim and forgetClaim', () => {
  let queryClient: QueryClient;

  beforeEach(() => {
    queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } } });
  });

  afterEach(() => {
    queryClient.clear();
  });

  it('puts a new claim into the cached list in reading order and caches its detail', () => {
    queryClient.setQueryData<ClaimList>(claimKeys.list(3), summaries([claim(1, 0, 5), claim(2, 40, 50), claim(3, null, null)]));
    const added = claim(4, 10, 12);
    storeClaim(queryClient, added);
    expect(ids(queryClient.getQueryData<ClaimList>(claimKeys.list(3))?.claims ?? [])).toEqual([1, 4, 2, 3]);
    expect(queryClient.getQueryData(claimKeys.detail(4))).toEqual(added);
  });

  it('replaces the cached copy of a claim it already holds, moving it to its new place', () => {
    queryClient.setQueryData<ClaimList>(claimKeys.list(3), summaries([claim(1, 10, 15), claim(2, 40, 50)]));
    const moved = claim(2, 1, 3, { quote: 'moved', version: 2 });
    storeClaim(queryClient, moved);
    const claims = queryClient.getQueryData<ClaimList>(claimKeys.list(3))?.claims ?? [];
    expect(ids(claims)).toEqual([2, 1]);
    expect(claims[0]).toEqual(summarizeClaim(moved));
  });

  it('does not invent a list for an article whose claims were never loaded', () => {
    storeClaim(queryClient, claim(4, 10, 12));
    expect(queryClient.getQueryData(claimKeys.list(3))).toBeUndefined();
    expect(queryClient.getQueryData(claimKeys.detail(4))).toBeDefined();
  });

  it('marks the article’s claims and the article lists stale, and no other article’s claims', () => {
    queryClient.setQueryData<ClaimList>(claimKeys.list(3), summaries([]));
    queryClient.setQueryData<ClaimList>(claimKeys.list(8), summaries([]));
    queryClient.setQueryData(articleKeys.list(), { articles: [] });
    storeClaim(queryClient, claim(4, 10, 12));
    const stale = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
    expect(stale(claimKeys.list(3))).toBe(true);
    expect(stale(articleKeys.list())).toBe(true);
    expect(stale(claimKeys.list(8))).toBe(false);
  });

  it('forgets a deleted claim: out of the list, its detail gone, the lists stale', () => {
    queryClient.setQueryData<ClaimList>(claimKeys.list(3), summaries([claim(1, 0, 5), claim(2, 40, 50)]));
    queryClient.setQueryData(claimKeys.detail(2), claim(2, 40, 50));
    queryClient.setQueryData(articleKeys.list(), { articles: [] });
    forgetClaim(queryClient, 3, 2);
    expect(ids(queryClient.getQueryData<ClaimList>(claimKeys.list(3))?.claims ?? [])).toEqual([1]);
    expect(queryClient.getQueryState(claimKeys.detail(2))).toBeUndefined();
    expect(queryClient.getQueryState(claimKeys.list(3))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(articleKeys.list())?.isInvalidated).toBe(true);
  });

  it('forgets a claim of an article whose list was never loaded without creating one', () => {
    forgetClaim(queryClient, 3, 2);
    expect(queryClient.getQueryData(claimKeys.list(3))).toBeUndefined();
  });
});

describe('isClaim', () => {
  it('recognises a claim as the API presents it', () => {
    expect(isClaim(claim(1, 0, 5))).toBe(true);
  });

  it('rejects other values, such as a verdict or an article in a 412', () => {
    expect(isClaim(null)).toBe(false);
    expect(isClaim('claim')).toBe(false);
    expect(isClaim({ id: 1, articleId: 3, version: 2 })).toBe(false);
    expect(isClaim({ id: 1, title: 'An article', version: 2, text: '' })).toBe(false);
  });
});
