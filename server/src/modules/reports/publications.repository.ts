import { aliasedTable, and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { dialectOf, tablesOf } from '@sanad/db/backend';
import type { corrections, publications } from '@sanad/db/schema/index';
import type { Executor, Tx } from '@sanad/db/transaction';
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


function ref(id: number | null, name: string | null, role: string | null): UserRef | null {
  return id === null || name === null || role === null ? null : { id, name, role: role as UserRef['role'] };
}

/** The only code that reads and writes `publications` and `corrections`. */
export class PublicationsRepository {
  constructor(private readonly db: Db) {}

  /** The latest publication of an article, with its snapshot, or undefined. */
  async latest(articleId: number): Promise<PublicationRow | undefined> {
    const { publications } = tablesOf(this.db);
    const [row] = await this.db.select().from(publications).where(eq(publications.articleId, articleId)).orderBy(desc(publications.number)).limit(1);
    return row;
  }

  /** An article's publications, newest first, with claim and correction counts (computed in SQL). */
  async list(articleId: number): Promise<PublicationSummaryRow[]> {
    const { publications, users } = tablesOf(this.db);
    const rows = await this.db
      .select({
        id: publications.id,
        articleId: publications.articleId,
        number: publications.number,
        publishedAt: publications.publishedAt,
        byId: users.id,
        byName: users.name,
        byRole: users.role,
        // The report is JSON text on both backends; each has its own JSON array length function.
        claims:
          dialectOf(this.db) === 'postgres'
            ? sql<number>`jsonb_array_length((${publications.report})::jsonb -> 'claims')`
            : sql<number>`json_array_length(${publications.report}, '$.claims')`,
        // count(*) is a bigint (a string) on PostgreSQL: cast to integer on both.
        corrections: sql<number>`cast((SELECT count(*) FROM "corrections" AS c WHERE c."publication_id" = "publications"."id") as integer)`,
      })
      .from(publications)
      .leftJoin(users, eq(users.id, publications.publishedBy))
      .where(eq(publications.articleId, articleId))
      .orderBy(desc(publications.number));
    return rows.map(({ byId, byName, byRole, ...row }) => ({ ...row, publishedBy: ref(byId, byName, byRole) }));
  }

  /** Every correction of an article: pending ones first, then newest first. */
  async corrections(articleId: number): Promise<CorrectionView[]> {
    const { corrections } = tablesOf(this.db);
    return this.correctionsWhere(this.db, eq(corrections.articleId, articleId));
  }

  /** Corrections of an article inside a transaction (oldest first). */
  async correctionsIn(tx: Executor, articleId: number): Promise<CorrectionView[]> {
    const { corrections } = tablesOf(this.db);
    return (await this.correctionsWhere(tx, eq(corrections.articleId, articleId))).sort((a, b) => a.row.id - b.row.id);
  }

  private async correctionsWhere(executor: Executor, where: ReturnType<typeof eq>): Promise<CorrectionView[]> {
    const { corrections, publications, users } = tablesOf(this.db);
    const reopener = aliasedTable(users, 'reopener');
    const rows = await executor
      .select({ row: corrections, byId: reopener.id, byName: reopener.name, byRole: reopener.role, publishedAt: publications.publishedAt })
      .from(corrections)
      .leftJoin(reopener, eq(reopener.id, corrections.reopenedBy))
      .leftJoin(publications, eq(publications.id, corrections.publicationId))
      .where(where)
      .orderBy(sql`${corrections.publicationId} IS NOT NULL`, desc(corrections.id));
    return rows.map(({ row, byId, byName, byRole, publishedAt }) => ({ row, reopenedBy: ref(byId, byName, byRole), publishedAt }));
  }

  /** Records a correction when a published claim is reopened. */
  async insertCorrection(tx: Tx, values: typeof corrections.$inferInsert): Promise<CorrectionRow> {
    const { corrections } = tablesOf(this.db);
    const [row] = await tx.insert(corrections).values(values).returning();
    return row!;
  }

  /** The number the next publication of the article takes. */
  async nextNumber(tx: Executor, articleId: number): Promise<number> {
    const { publications } = tablesOf(this.db);
    const [row] = await tx
      .select({ last: sql<number | null>`max(${publications.number})` })
      .from(publications)
      .where(eq(publications.articleId, articleId));
    return (row?.last ?? 0) + 1;
  }

  /** When the article was first published, if it was. */
  async firstPublishedAt(tx: Executor, articleId: number): Promise<string | null> {
    const { publications } = tablesOf(this.db);
    const [row] = await tx.select({ at: publications.publishedAt }).from(publications).where(eq(publications.articleId, articleId)).orderBy(asc(publications.number)).limit(1);
    return row?.at ?? null;
  }

  /** Stores a publication with its snapshot. */
  async insert(tx: Tx, values: typeof publications.$inferInsert): Promise<PublicationRow> {
    const { publications } = tablesOf(this.db);
    const [row] = await tx.insert(publications).values(values).returning();
    return row!;
  }

  /** Attaches a pending correction to the publication that carries it, with the rating it now publishes. */
  async publishCorrection(tx: Tx, id: number, publicationId: number, ratingAfter: string | null): Promise<void> {
    const { corrections } = tablesOf(this.db);
    await tx
      .update(corrections)
      .set({ publicationId, ratingAfter })
      .where(and(eq(corrections.id, id), isNull(corrections.publicationId)));
  }

  /** Marks claims as published (first publication only: the date never moves). */
  async markClaimsPublished(tx: Tx, claimIds: number[], at: string): Promise<void> {
    const { claims } = tablesOf(this.db);
    if (claimIds.length === 0) return;
    await tx
      .update(claims)
      .set({ publishedAt: at })
      .where(and(inArray(claims.id, claimIds), isNull(claims.publishedAt)));
  }
}
