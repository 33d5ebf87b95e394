import { encodeClaimIndex } from '@sanad/shared/claim-index';
import type { Claim, ClaimIndex, ClaimList } from '@sanad/shared/schemas/claim';
import { spellingDifferences } from '@sanad/shared/text/spelling';
import type { ClaimIndexRow, ClaimView } from './claims.repository.ts';

/** What a normalised claim's spelling changed (words a reader may need to check), with its quote before; none otherwise. */
function spellingOf(row: { anchorStatus: string; previousQuote: string | null; quote: string }): { spelling: ReturnType<typeof spellingDifferences>; previousQuote: string | null } {
  const spelling = row.anchorStatus === 'normalised' && row.previousQuote !== null ? spellingDifferences(row.previousQuote, row.quote) : [];
  return { spelling, previousQuote: spelling.length > 0 ? row.previousQuote : null };
}

/** The API shape of a claim with its verdict and sources. */
export function presentClaim({ claim, verdict, links, suggestionText, people, restsOn }: ClaimView): Claim {
  const person = (id: number | null) => (id === null ? null : (people.get(id) ?? null));
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
    restsOn: restsOn?.claims ?? [],
    restsOnFalse: restsOn?.restsOnFalse ?? false,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    version: claim.version,
  };
}

/** The API shape of an article's claims. */
export function presentClaimList(views: ClaimView[]): ClaimList {
  return { claims: views.map(presentClaim) };
}

/** The compact claim index of an article (ADR 028), encoded by the shared encoder against the article's current text. */
export function presentClaimIndex(article: { id: number; revision: number; text: string }, rows: readonly ClaimIndexRow[]): ClaimIndex {
  return encodeClaimIndex(
    article,
    rows.map((row) => {
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
        verdict: row.rating === null ? null : { rating: row.rating },
        sourceCounts: row.sourceCounts,
        version: row.version,
      };
    }),
  );
}
