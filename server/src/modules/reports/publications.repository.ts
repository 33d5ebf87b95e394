import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '@sanad/db/client';
import { claims, corrections, publications, users } from '@sanad/db/schema/index';
import type { Executor } from '@sanad/db/transaction';
import type { UserRef } from '@sanad/shared/schemas/user';

/** A publication as stored (with its report snapshot). */
export type PublicationRow = typeof publications.$inferSelect;
/** A correction as stored. */
export type CorrectionRow = typeof corrections.$inferSelect;
/** A correction with who reopened the claim and when the correction was published. */
export interface CorrectionView {
  row: CorrectionRow;
  reopenedBy: UserRef | null;
  publishedAt: string | null;
}
/** A publication without its snapshot, with counts. */
export interface PublicationSummaryRow {
  id: number;
  articleId: number;
  number: number;
  publishedAt: string;
  publishedBy: UserRef | null;
  claims: number;
  corrections: number;
}

const reopener = alias(users, 'reopener');

function ref(id: number | null, name: string | null, role: string | null): UserRef | null {
  return id === null || name === null || role === null ? null : { id, name, role: role as UserRef['role'] };
}

/** The only code that reads and writes `publications` and `corrections`. */
export class PublicationsRepository {
  constructor(private readonly db: Db) {}

  /** The latest publication of an article, with its snapshot, or undefined. */
  async latest(articleId: number): Promise<PublicationRow | undefined> {
    const [row] = await this.db.select().from(publications).where(eq(publications.articleId, articleId)).orderBy(desc(publications.number)).limit(1);
    return row;
  }

  /** An article's publications, newest first, with claim and correction counts (computed in SQL). */
  async list(articleId: number): Promise<PublicationSummaryRow[]> {
    const rows = await this.db
      .select({
        id: publications.id,
        articleId: publications.articleId,
        number: publications.number,
        publishedAt: publications.publishedAt,
        byId: users.id,
        byName: users.name,
        byRole: users.role,
        claims: sql<number>`json_array_length(${publications.report}, '$.claims')`,
        corrections: sql<number>`(SELECT count(*) FROM "corrections" AS c WHERE c."publication_id" = "publications"."id")`,
      })
      .from(publications)
      .leftJoin(users, eq(users.id, publications.publishedBy))
      .where(eq(publications.articleId, articleId))
      .orderBy(desc(publications.number));
    return rows.map(({ byId, byName, byRole, ...row }) => ({ ...row, publishedBy: ref(byId, byName, byRole) }));
  }

  /** Every correction of an article: pending ones first, then newest first. */
  async corrections(articleId: number): Promise<CorrectionView[]> {
    return this.correctionsWhere(this.db, eq(corrections.articleId, articleId));
  }

  /** Corrections of an article inside a transaction (oldest first). */
  correctionsIn(tx: Executor, articleId: number): CorrectionView[] {
    return this.correctionsWhere(tx, eq(corrections.articleId, articleId)).sort((a, b) => a.row.id - b.row.id);
  }

  private correctionsWhere(executor: Executor, where: ReturnType<typeof eq>): CorrectionView[] {
    const rows = executor
      .select({ row: corrections, byId: reopener.id, byName: reopener.name, byRole: reopener.role, publishedAt: publications.publishedAt })
      .from(corrections)
      .leftJoin(reopener, eq(reopener.id, corrections.reopenedBy))
      .leftJoin(publications, eq(publications.id, corrections.publicationId))
      .where(where)
      .orderBy(sql`${corrections.publicationId} IS NOT NULL`, desc(corrections.id))
      .all();
    return rows.map(({ row, byId, byName, byRole, publishedAt }) => ({ row, reopenedBy: ref(byId, byName, byRole), publishedAt }));
  }

  /** Records a correction when a published claim is reopened. */
  insertCorrection(tx: Executor, values: typeof corrections.$inferInsert): CorrectionRow {
    return tx.insert(corrections).values(values).returning().get();
  }

  /** The number the next publication of the article takes. */
  nextNumber(tx: Executor, articleId: number): number {
    const row = tx
      .select({ last: sql<number | null>`max(${publications.number})` })
      .from(publications)
      .where(eq(publications.articleId, articleId))
      .get();
    return (row?.last ?? 0) + 1;
  }

  /** When the article was first published, if it was. */
  firstPublishedAt(tx: Executor, articleId: number): string | null {
    return (
      tx.select({ at: publications.publishedAt }).from(publications).where(eq(publications.articleId, articleId)).orderBy(asc(publications.number)).limit(1).get()?.at ??
      null
    );
  }

  /** Stores a publication with its snapshot. */
  insert(tx: Executor, values: typeof publications.$inferInsert): PublicationRow {
    return tx.insert(publications).values(values).returning().get();
  }

  /** Attaches a pending correction to the publication that carries it, with the rating it now publishes. */
  publishCorrection(tx: Executor, id: number, publicationId: number, ratingAfter: string | null): void {
    tx.update(corrections)
      .set({ publicationId, ratingAfter })
      .where(and(eq(corrections.id, id), isNull(corrections.publicationId)))
      .run();
  }

  /** Marks claims as published (first publication only: the date never moves). */
  markClaimsPublished(tx: Executor, claimIds: number[], at: string): void {
    if (claimIds.length === 0) return;
    tx.update(claims)
      .set({ publishedAt: at })
      .where(and(inArray(claims.id, claimIds), isNull(claims.publishedAt)))
      .run();
  }
}
