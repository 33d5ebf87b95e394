import type { Correction, Publication, PublicationList } from '@sanad/shared/schemas/publication';
import type { CorrectionView, PublicationSummaryRow } from './publications.repository.ts';
import type { PublicationsOverview } from './publications.service.ts';

/** A correction as reports and the API show it. */
export function presentCorrection({ row, reopenedBy, publishedAt }: CorrectionView): Correction {
  return {
    id: row.id,
    claimId: row.claimId,
    quote: row.quote,
    reason: row.reason,
    ratingBefore: row.ratingBefore,
    ratingAfter: row.ratingAfter,
    reopenedAt: row.reopenedAt,
    reopenedBy,
    publishedAt,
  };
}

/** The API shape of one publication (without its snapshot). */
export function presentPublication(row: PublicationSummaryRow): Publication {
  return { ...row, claims: Number(row.claims), corrections: Number(row.corrections) };
}

/** The article's publications, every correction, and what publishing now would add. */
export function presentPublicationList({ publications, corrections, pendingClaims }: PublicationsOverview): PublicationList {
  return {
    publications: publications.map(presentPublication),
    corrections: corrections.map(presentCorrection),
    pending: { newClaims: pendingClaims, corrections: corrections.filter((correction) => correction.row.publicationId === null).length },
  };
}
