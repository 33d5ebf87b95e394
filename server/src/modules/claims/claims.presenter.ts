import type { Claim, ClaimList } from '@sanad/shared/schemas/claim';
import type { ClaimView } from './claims.repository.ts';

/** The API shape of a claim with its verdict and sources. */
export function presentClaim({ claim, verdict, links, suggestionText, people }: ClaimView): Claim {
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
    anchor: {
      status: claim.anchorStatus,
      revision: claim.anchorRevision,
      previousQuote: claim.previousQuote,
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
      },
      createdAt: link.createdAt,
      updatedAt: link.updatedAt,
      version: link.version,
    })),
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    version: claim.version,
  };
}

/** The API shape of an article's claims. */
export function presentClaimList(views: ClaimView[]): ClaimList {
  return { claims: views.map(presentClaim) };
}
