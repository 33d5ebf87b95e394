import type { AnchorStatus, Claim, ClaimIndex, ClaimKind } from './schemas/claim.ts';
import type { DoubleRatingState } from './schemas/double-rating.ts';
import type { ClaimStatus } from './schemas/workflow.ts';
import { type SpellingDifference, spellingDifferences } from './text/spelling.ts';

/**
 * The compact claim index (issue #15, ADR 028): its encoder (the server's) and its decoder (the client's),
 * one definition of the wire shape `ClaimIndex` (schemas/claim.ts). This module has no zod in it, so the
 * browser loads it with the article page.
 */

/** One claim as the article page knows it before it is opened: what highlights, the list, its counts and the keyboard need. */
export interface ClaimSummary {
  /** Claim id. */
  id: number;
  /** The article it is marked in. */
  articleId: number;
  /** UTF-16 offset of its first character, null while unattached. */
  start: number | null;
  /** UTF-16 offset just past its last character, null while unattached. */
  end: number | null;
  /** Its text (for an attached claim, the article text between the offsets). */
  quote: string;
  /** Who made the claim, when known. */
  claimant: string | null;
  /** What kind of claim it is. */
  kind: ClaimKind;
  /**
   * How it is anchored; a fuzzy claim's suggested span with its text; for a
   * normalised claim, the spelling changes that can change a word and its quote
   * before them (none and null otherwise).
   */
  anchor: {
    status: AnchorStatus;
    suggestion: { start: number; end: number; quote: string } | null;
    spelling: SpellingDifference[];
    previousQuote: string | null;
  };
  /** Review status. */
  status: ClaimStatus;
  /** Its rating, or null while unrated (or hidden from the viewer until a second, independent rating is in). */
  verdict: { rating: string } | null;
  /** Where its blind double rating stands, or null when it needs none (ADR 034). */
  doubleRating: DoubleRatingState | null;
  /** How many sources are attached, and how many of them support or contradict it. */
  sourceCounts: { total: number; supports: number; contradicts: number };
  /** Optimistic-concurrency version. */
  version: number;
}

/**
 * The index's wire format: part of its ETag (claims.service.ts), so an answer cached in the old format is never
 * taken for one in the new. Bump it with every change to what `encodeClaimIndex` writes.
 */
export const CLAIM_INDEX_FORMAT = 2;

/** The summary of a full claim (what the index carries of it). */
export function summarizeClaim(claim: Claim): ClaimSummary {
  return {
    id: claim.id,
    articleId: claim.articleId,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    claimant: claim.claimant,
    kind: claim.kind,
    anchor: {
      status: claim.anchor.status,
      suggestion: claim.anchor.suggestion,
      spelling: claim.anchor.spelling,
      previousQuote: claim.anchor.spelling.length > 0 ? claim.anchor.previousQuote : null,
    },
    status: claim.status,
    verdict: claim.verdict ? { rating: claim.verdict.rating } : null,
    doubleRating: claim.doubleRating?.state ?? null,
    sourceCounts: {
      total: claim.sources.length,
      supports: claim.sources.filter((link) => link.stance === 'supports').length,
      contradicts: claim.sources.filter((link) => link.stance === 'contradicts').length,
    },
    version: claim.version,
  };
}

/** The position of `value` in `dictionary`, added at the end when new. */
function code<T>(dictionary: T[], value: T): number {
  const at = dictionary.indexOf(value);
  if (at >= 0) return at;
  dictionary.push(value);
  return dictionary.length - 1;
}

/**
 * Encodes an article's claims, in reading order (attached by start, then unattached), against the text of
 * revision `revision`: a quote equal to the text between its offsets is left out, and so is every suggestion's text.
 */
export function encodeClaimIndex(article: { id: number; revision: number; text: string }, claims: readonly ClaimSummary[]): ClaimIndex {
  const index: ClaimIndex = {
    articleId: article.id,
    revision: article.revision,
    statuses: [],
    anchors: [],
    ratings: [],
    id: [],
    start: [],
    length: [],
    status: [],
    anchor: [],
    rating: [],
    version: [],
    sources: [],
    supports: [],
    contradicts: [],
    claimant: [],
    quote: [],
    suggestion: [],
    previousQuote: [],
    kind: [],
    doubleRating: [],
  };
  let previousStart = 0;
  let previousId = 0;
  claims.forEach((claim, i) => {
    index.id.push(claim.id - previousId);
    previousId = claim.id;
    if (claim.start === null || claim.end === null) {
      index.start.push(null);
      index.length.push(null);
      index.quote.push([i, claim.quote]);
    } else {
      if (claim.start < previousStart) throw new Error(`Claim ${claim.id} is out of reading order.`);
      index.start.push(claim.start - previousStart);
      index.length.push(claim.end - claim.start);
      previousStart = claim.start;
      if (article.text.slice(claim.start, claim.end) !== claim.quote) index.quote.push([i, claim.quote]);
    }
    index.status.push(code(index.statuses, claim.status));
    index.anchor.push(code(index.anchors, claim.anchor.status));
    index.rating.push(claim.verdict ? code(index.ratings, claim.verdict.rating) + 1 : 0);
    index.version.push(claim.version);
    index.sources.push(claim.sourceCounts.total);
    index.supports.push(claim.sourceCounts.supports);
    index.contradicts.push(claim.sourceCounts.contradicts);
    if (claim.claimant !== null) index.claimant.push([i, claim.claimant]);
    if (claim.kind !== 'factual') index.kind.push([i, claim.kind]);
    if (claim.doubleRating !== null) index.doubleRating.push([i, claim.doubleRating]);
    if (claim.anchor.suggestion) index.suggestion.push([i, [claim.anchor.suggestion.start, claim.anchor.suggestion.end]]);
    if (claim.anchor.spelling.length > 0 && claim.anchor.previousQuote !== null) index.previousQuote.push([i, claim.anchor.previousQuote]);
  });
  return index;
}

/** The claims of an index, in its order; `text` is the article text of the index's revision (omitted quotes are cut from it). */
export function decodeClaimIndex(index: ClaimIndex, text: string): ClaimSummary[] {
  const claimants = new Map(index.claimant);
  const kinds = new Map(index.kind);
  const doubleRatings = new Map(index.doubleRating);
  const quotes = new Map(index.quote);
  const suggestions = new Map(index.suggestion);
  const previousQuotes = new Map(index.previousQuote);
  const claims: ClaimSummary[] = new Array<ClaimSummary>(index.id.length);
  let start = 0;
  let id = 0;
  for (let i = 0; i < index.id.length; i += 1) {
    id += index.id[i]!;
    const delta = index.start[i];
    const length = index.length[i];
    let span: { start: number; end: number } | null = null;
    if (delta !== null && delta !== undefined && length !== null && length !== undefined) {
      start += delta;
      span = { start, end: start + length };
    }
    const suggested = suggestions.get(i);
    const previousQuote = previousQuotes.get(i) ?? null;
    const quote = quotes.get(i) ?? (span ? text.slice(span.start, span.end) : '');
    const rating = index.rating[i] ?? 0;
    claims[i] = {
      id,
      articleId: index.articleId,
      start: span?.start ?? null,
      end: span?.end ?? null,
      quote,
      claimant: claimants.get(i) ?? null,
      kind: kinds.get(i) ?? 'factual',
      anchor: {
        status: index.anchors[index.anchor[i]!]!,
        suggestion: suggested ? { start: suggested[0], end: suggested[1], quote: text.slice(suggested[0], suggested[1]) } : null,
        // The same derivation as the server's presenter, from the quote before and after.
        spelling: previousQuote === null ? [] : spellingDifferences(previousQuote, quote),
        previousQuote,
      },
      status: index.statuses[index.status[i]!]!,
      verdict: rating === 0 ? null : { rating: index.ratings[rating - 1]! },
      doubleRating: doubleRatings.get(i) ?? null,
      sourceCounts: { total: index.sources[i]!, supports: index.supports[i]!, contradicts: index.contradicts[i]! },
      version: index.version[i]!,
    };
  }
  return claims;
}
