import { describe, expect, it } from 'vitest';
import { ClaimReviewSchema, claimReviewListProblems, claimReviewProblems, isIsoDate, ratingNumber } from './claimreview.ts';

/** Google's documented example ("Fact check (ClaimReview) structured data", updated 2026-02-20). */
const googleExample = () => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://example.com/news/science/worldisflat.html',
  claimReviewed: 'The world is flat',
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Organization', name: 'Square World Society', sameAs: 'https://example.flatworlders.com/we-know-that-the-world-is-flat' },
    datePublished: '2024-06-20',
    appearance: {
      '@type': 'OpinionNewsArticle',
      url: 'https://example.com/news/a122121',
      headline: 'Square Earth - Flat earthers for the Internet age',
      datePublished: '2024-06-22',
      author: { '@type': 'Person', name: 'T. Tellar' },
      image: 'https://example.com/photos/1x1/photo.jpg',
      publisher: { '@type': 'Organization', name: 'Skeptical News', logo: { '@type': 'ImageObject', url: 'https://example.com/logo.jpg' } },
    },
  },
  author: { '@type': 'Organization', name: 'Example.com science watch' },
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
});

/** Google's "backward compatibility" example: itemReviewed as a CreativeWork, ratings as written there. */
const googleLegacyExample = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  datePublished: '2024-06-22',
  url: 'https://example.com/news/science/worldisflat.html',
  itemReviewed: {
    '@type': 'CreativeWork',
    author: { '@type': 'Organization', name: 'Square World Society', sameAs: 'https://example.flatworlders.com/we-know-that-the-world-is-flat' },
    datePublished: '2024-06-20',
  },
  claimReviewed: 'The world is flat',
  author: { '@type': 'Organization', name: 'Example.com science watch' },
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
};

/** An Arabic fact-check shaped like Sanad's export. */
const sanadReview = (overrides: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/checks/7#claim-3',
  claimReviewed: 'قال الوزير إن الأسعار لن ترتفع هذا العام',
  datePublished: '2025-03-01T10:00:00.000Z',
  author: { '@type': 'Organization', name: 'سند للتحقق', url: 'https://factcheck.example/' },
  reviewRating: { '@type': 'Rating', ratingValue: '1', bestRating: '5', worstRating: '1', alternateName: 'خطأ' },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'وزير الاقتصاد' },
    datePublished: '2025-02-27',
    appearance: [{ '@type': 'NewsArticle', url: 'https://news.example/2025/02/27/prices' }, 'https://video.example/watch?v=1'],
    firstAppearance: 'https://news.example/2025/02/27/prices',
  },
  ...overrides,
});

const rating = (overrides: Record<string, unknown>) => sanadReview({ reviewRating: { ...sanadReview().reviewRating, ...overrides } });

function messages(value: unknown): string[] {
  return claimReviewProblems(value).map((problem) => `${problem.path}: ${problem.message}`);
}

describe('ClaimReviewSchema', () => {
  it('accepts Google’s documented example and its backward-compatible form', () => {
    expect(claimReviewProblems(googleExample())).toEqual([]);
    expect(claimReviewProblems(googleLegacyExample)).toEqual([]);
    expect(ClaimReviewSchema.safeParse(googleExample()).success).toBe(true);
  });

  it('accepts an Arabic review with ratings written as ASCII-digit strings', () => {
    expect(claimReviewProblems(sanadReview())).toEqual([]);
  });

  it('accepts a rating off the numeric scale: alternateName alone, no numbers', () => {
    expect(claimReviewProblems(sanadReview({ reviewRating: { '@type': 'Rating', alternateName: 'Misleading' } }))).toEqual([]);
  });

  it('requires the schema.org context, over http or https', () => {
    expect(messages(sanadReview({ '@context': 'http://schema.org' }))).toEqual([]);
    expect(messages(sanadReview({ '@context': undefined }))).toEqual(['@context: @context is missing: it must be "https://schema.org".']);
    expect(messages(sanadReview({ '@context': 'https://example.org/vocab' }))).toEqual(['@context: @context must be "https://schema.org" (it is "https://example.org/vocab").']);
  });

  it('requires @type ClaimReview', () => {
    expect(messages(sanadReview({ '@type': 'Review' }))).toEqual(['@type: @type must be "ClaimReview" (it is "Review").']);
    expect(messages(sanadReview({ '@type': undefined }))).toEqual(['@type: @type is missing: it must be "ClaimReview".']);
  });

  it('requires claimReviewed, not empty', () => {
    expect(messages(sanadReview({ claimReviewed: undefined }))).toEqual(['claimReviewed: claimReviewed is missing: give a short summary of the claim.']);
    expect(messages(sanadReview({ claimReviewed: '  ' }))).toEqual(['claimReviewed: claimReviewed is empty: give a short summary of the claim.']);
    expect(messages(sanadReview({ claimReviewed: 42 }))).toEqual(['claimReviewed: claimReviewed must be text (it is 42).']);
  });

  it('requires claimReviewed to be under 75 characters, counted as a reader counts them', () => {
    expect(messages(sanadReview({ claimReviewed: 'a'.repeat(74) }))).toEqual([]);
    expect(messages(sanadReview({ claimReviewed: 'a'.repeat(75) }))).toEqual(['claimReviewed: claimReviewed must be under 75 characters (it has 75).']);
    expect(messages(sanadReview({ claimReviewed: 'x'.repeat(91) }))).toEqual(['claimReviewed: claimReviewed must be under 75 characters (it has 91).']);
    // Seventy Arabic letters each with a haraka are 140 code points but 70 characters on screen.
    expect(messages(sanadReview({ claimReviewed: 'بَ'.repeat(70) }))).toEqual([]);
  });

  it('rejects the rating written into claimReviewed', () => {
    expect(messages(sanadReview({ claimReviewed: 'خطأ: قال الوزير إن الأسعار لن ترتفع' }))).toEqual([
      'claimReviewed: claimReviewed must not include the rating ("خطأ"): the rating goes in reviewRating.',
    ]);
    expect(messages({ ...googleExample(), claimReviewed: 'The world is flat (False)' })).toEqual([
      'claimReviewed: claimReviewed must not include the rating ("False"): the rating goes in reviewRating.',
    ]);
    expect(messages({ ...googleExample(), claimReviewed: 'False claims about vaccines spread online' })).toEqual([]);
  });

  it('requires a reviewRating of type Rating', () => {
    expect(messages(sanadReview({ reviewRating: undefined }))).toEqual(['reviewRating: reviewRating is missing: give the rating as a Rating with an alternateName such as "False".']);
    expect(messages(rating({ '@type': 'AggregateRating' }))).toEqual(['reviewRating.@type: reviewRating.@type must be "Rating" (it is "AggregateRating").']);
    expect(messages(sanadReview({ reviewRating: 'False' }))).toEqual(['reviewRating: reviewRating must be a Rating object with an alternateName such as "False".']);
  });

  it('requires alternateName, in words and not only a number', () => {
    expect(messages(rating({ alternateName: undefined }))).toEqual(['reviewRating.alternateName: reviewRating.alternateName is missing: give the rating in words, such as "False".']);
    expect(messages(rating({ alternateName: '' }))).toEqual(['reviewRating.alternateName: reviewRating.alternateName is empty: give the rating in words, such as "False".']);
    expect(messages(rating({ alternateName: '1' }))).toEqual([
      'reviewRating.alternateName: reviewRating.alternateName must give the rating in words, such as "False", not only a number (it is "1").',
    ]);
    expect(messages(rating({ alternateName: '٣ / ٥' }))).toHaveLength(1);
    expect(messages(rating({ alternateName: 'Mostly true in the details, but the overall claim is misleading' }))).toEqual([]);
  });

  it('requires rating numbers written with ASCII digits', () => {
    expect(messages(rating({ ratingValue: '٣' }))).toEqual([
      'reviewRating.ratingValue: reviewRating.ratingValue must be a number written with the digits 0–9 and a "." for decimals (it is "٣") (Arabic-Indic digits are not read as numbers).',
    ]);
    expect(messages(rating({ bestRating: '5,0' }))).toEqual(['reviewRating.bestRating: reviewRating.bestRating must be a number written with the digits 0–9 and a "." for decimals (it is "5,0").']);
    expect(messages(rating({ worstRating: 'one' }))).toHaveLength(1);
    expect(messages(rating({ ratingValue: 2.5 }))).toEqual([]);
  });

  it('requires ratingValue, bestRating and worstRating together', () => {
    expect(messages(rating({ bestRating: undefined }))).toEqual(['reviewRating.bestRating: reviewRating must give ratingValue, bestRating and worstRating together (bestRating is missing).']);
    expect(messages(rating({ bestRating: undefined, worstRating: undefined }))).toEqual([
      'reviewRating.bestRating: reviewRating must give ratingValue, bestRating and worstRating together (bestRating and worstRating are missing).',
    ]);
    expect(messages(rating({ ratingValue: undefined, bestRating: undefined, worstRating: undefined }))).toEqual([]);
  });

  it('requires worstRating at least 1 and below bestRating, and ratingValue between them', () => {
    expect(messages(rating({ worstRating: 0, ratingValue: 0 }))).toEqual(['reviewRating.worstRating: reviewRating.worstRating must be at least 1 (it is 0).']);
    expect(messages(rating({ bestRating: '1' }))).toEqual(['reviewRating.bestRating: reviewRating.bestRating (1) must be greater than worstRating (1).']);
    expect(messages(rating({ ratingValue: 7 }))).toEqual(['reviewRating.ratingValue: reviewRating.ratingValue (7) must lie between worstRating (1) and bestRating (5).']);
    expect(messages(rating({ ratingValue: '5' }))).toEqual([]);
  });

  it('requires url to be an absolute http(s) address', () => {
    expect(messages(sanadReview({ url: undefined }))).toEqual(['url: url is missing: give the address of the published fact-check.']);
    expect(messages(sanadReview({ url: '/checks/7' }))).toEqual(['url: url must be a full http:// or https:// address (it is "/checks/7").']);
    expect(messages(sanadReview({ url: 'ftp://factcheck.example/7' }))).toHaveLength(1);
  });

  it('requires the url on the domain of the page that carries the markup, when given', () => {
    expect(claimReviewProblems(sanadReview(), { pageUrl: 'https://factcheck.example/checks/7' })).toEqual([]);
    expect(claimReviewProblems(sanadReview({ url: 'https://ar.factcheck.example/7' }), { pageUrl: 'https://factcheck.example/checks/7' })).toEqual([]);
    expect(claimReviewProblems(sanadReview(), { pageUrl: 'https://other.example/page' })).toEqual([
      { path: 'url', message: 'url must be on other.example or one of its subdomains, the site that carries the markup (it is on factcheck.example).' },
    ]);
  });

  it('requires an author: an Organization or Person with a name or url', () => {
    expect(messages(sanadReview({ author: undefined }))).toEqual(['author: author is missing: name the organisation that published the fact-check.']);
    expect(messages(sanadReview({ author: { '@type': 'Thing', name: 'سند' } }))).toEqual(['author.@type: author.@type must be "Organization" or "Person" (it is "Thing").']);
    expect(messages(sanadReview({ author: { '@type': 'Organization' } }))).toEqual([
      'author.name: author needs a name (or at least a url): name the organisation that published the fact-check.',
    ]);
    expect(messages(sanadReview({ author: { '@type': 'Organization', url: 'https://factcheck.example/' } }))).toEqual([]);
    expect(messages(sanadReview({ author: { '@type': 'Person', name: 'Huda', url: 'factcheck.example' } }))).toEqual([
      'author.url: author.url must be a full http:// or https:// address (it is "factcheck.example").',
    ]);
  });

  it('requires datePublished to be an ISO 8601 date or date-time', () => {
    expect(messages(sanadReview({ datePublished: '2025-03-01' }))).toEqual([]);
    expect(messages(sanadReview({ datePublished: '01/03/2025' }))).toEqual(['datePublished: datePublished must be an ISO 8601 date such as 2024-06-20 (it is "01/03/2025").']);
    expect(messages(sanadReview({ datePublished: '2025-02-30' }))).toHaveLength(1);
  });

  it('requires itemReviewed to be a Claim whose author has a name', () => {
    const claim = sanadReview().itemReviewed;
    expect(messages(sanadReview({ itemReviewed: { ...claim, '@type': 'Statement' } }))).toEqual(['itemReviewed.@type: itemReviewed.@type must be "Claim" (it is "Statement").']);
    expect(messages(sanadReview({ itemReviewed: 'the minister' }))).toEqual(['itemReviewed: itemReviewed must be a Claim object.']);
    expect(messages(sanadReview({ itemReviewed: { ...claim, author: { '@type': 'Person' } } }))).toEqual([
      'itemReviewed.author.name: itemReviewed.author.name is missing: give the name of who made the claim.',
    ]);
    expect(messages(sanadReview({ itemReviewed: { ...claim, author: { '@type': 'Person', name: 'x', sameAs: 'wikipedia' } } }))).toEqual([
      'itemReviewed.author.sameAs: itemReviewed.author.sameAs must be full http:// or https:// addresses.',
    ]);
    expect(messages(sanadReview({ itemReviewed: { ...claim, datePublished: 'yesterday' } }))).toHaveLength(1);
  });

  it('requires appearances to be absolute http(s) URLs or CreativeWorks with one', () => {
    const claim = sanadReview().itemReviewed;
    expect(messages(sanadReview({ itemReviewed: { ...claim, appearance: [claim.appearance[0], '/local/page'] } }))).toEqual([
      'itemReviewed.appearance[1]: itemReviewed.appearance must be a full http:// or https:// address (it is "/local/page").',
    ]);
    expect(messages(sanadReview({ itemReviewed: { ...claim, appearance: { '@type': 'Article', url: 'news.example/x' } } }))).toEqual([
      'itemReviewed.appearance.url: itemReviewed.appearance.url must be a full http:// or https:// address (it is "news.example/x").',
    ]);
    expect(messages(sanadReview({ itemReviewed: { ...claim, firstAppearance: 12 } }))).toEqual(['itemReviewed.firstAppearance: itemReviewed.firstAppearance must be a URL or a CreativeWork object.']);
  });

  it('reports several problems at once, one sentence each', () => {
    const problems = claimReviewProblems({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'x'.repeat(80), reviewRating: { '@type': 'Rating', ratingValue: '٣', bestRating: 5, worstRating: 1 } });
    expect(problems.map((problem) => problem.path)).toEqual(['claimReviewed', 'reviewRating.alternateName', 'reviewRating.ratingValue', 'url', 'author']);
    for (const problem of problems) expect(problem.message).toMatch(/^[@a-zA-Z].*\.$/);
  });
});

describe(claimReviewListProblems.name, () => {
  it('checks a JSON array of ClaimReviews, with paths by index', () => {
    expect(claimReviewListProblems([googleExample(), sanadReview()])).toEqual([]);
    expect(claimReviewListProblems([googleExample(), sanadReview({ '@context': undefined, url: 'nowhere' })])).toEqual([
      { path: '[1].@context', message: '@context is missing: it must be "https://schema.org".' },
      { path: '[1].url', message: 'url must be a full http:// or https:// address (it is "nowhere").' },
    ]);
  });

  it('checks an @graph under one shared context', () => {
    const { '@context': _context, ...node } = sanadReview();
    expect(claimReviewListProblems({ '@context': 'https://schema.org', '@graph': [node, { ...node, claimReviewed: '' }] })).toEqual([
      { path: '@graph[1].claimReviewed', message: 'claimReviewed is empty: give a short summary of the claim.' },
    ]);
    expect(claimReviewListProblems({ '@graph': [node] })).toEqual([{ path: '@context', message: '@context is missing: it must be "https://schema.org".' }]);
    expect(claimReviewListProblems({ '@context': 'https://schema.org', '@graph': node })).toEqual([{ path: '@graph', message: '@graph must be an array of ClaimReview objects.' }]);
  });

  it('applies the page domain rule to every entry', () => {
    const problems = claimReviewListProblems([sanadReview(), sanadReview({ url: 'https://elsewhere.example/7' })], { pageUrl: 'https://factcheck.example/' });
    expect(problems).toEqual([
      { path: '[1].url', message: 'url must be on factcheck.example or one of its subdomains, the site that carries the markup (it is on elsewhere.example).' },
    ]);
  });

  it('checks a lone ClaimReview, and rejects anything else', () => {
    expect(claimReviewListProblems(sanadReview())).toEqual([]);
    expect(claimReviewListProblems('[]')).toEqual([{ path: '', message: 'The export must be a JSON array of ClaimReviews or an object with an @graph of them.' }]);
  });
});

describe('value rules', () => {
  it('reads rating numbers only from JSON numbers and ASCII-digit strings', () => {
    expect(ratingNumber(4)).toBe(4);
    expect(ratingNumber('4.5')).toBe(4.5);
    expect(ratingNumber('٤')).toBeUndefined();
    expect(ratingNumber('4,5')).toBeUndefined();
    expect(ratingNumber(' 4')).toBeUndefined();
    expect(ratingNumber(Number.NaN)).toBeUndefined();
  });

  it('recognises ISO 8601 dates and date-times', () => {
    expect(isIsoDate('2024-06-20')).toBe(true);
    expect(isIsoDate('2024-06-20T09:50:25+02:00')).toBe(true);
    expect(isIsoDate('2024-06-20T09:50Z')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-06-20 09:50')).toBe(false);
  });
});
