import type { Claim } from '@sanad/shared/schemas/claim';

/** A claim as the API returns it, for unit tests: an anchored draft with no verdict or sources, changed by `overrides`. */
export function aClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 5,
    articleId: 3,
    start: 0,
    end: 4,
    quote: 'نص',
    prefix: '',
    suffix: '',
    kind: 'factual',
    claimant: null,
    anchor: { status: 'anchored', revision: 1, previousQuote: null, spelling: [], suggestion: null },
    status: 'draft',
    statusNote: null,
    statusChangedBy: null,
    statusChangedAt: null,
    publishedAt: null,
    createdBy: null,
    assignee: null,
    verdict: null,
    sources: [],
    doubleRating: null,
    restsOn: [],
    restsOnFalse: false,
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}
