import { and, eq, gte, inArray, isNotNull, isNull, lte, ne, sql } from 'drizzle-orm';
import { tablesOf } from '@sanad/db/backend';
import type { Db } from '@sanad/db/client';
import type { Executor, Tx } from '@sanad/db/transaction';
import { type DoubleRatingFacts, seesFirstRating } from '@sanad/shared/double-rating';
import type { Role } from '@sanad/shared/permissions';
import { conflict } from '../../lib/app-error.ts';

import type { SecondRatingRow } from './claims.repository.ts';

/** A completed pair of ratings, for the agreement figures. */
export interface RatingPairRow {
  claimId: number;
  articleId: number;
  articleTitle: string;
  firstRaterId: number | null;
  firstRating: string;
  secondRaterId: number | null;
  secondRating: string;
  completedAt: string;
}

/** The only code that reads and writes `second_ratings` (blind double rating, ADR 034). */
export class SecondRatingsRepository {
  constructor(private readonly db: Db) {}

  /** A claim's row inside a transaction. */
  async get(tx: Executor, claimId: number): Promise<SecondRatingRow | undefined> {
    const { secondRatings } = tablesOf(tx);
    const [row] = await tx.select().from(secondRatings).where(eq(secondRatings.claimId, claimId)).limit(1);
    return row;
  }

  /** The rows of some claims, by claim id (one query). */
  async byClaims(executor: Executor, claimIds: readonly number[]): Promise<Map<number, SecondRatingRow>> {
    if (claimIds.length === 0) return new Map();
    const { secondRatings } = tablesOf(executor);
    const rows = await executor.select().from(secondRatings).where(inArray(secondRatings.claimId, [...claimIds]));
    return new Map(rows.map((row) => [row.claimId, row]));
  }

  /**
   * The facts the visibility rule needs for some claims, or for every claim of
   * an article, that have a row (claims without one need no second rating:
   * every rating of them is visible).
   */
  async factsFor(claims: readonly number[] | { articleId: number }): Promise<Map<number, DoubleRatingFacts>> {
    const facts = new Map<number, DoubleRatingFacts>();
    if (Array.isArray(claims) && claims.length === 0) return facts;
    const { claims: claimsTable, secondRatings, verdicts } = tablesOf(this.db);
    const query = this.db
      .select({
        claimId: secondRatings.claimId,
        required: secondRatings.required,
        assignedTo: secondRatings.assignedTo,
        raterId: secondRatings.raterId,
        rating: secondRatings.rating,
        completedAt: secondRatings.completedAt,
        setBy: verdicts.setBy,
        hasVerdict: sql<number>`CASE WHEN ${verdicts.claimId} IS NULL THEN 0 ELSE 1 END`.mapWith(Number),
      })
      .from(secondRatings)
      .leftJoin(verdicts, eq(verdicts.claimId, secondRatings.claimId));
    const rows = Array.isArray(claims)
      ? await query.where(inArray(secondRatings.claimId, [...new Set(claims as readonly number[])]))
      : await query.innerJoin(claimsTable, eq(claimsTable.id, secondRatings.claimId)).where(eq(claimsTable.articleId, (claims as { articleId: number }).articleId));
    // A verdict whose setter's account is gone still counts as a first rating by someone (-1): nobody is that person.
    for (const row of rows) facts.set(row.claimId, factsOf(row, row.hasVerdict === 1 ? (row.setBy ?? -1) : null));
    return facts;
  }

  /**
   * Refuses (409 `blind_rating`) a change of a claim's verdict or sources by
   * someone from whom they are hidden while the claim waits for its second,
   * independent rating, and a verdict by the one who gave the second rating.
   */
  async assertNotBlind(tx: Executor, actor: { id: number; role: Role }, claimId: number, verdict: { setBy: number | null } | null): Promise<void> {
    const row = await this.get(tx, claimId);
    if (!row?.required || row.completedAt !== null) return;
    const facts = factsOf(row, verdict ? (verdict.setBy ?? -1) : null);
    if (facts.secondRaterId === actor.id) {
      throw conflict('second_rater_is_first', "You gave this claim's second, independent rating; its verdict and sources are someone else's to set.");
    }
    if (!seesFirstRating(actor, facts)) {
      throw conflict('blind_rating', 'This claim waits for an independent second rating: give yours with the second-rating form. Its verdict and sources stay hidden from you until both ratings are in.');
    }
  }

  /** Requires a second rating of a claim (again), asking `assignedTo` or anyone. */
  async require(tx: Tx, claimId: number, assignedTo: number | null, at: string): Promise<SecondRatingRow> {
    const { secondRatings } = tablesOf(tx);
    const [row] = await tx
      .insert(secondRatings)
      .values({ claimId, required: true, assignedTo, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({ target: secondRatings.claimId, set: { required: true, assignedTo, updatedAt: at, version: sql`${secondRatings.version} + 1` } })
      .returning();
    return row!;
  }

  /** Lifts the requirement: the row goes when no second rating was given, else it stays as a record. */
  async lift(tx: Tx, claimId: number, at: string): Promise<void> {
    const { secondRatings } = tablesOf(tx);
    await tx.delete(secondRatings).where(and(eq(secondRatings.claimId, claimId), isNull(secondRatings.raterId)));
    await tx
      .update(secondRatings)
      .set({ required: false, assignedTo: null, updatedAt: at, version: sql`${secondRatings.version} + 1` })
      .where(eq(secondRatings.claimId, claimId));
  }

  /** Requires a second rating of every claim of an article that is not approved; answers the claims newly required. */
  async requireForArticle(tx: Tx, articleId: number, at: string): Promise<number[]> {
    const { claims, secondRatings } = tablesOf(tx);
    const open = await tx
      .select({ id: claims.id })
      .from(claims)
      .leftJoin(secondRatings, eq(secondRatings.claimId, claims.id))
      .where(and(eq(claims.articleId, articleId), ne(claims.status, 'approved'), isNull(secondRatings.claimId)));
    if (open.length === 0) return [];
    await tx
      .insert(secondRatings)
      .values(open.map(({ id }) => ({ claimId: id, required: true, createdAt: at, updatedAt: at })))
      .onConflictDoNothing();
    return open.map(({ id }) => id);
  }

  /** Lifts the requirement from an article's claims that have no second rating yet; answers the claims it was lifted from. */
  async liftForArticle(tx: Tx, articleId: number): Promise<number[]> {
    const { claims, secondRatings } = tablesOf(tx);
    const ofArticle = tx.select({ id: claims.id }).from(claims).where(eq(claims.articleId, articleId));
    const lifted = await tx
      .delete(secondRatings)
      .where(and(inArray(secondRatings.claimId, ofArticle), isNull(secondRatings.raterId), isNull(secondRatings.completedAt)))
      .returning({ claimId: secondRatings.claimId });
    return lifted.map((row) => row.claimId);
  }

  /** Sets the second rating (given or changed before the pair is complete). */
  async setSecond(tx: Tx, claimId: number, raterId: number, fields: { rating: string; rationale: string; confidence: 'high' | 'medium' | 'low' | null }, at: string): Promise<SecondRatingRow> {
    const { secondRatings } = tablesOf(tx);
    const [row] = await tx
      .update(secondRatings)
      .set({ ...fields, raterId, ratedAt: at, updatedAt: at, version: sql`${secondRatings.version} + 1` })
      .where(eq(secondRatings.claimId, claimId))
      .returning();
    return row!;
  }

  /** Records the pair once both ratings are in. */
  async complete(tx: Tx, claimId: number, pair: { firstRaterId: number | null; firstRating: string; secondRaterId: number | null; agreed: boolean }, at: string): Promise<SecondRatingRow> {
    const { secondRatings } = tablesOf(tx);
    const [row] = await tx
      .update(secondRatings)
      .set({ ...pair, completedAt: at, updatedAt: at, version: sql`${secondRatings.version} + 1` })
      .where(eq(secondRatings.claimId, claimId))
      .returning();
    return row!;
  }

  /** Records an editor's resolution of a disagreement. */
  async resolve(tx: Tx, claimId: number, resolution: { resolution: 'first' | 'second' | 'other'; resolutionNote: string; resolvedBy: number }, at: string): Promise<SecondRatingRow> {
    const { secondRatings } = tablesOf(tx);
    const [row] = await tx
      .update(secondRatings)
      .set({ ...resolution, resolvedAt: at, updatedAt: at, version: sql`${secondRatings.version} + 1` })
      .where(eq(secondRatings.claimId, claimId))
      .returning();
    return row!;
  }

  /** Completed pairs, by the UTC day they were completed (inclusive bounds as YYYY-MM-DD). */
  async pairs(from: string | null, to: string | null): Promise<RatingPairRow[]> {
    const { articles, claims, secondRatings } = tablesOf(this.db);
    const rows = await this.db
      .select({
        claimId: secondRatings.claimId,
        articleId: claims.articleId,
        articleTitle: articles.title,
        firstRaterId: secondRatings.firstRaterId,
        firstRating: secondRatings.firstRating,
        secondRaterId: secondRatings.secondRaterId,
        secondRating: secondRatings.rating,
        completedAt: secondRatings.completedAt,
      })
      .from(secondRatings)
      .innerJoin(claims, eq(claims.id, secondRatings.claimId))
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(
        and(
          isNotNull(secondRatings.completedAt),
          from === null ? undefined : gte(secondRatings.completedAt, `${from}T00:00:00.000Z`),
          to === null ? undefined : lte(secondRatings.completedAt, `${to}T23:59:59.999Z`),
        ),
      )
      .orderBy(secondRatings.completedAt);
    return rows.flatMap((row) =>
      row.firstRating !== null && row.secondRating !== null && row.completedAt !== null
        ? [{ ...row, firstRating: row.firstRating, secondRating: row.secondRating, completedAt: row.completedAt }]
        : [],
    );
  }
}

/** The visibility facts of a row, given who set the claim's verdict (null when it has none). */
export function factsOf(row: Pick<SecondRatingRow, 'required' | 'assignedTo' | 'raterId' | 'rating' | 'completedAt'>, verdictSetBy: number | null): DoubleRatingFacts {
  return {
    required: row.required,
    firstRaterId: verdictSetBy,
    secondRaterId: row.rating === null ? null : row.raterId,
    assignedTo: row.assignedTo,
    complete: row.completedAt !== null,
  };
}
