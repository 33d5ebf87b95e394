import type { Db } from '@sanad/db/client';
import { inTransaction } from '@sanad/db/transaction';
import type { Report } from '@sanad/shared/schemas/report';
import { conflict, notFound } from '../../lib/app-error.ts';
import { type Actor, actorRef, assertCan } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { ArticlesRepository } from '../articles/articles.repository.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { ClaimsRepository } from '../claims/claims.repository.ts';
import type { EventBus } from '../../lib/event-bus.ts';
import { presentCorrection } from './publications.presenter.ts';
import { claimsFingerprint, type ReportsService } from './reports.service.ts';
import type { CorrectionView, PublicationsRepository, PublicationSummaryRow } from './publications.repository.ts';

/** An article's publications and corrections, and how many approved claims await publishing. */
export interface PublicationsOverview {
  publications: PublicationSummaryRow[];
  corrections: CorrectionView[];
  pendingClaims: number;
}

/**
 * Publishing an article's fact-check: the approved claims go out as a report
 * snapshot; the claims it includes are locked (changing one needs a reopen,
 * which records a correction, published with the next publication).
 */
export class PublicationsService {
  constructor(
    private readonly db: Db,
    private readonly publications: PublicationsRepository,
    private readonly reports: ReportsService,
    private readonly articles: ArticlesRepository,
    private readonly claims: ClaimsRepository,
    private readonly audit: AuditRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** The article's publications, every correction, and what publishing now would add. */
  async list(_actor: Actor, articleId: number): Promise<PublicationsOverview> {
    const article = await this.articles.findById(articleId);
    if (!article) throw notFound('article', articleId);
    const [publications, corrections, rows] = await Promise.all([
      this.publications.list(articleId),
      this.publications.corrections(articleId),
      this.claims.listRowsOf(articleId),
    ]);
    return { publications, corrections, pendingClaims: rows.filter((row) => row.status === 'approved' && row.publishedAt === null).length };
  }

  /**
   * Publishes the approved claims: 403 without `report.publish`; 409 when
   * there is nothing (new) to publish, or when claims changed while the report
   * was assembled (try again).
   */
  async publish(actor: Actor, articleId: number): Promise<PublicationSummaryRow> {
    assertCan(actor, 'report.publish');
    const { report: base, fingerprint } = await this.reports.assemble(articleId, 'published');
    const at = this.clock.now().toISOString();
    const publication = await inTransaction(this.db, async (tx) => {
      const rows = await this.claims.listRows(tx, articleId);
      const approved = rows.filter((row) => row.status === 'approved');
      if (claimsFingerprint(approved) !== fingerprint) {
        throw conflict('report_changed', 'Claims of this article changed while the report was being prepared. Publish again to include the changes.');
      }
      const number = await this.publications.nextNumber(tx, articleId);
      const all = await this.publications.correctionsIn(tx, articleId);
      const pending = all.filter((correction) => correction.row.publicationId === null);
      const newClaims = approved.filter((row) => row.publishedAt === null);
      if (approved.length === 0 && pending.length === 0) {
        throw conflict('nothing_to_publish', 'No claim of this article is approved yet. An editor approves claims before they can be published.');
      }
      if (number > 1 && pending.length === 0 && newClaims.length === 0) {
        throw conflict('nothing_to_publish', 'Nothing has changed since the last publication: no newly approved claims and no corrections.');
      }
      const ratingOf = new Map<number, string | null>();
      for (const row of approved) ratingOf.set(row.id, (await this.claims.verdictOf(tx, row.id))?.rating ?? null);
      const firstPublishedAt = await this.publications.firstPublishedAt(tx, articleId) ?? at;
      const corrections = all.map((correction) =>
        correction.row.publicationId === null
          ? presentCorrection({ ...correction, row: { ...correction.row, ratingAfter: correction.row.claimId === null ? null : (ratingOf.get(correction.row.claimId) ?? null) }, publishedAt: at })
          : presentCorrection(correction),
      );
      const lastCorrected = new Map<number, string>();
      for (const correction of corrections) {
        if (correction.claimId !== null && correction.publishedAt !== null) lastCorrected.set(correction.claimId, correction.publishedAt);
      }
      const firstPublished = new Map(rows.map((row) => [row.id, row.publishedAt]));
      const snapshot: Report = {
        ...base,
        kind: 'published',
        generatedAt: at,
        publication: { number, publishedAt: at, firstPublishedAt, publishedBy: actorRef(actor) },
        corrections,
        claims: base.claims.map((claim) => ({ ...claim, publishedAt: firstPublished.get(claim.id) ?? at, modifiedAt: lastCorrected.get(claim.id) ?? null })),
      };
      const row = await this.publications.insert(tx, { articleId, number, publishedAt: at, publishedBy: actor.id, report: JSON.stringify(snapshot) });
      for (const correction of pending) {
        await this.publications.publishCorrection(tx, correction.row.id, row.id, correction.row.claimId === null ? null : (ratingOf.get(correction.row.claimId) ?? null));
      }
      await this.publications.markClaimsPublished(tx, newClaims.map((claim) => claim.id), at);
      await this.audit.append(tx, actor, at, {
        action: 'article.publish',
        entityType: 'publication',
        entityId: row.id,
        articleId,
        claimId: null,
        before: null,
        after: { number, claims: snapshot.claims.length, corrections: pending.length },
      });
      return { id: row.id, articleId, number, publishedAt: at, publishedBy: actorRef(actor), claims: snapshot.claims.length, corrections: pending.length };
    });
    this.events.publish({ type: 'publication', articleId, claimId: null, change: 'created', actor: actorRef(actor), at });
    return publication;
  }
}
