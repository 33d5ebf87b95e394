import { describe, expect, it } from 'vitest';
import { type ClaimSummary, decodeClaimIndex, encodeClaimIndex } from './claim-index.ts';
import { ClaimIndexSchema } from './schemas/claim.ts';

const TEXT = 'The minister said unemployment fell to four per cent last year, and exports rose by a third.';

function summary(id: number, quote: string, overrides: Partial<ClaimSummary> = {}): ClaimSummary {
  const start = TEXT.indexOf(quote);
  return {
    id,
    articleId: 7,
    start,
    end: start + quote.length,
    quote,
    claimant: null,
    kind: 'factual',
    anchor: { status: 'anchored', suggestion: null, spelling: [], previousQuote: null },
    status: 'draft',
    verdict: null,
    doubleRating: null,
    sourceCounts: { total: 0, supports: 0, contradicts: 0 },
    version: 1,
    ...overrides,
  };
}

describe(encodeClaimIndex.name, () => {
  const claims: ClaimSummary[] = [
    summary(3, 'unemployment fell', { verdict: { rating: 'false' }, sourceCounts: { total: 3, supports: 1, contradicts: 2 }, version: 4 }),
    summary(9, 'four per cent', { claimant: 'The minister', kind: 'statistic', status: 'submitted', verdict: { rating: 'true' }, doubleRating: 'disagreed' }),
    summary(2, 'exports rose by a third', { verdict: { rating: 'false' }, anchor: { status: 'normalised', suggestion: null, spelling: [], previousQuote: null } }),
    summary(5, 'a claim whose sentence is gone', { start: null, end: null, anchor: { status: 'orphaned', suggestion: null, spelling: [], previousQuote: null } }),
    summary(6, 'the minister sayd', {
      start: null,
      end: null,
      anchor: { status: 'fuzzy', suggestion: { start: 0, end: 17, quote: TEXT.slice(0, 17) }, spelling: [], previousQuote: null },
    }),
  ];

  it('round-trips every field through the decoder, sending quotes only where the text does not hold them', () => {
    const index = ClaimIndexSchema.parse(encodeClaimIndex({ id: 7, revision: 2, text: TEXT }, claims));
    expect(decodeClaimIndex(index, TEXT)).toEqual(claims);
    expect(index.quote.map(([at]) => at)).toEqual([3, 4]);
    expect(index.ratings).toEqual(['false', 'true']);
    expect(index.rating).toEqual([1, 2, 1, 0, 0]);
    expect(index.start).toEqual([TEXT.indexOf('unemployment'), TEXT.indexOf('four') - TEXT.indexOf('unemployment'), TEXT.indexOf('exports') - TEXT.indexOf('four'), null, null]);
    expect(index.claimant).toEqual([[1, 'The minister']]);
    expect(index.suggestion).toEqual([[4, [0, 17]]]);
    expect(index.doubleRating).toEqual([[1, 'disagreed']]);
    // Ids as steps from the previous entry's id: 3, 9, 2, 5, 6.
    expect(index.id).toEqual([3, 6, -7, 3, 1]);
  });

  it('refuses an index whose ids do not sum to positive ids', () => {
    const index = encodeClaimIndex({ id: 7, revision: 1, text: TEXT }, claims);
    expect(ClaimIndexSchema.safeParse({ ...index, id: [3, -3, 1, 1, 1] }).success).toBe(false);
  });

  it('sends the quote of an attached claim whose quote is not the text between its offsets', () => {
    const odd = summary(1, 'unemployment fell', { quote: 'unemployment fell sharply' });
    const index = encodeClaimIndex({ id: 7, revision: 1, text: TEXT }, [odd]);
    expect(index.quote).toEqual([[0, 'unemployment fell sharply']]);
    expect(decodeClaimIndex(index, TEXT)).toEqual([odd]);
  });

  it('refuses claims out of reading order', () => {
    expect(() => encodeClaimIndex({ id: 7, revision: 1, text: TEXT }, [claims[1]!, claims[0]!])).toThrow(/out of reading order/);
  });

  it('is refused by the schema when a column is short', () => {
    const index = encodeClaimIndex({ id: 7, revision: 1, text: TEXT }, claims);
    expect(ClaimIndexSchema.safeParse({ ...index, version: index.version.slice(1) }).success).toBe(false);
  });
});

describe('a normalised claim in the index (issue #19)', () => {
  it('carries the quote before a spelling change that can change a word, and the decoder names the change', () => {
    const text = 'قال الوزير أن الاقتصاد نما.';
    const quote = 'أن الاقتصاد نما';
    const start = text.indexOf(quote);
    const claim: ClaimSummary = {
      id: 1,
      articleId: 7,
      start,
      end: start + quote.length,
      quote,
      claimant: null,
      kind: 'opinion',
      doubleRating: null,
      anchor: { status: 'normalised', suggestion: null, spelling: ['hamza'], previousQuote: 'إن الاقتصاد نما' },
      status: 'draft',
      verdict: null,
      sourceCounts: { total: 0, supports: 0, contradicts: 0 },
      version: 2,
    };
    const index = ClaimIndexSchema.parse(encodeClaimIndex({ id: 7, revision: 3, text }, [claim]));
    expect(index.previousQuote).toEqual([[0, 'إن الاقتصاد نما']]);
    expect(decodeClaimIndex(index, text)).toEqual([claim]);
  });
});
