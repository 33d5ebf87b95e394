import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { tablesOf } from '@sanad/db/backend';
import type { Executor, Tx } from '@sanad/db/transaction';
import type { RestsOnClaim } from '@sanad/shared/schemas/claim';
import { restsOnFalse } from '@sanad/shared/rests-on';

/** What an opinion claim rests on, as its answer shows it (ADR 033). */
export interface RestsOnView {
  claims: RestsOnClaim[];
  /** Any of them rated on the false or misleading side of the scale. */
  restsOnFalse: boolean;
}

/** The only code that reads and writes `claim_links`: which claims an opinion rests on. */
export class ClaimLinksRepository {
  /** Whether the opinion already rests on this claim. */
  async exists(tx: Executor, opinionClaimId: number, restsOnClaimId: number): Promise<boolean> {
    const { claimLinks } = tablesOf(tx);
    const [row] = await tx
      .select({ id: claimLinks.opinionClaimId })
      .from(claimLinks)
      .where(and(eq(claimLinks.opinionClaimId, opinionClaimId), eq(claimLinks.restsOnClaimId, restsOnClaimId)))
      .limit(1);
    return row !== undefined;
  }

  /** Whether the opinion rests on any claim. */
  async hasAny(tx: Executor, opinionClaimId: number): Promise<boolean> {
    const { claimLinks } = tablesOf(tx);
    const [row] = await tx.select({ id: claimLinks.opinionClaimId }).from(claimLinks).where(eq(claimLinks.opinionClaimId, opinionClaimId)).limit(1);
    return row !== undefined;
  }

  /** Links an opinion to a claim it rests on. */
  async insert(tx: Tx, values: { opinionClaimId: number; restsOnClaimId: number; createdBy: number | null; createdAt: string }): Promise<void> {
    const { claimLinks } = tablesOf(tx);
    await tx.insert(claimLinks).values(values);
  }

  /** Removes a link; false when there was none. */
  async delete(tx: Tx, opinionClaimId: number, restsOnClaimId: number): Promise<boolean> {
    const { claimLinks } = tablesOf(tx);
    const deleted = await tx
      .delete(claimLinks)
      .where(and(eq(claimLinks.opinionClaimId, opinionClaimId), eq(claimLinks.restsOnClaimId, restsOnClaimId)))
      .returning({ id: claimLinks.opinionClaimId });
    return deleted.length > 0;
  }

  /** Every link of an article's opinions (both ends are of the article: the service refuses links across articles). */
  async linksOfArticle(db: Executor, articleId: number): Promise<{ opinionClaimId: number; restsOnClaimId: number }[]> {
    const { claimLinks, claims } = tablesOf(db);
    return db
      .select({ opinionClaimId: claimLinks.opinionClaimId, restsOnClaimId: claimLinks.restsOnClaimId })
      .from(claimLinks)
      .innerJoin(claims, eq(claims.id, claimLinks.opinionClaimId))
      .where(eq(claims.articleId, articleId))
      .orderBy(asc(claimLinks.opinionClaimId), asc(claimLinks.createdAt), asc(claimLinks.restsOnClaimId));
  }

  /**
   * What each of these opinion claims rests on, with the flag (two queries: the links with the
   * linked claims' quotes and ratings, then the scale's values; none when no id is given).
   */
  async restsOnOf(db: Executor, opinionClaimIds: readonly number[]): Promise<Map<number, RestsOnView>> {
    const views = new Map<number, RestsOnView>();
    if (opinionClaimIds.length === 0) return views;
    const { claimLinks, claims, ratings, secondRatings } = tablesOf(db);
    // A rating still hidden from its blind second rater (ADR 034) does not count here, for anyone, until both ratings are in.
    const shownRating = sql<string | null>`CASE WHEN ${secondRatings.required} AND ${secondRatings.completedAt} IS NULL THEN NULL ELSE ${claims.rating} END`;
    const rows = await db
      .select({ opinionClaimId: claimLinks.opinionClaimId, claimId: claims.id, quote: claims.quote, rating: shownRating })
      .from(claimLinks)
      .innerJoin(claims, eq(claims.id, claimLinks.restsOnClaimId))
      .leftJoin(secondRatings, eq(secondRatings.claimId, claims.id))
      .where(inArray(claimLinks.opinionClaimId, [...opinionClaimIds]))
      .orderBy(asc(claimLinks.createdAt), asc(claimLinks.restsOnClaimId));
    const scale = rows.length > 0 ? await db.select({ key: ratings.key, value: ratings.value }).from(ratings) : [];
    for (const id of opinionClaimIds) views.set(id, { claims: [], restsOnFalse: false });
    for (const { opinionClaimId, ...claim } of rows) views.get(opinionClaimId)!.claims.push(claim);
    for (const view of views.values()) view.restsOnFalse = restsOnFalse(view.claims.map((claim) => claim.rating), scale);
    return views;
  }
}
