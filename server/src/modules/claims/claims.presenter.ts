import { encodeClaimIndex } from '@sanad/shared/claim-index';
import { type DoubleRatingFacts, doubleRatingState, seesFirstRating, seesSecondRating } from '@sanad/shared/double-rating';
import type { Claim, ClaimIndex, ClaimList } from '@sanad/shared/schemas/claim';
import type { DoubleRating } from '@sanad/shared/schemas/double-rating';
import type { Role } from '@sanad/shared/permissions';
import type { UserRef } from '@sanad/shared/schemas/user';
import { spellingDifferences } from '@sanad/shared/text/spelling';
import type { ClaimIndexRow, ClaimView, SecondRatingRow } from './claims.repository.ts';
import { factsOf } from './second-ratings.repository.ts';

/** What a normalised claim's spelling changed (words a reader may need to check), with its quote before; none otherwise. */
function spellingOf(row: { anchorStatus: string; previousQuote: string | null; quote: string }): { spelling: ReturnType<typeof spellingDifferences>; previousQuote: string | null } {
  const spelling = row.anchorStatus === 'normalised' && row.previousQuote !== null ? spellingDifferences(row.previousQuote, row.quote) : [];
  return { spelling, previousQuote: spelling.length > 0 ? row.previousQuote : null };
}

/** Who a claim is shown to: what they may see of a claim that needs two ratings depends on it (ADR 034). */
export interface Viewer {
  id: number;
  role: Role;
}

/** Where a double rating stands, from its row and whether the claim has a verdict. */
function stateOf(second: Pick<SecondRatingRow, 'rating' | 'agreed' | 'resolution'>, hasVerdict: boolean) {
  return doubleRatingState({ firstIn: hasVerdict, secondIn: second.rating !== null, agreed: second.agreed, resolved: second.resolution !== null });
}

/** The double rating of a claim as `viewer` may see it, and whether the verdict and sources are shown to them. */
function doubleRatingFor(
  second: SecondRatingRow | null,
  verdict: ClaimView['verdict'],
  viewer: Viewer,
  person: (id: number | null) => UserRef | null,
): { doubleRating: DoubleRating | null; showFirst: boolean } {
  if (!second) return { doubleRating: null, showFirst: true };
  const facts: DoubleRatingFacts = factsOf(second, verdict ? (verdict.setBy ?? -1) : null);
  const showFirst = seesFirstRating(viewer, facts);
  const showSecond = seesSecondRating(viewer, facts);
  const complete = second.completedAt !== null && second.firstRating !== null && second.rating !== null && second.agreed !== null;
  return {
    showFirst,
    doubleRating: {
      required: second.required,
      state: stateOf(second, verdict !== null),
      assignedTo: person(second.assignedTo),
      blind: !showFirst,
      second:
        showSecond && second.rating !== null && second.ratedAt !== null
          ? { rating: second.rating, rationale: second.rationale ?? '', confidence: second.confidence ?? null, rater: person(second.raterId), ratedAt: second.ratedAt }
          : null,
      agreement: complete
        ? {
            firstRating: second.firstRating!,
            firstRater: person(second.firstRaterId),
            secondRating: second.rating!,
            secondRater: person(second.secondRaterId),
            agreed: second.agreed!,
            completedAt: second.completedAt!,
          }
        : null,
      resolution:
        second.resolution !== null && second.resolvedAt !== null
          ? { choice: second.resolution, note: second.resolutionNote ?? '', by: person(second.resolvedBy), at: second.resolvedAt }
          : null,
      version: second.version,
    },
  };
}

/**
 * The API shape of a claim with its verdict and sources, as `viewer` may see
 * it: while a claim waits for its second, independent rating, its verdict,
 * rationale and sources are withheld from everyone but the first rater and
 * editors who are not rating it (ADR 034).
 */
export function presentClaim({ claim, verdict, second, links, suggestionText, people, restsOn }: ClaimView, viewer: Viewer): Claim {
  const person = (id: number | null) => (id === null ? null : (people.get(id) ?? null));
  const { doubleRating, showFirst } = doubleRatingFor(second, verdict, viewer, person);
  if (!showFirst) {
    verdict = null;
    links = [];
  }
  return {
    id: claim.id,
    articleId: claim.articleId,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    prefix: claim.prefix,
    suffix: claim.suffix,
    claimant: claim.claimant,
    kind: claim.kind,
    anchor: {
      status: claim.anchorStatus,
      revision: claim.anchorRevision,
      previousQuote: claim.previousQuote,
      spelling: spellingOf({ anchorStatus: claim.anchorStatus, previousQuote: claim.previousQuote, quote: claim.quote }).spelling,
      suggestion:
        claim.anchorStatus === 'fuzzy' && claim.suggestedStart !== null && claim.suggestedEnd !== null && suggestionText !== undefined
          ? { start: claim.suggestedStart, end: claim.suggestedEnd, quote: suggestionText }
          : null,
    },
    status: claim.status,
    statusNote: claim.statusNote,
    statusChangedBy: person(claim.statusChangedBy),
    statusChangedAt: claim.statusChangedAt,
    publishedAt: claim.publishedAt,
    createdBy: person(claim.createdBy),
    assignee: person(claim.assigneeId),
    verdict: verdict
      ? {
          rating: verdict.rating,
          rationale: verdict.rationale,
          setBy: person(verdict.setBy),
          confidence: verdict.confidence ?? null,
          recheckOn: verdict.recheckOn ?? null,
          outdated: verdict.outdatedAt ? { note: verdict.outdatedNote ?? '', by: person(verdict.outdatedBy), at: verdict.outdatedAt } : null,
          createdAt: verdict.createdAt,
          updatedAt: verdict.updatedAt,
          version: verdict.version,
        }
      : null,
    sources: links.map(({ link, source }) => ({
      id: link.id,
      claimId: link.claimId,
      stance: link.stance,
      excerpt: link.excerpt,
      source: {
        id: source.id,
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        publishedAt: source.publishedAt,
        origin: source.origin ?? null,
      },
      createdAt: link.createdAt,
      updatedAt: link.updatedAt,
      version: link.version,
    })),
    doubleRating,
    restsOn: restsOn?.claims ?? [],
    restsOnFalse: restsOn?.restsOnFalse ?? false,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    version: claim.version,
  };
}

/** The API shape of an article's claims, as `viewer` may see them. */
export function presentClaimList(views: ClaimView[], viewer: Viewer): ClaimList {
  return { claims: views.map((view) => presentClaim(view, viewer)) };
}

/** The compact claim index of an article (ADR 028), encoded by the shared encoder against the article's current text. */
export function presentClaimIndex(article: { id: number; revision: number; text: string }, rows: readonly ClaimIndexRow[], viewer: Viewer): ClaimIndex {
  return encodeClaimIndex(
    article,
    rows.map((row) => {
      const hidden = row.second !== null && !seesFirstRating(viewer, factsOf(row.second, row.rating === null ? null : (row.verdictSetBy ?? -1)));
      const suggested = row.anchorStatus === 'fuzzy' && row.suggestedStart !== null && row.suggestedEnd !== null;
      return {
        id: row.id,
        articleId: article.id,
        start: row.start,
        end: row.end,
        quote: row.quote,
        claimant: row.claimant,
        kind: row.kind,
        anchor: {
          status: row.anchorStatus,
          suggestion: suggested ? { start: row.suggestedStart!, end: row.suggestedEnd!, quote: article.text.slice(row.suggestedStart!, row.suggestedEnd!) } : null,
          ...spellingOf(row),
        },
        status: row.status,
        verdict: row.rating === null || hidden ? null : { rating: row.rating },
        doubleRating: row.second === null ? null : stateOf(row.second, row.rating !== null),
        sourceCounts: hidden ? { total: 0, supports: 0, contradicts: 0 } : row.sourceCounts,
        version: row.version,
      };
    }),
  );
}
