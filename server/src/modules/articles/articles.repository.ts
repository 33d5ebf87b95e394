import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { dialectOf, tablesOf } from '@sanad/db/backend';
import type { articles } from '@sanad/db/schema/index';
import type { UserRef } from '@sanad/shared/schemas/user';
import type { Executor, Tx } from '@sanad/db/transaction';

/** An article row as stored. */
export type ArticleRow = typeof articles.$inferSelect;
/** Columns needed to insert an article. */
export type NewArticleRow = typeof articles.$inferInsert;
/** An article row without its text, with claim counts. */
/** An article with the reviewers assigned to it. */
export interface ArticleView {
  row: ArticleRow;
  assignees: UserRef[];
}

export interface ArticleListRow extends Omit<ArticleRow, 'text'> {
  assignees: UserRef[];
  length: number;
  needsReanchoring: number;
  claimCount: number;
  ratingCounts: Map<string, number>;
}

/** The only code that reads and writes the `articles` table. */
export class ArticlesRepository {
  // Prepared once: every claim write checks the article's assignees (claim ownership).
  private readonly assigneeIdsOf;

  /**
   * SQLite: a statement prepared on the handle runs on its one connection, so
   * inside the caller's transaction. PostgreSQL: it would run on another pooled
   * connection, outside it, so reads and writes inside a transaction go through `tx`.
   */
  private readonly preparedRunsInTx: boolean;

  constructor(private readonly db: Db) {
    this.preparedRunsInTx = dialectOf(db) === 'sqlite';
    const { articleAssignees } = tablesOf(db);
    // Unnamed prepare(): used only on SQLite (see preparedRunsInTx).
    this.assigneeIdsOf = db.select({ id: articleAssignees.userId }).from(articleAssignees).where(eq(articleAssignees.articleId, sql.placeholder('articleId'))).prepare();
  }

  /** Every article, newest first, with its claim count and claims per rating (computed in SQL). */
  async list(): Promise<ArticleListRow[]> {
    const { articles, claims, secondRatings, verdicts } = tablesOf(this.db);
    const rows = await this.db
      .select({
        id: articles.id,
        title: articles.title,
        language: articles.language,
        direction: articles.direction,
        createdAt: articles.createdAt,
        updatedAt: articles.updatedAt,
        version: articles.version,
        revision: articles.revision,
        author: articles.author,
        outlet: articles.outlet,
        publishedOn: articles.publishedOn,
        url: articles.url,
        doubleRating: articles.doubleRating,
        length: sql<number>`length(${articles.text})`,
        // Written out in full: drizzle renders columns unqualified inside a select, which a subquery would misread.
        // count(*) is a bigint (a string) on PostgreSQL: cast to integer on both.
        needsReanchoring: sql<number>`cast((SELECT count(*) FROM "claims" AS c WHERE c."article_id" = "articles"."id" AND c."anchor_status" IN ('modified', 'fuzzy', 'orphaned')) as integer)`,
      })
      .from(articles)
      .orderBy(desc(articles.createdAt), desc(articles.id));
    // A rating still hidden from its second rater (ADR 034) counts as unrated here, for everyone.
    const shownRating = sql<string>`CASE WHEN ${secondRatings.required} AND ${secondRatings.completedAt} IS NULL THEN 'unrated' ELSE coalesce(${verdicts.rating}, 'unrated') END`;
    const counts = await this.db
      .select({
        articleId: claims.articleId,
        rating: shownRating,
        count: sql<number>`cast(count(*) as integer)`,
      })
      .from(claims)
      .leftJoin(verdicts, eq(verdicts.claimId, claims.id))
      .leftJoin(secondRatings, eq(secondRatings.claimId, claims.id))
      .groupBy(claims.articleId, shownRating)
      .orderBy(asc(claims.articleId));
    const assignees = await this.assigneesOf(rows.map((row) => row.id));
    const byArticle = new Map<number, Map<string, number>>();
    for (const row of counts) {
      const map = byArticle.get(row.articleId) ?? new Map<string, number>();
      map.set(row.rating, row.count);
      byArticle.set(row.articleId, map);
    }
    return rows.map((row) => {
      const ratingCounts = byArticle.get(row.id) ?? new Map<string, number>();
      let claimCount = 0;
      for (const value of ratingCounts.values()) claimCount += value;
      return { ...row, claimCount, ratingCounts, assignees: assignees.get(row.id) ?? [] };
    });
  }

  /** One article, or undefined. */
  async findById(id: number): Promise<ArticleRow | undefined> {
    const { articles } = tablesOf(this.db);
    const [row] = await this.db.select().from(articles).where(eq(articles.id, id)).limit(1);
    return row;
  }

  /** Reads an article inside a transaction. */
  async get(tx: Executor, id: number): Promise<ArticleRow | undefined> {
    const { articles } = tablesOf(this.db);
    const [row] = await tx.select().from(articles).where(eq(articles.id, id)).limit(1);
    return row;
  }

  /** Inserts an article and returns the stored row. */
  async insert(tx: Tx, values: NewArticleRow): Promise<ArticleRow> {
    const { articles } = tablesOf(this.db);
    const [row] = await tx.insert(articles).values(values).returning();
    return row!;
  }

  /** Changes an article's title, language or metadata; returns the new row, or undefined when it does not exist. */
  async update(
    tx: Tx,
    id: number,
    values: Partial<Pick<ArticleRow, 'title' | 'language' | 'direction' | 'author' | 'outlet' | 'publishedOn' | 'url' | 'doubleRating'>> & { updatedAt: string },
  ): Promise<ArticleRow | undefined> {
    const { articles } = tablesOf(this.db);
    const [row] = await tx
      .update(articles)
      .set({ ...values, version: sql`${articles.version} + 1` })
      .where(eq(articles.id, id))
      .returning();
    return row;
  }

  /** Stores a new text as the given revision and bumps the version. */
  async replaceText(tx: Tx, id: number, values: { text: string; revision: number; updatedAt: string }): Promise<ArticleRow> {
    const { articles } = tablesOf(this.db);
    const [row] = await tx
      .update(articles)
      .set({ ...values, version: sql`${articles.version} + 1` })
      .where(eq(articles.id, id))
      .returning();
    return row!;
  }

  /** The reviewers assigned to each article (by article id). */
  /** An article row with its assigned reviewers, as every article answer shows it. */
  async viewOf(row: ArticleRow): Promise<ArticleView> {
    const assignees = await this.assigneesOf([row.id]);
    return { row, assignees: assignees.get(row.id) ?? [] };
  }

  async assigneesOf(articleIds: number[]): Promise<Map<number, UserRef[]>> {
    const { articleAssignees, users } = tablesOf(this.db);
    const result = new Map<number, UserRef[]>();
    if (articleIds.length === 0) return result;
    const rows = await this.db
      .select({ articleId: articleAssignees.articleId, id: users.id, name: users.name, role: users.role })
      .from(articleAssignees)
      .innerJoin(users, eq(users.id, articleAssignees.userId))
      .where(inArray(articleAssignees.articleId, articleIds))
      .orderBy(asc(users.name));
    for (const row of rows) {
      const list = result.get(row.articleId) ?? [];
      list.push({ id: row.id, name: row.name, role: row.role });
      result.set(row.articleId, list);
    }
    return result;
  }

  /** The ids of an article's assignees inside a transaction. */
  async assigneeIds(tx: Executor, articleId: number): Promise<number[]> {
    if (!this.preparedRunsInTx) {
      const { articleAssignees } = tablesOf(tx);
      const rows = await tx.select({ id: articleAssignees.userId }).from(articleAssignees).where(eq(articleAssignees.articleId, articleId));
      return rows.map((row) => row.id);
    }
    const rows = await this.assigneeIdsOf.execute({ articleId });
    return rows.map((row) => row.id);
  }

  /** Replaces an article's assignees and bumps its version. */
  async setAssignees(tx: Tx, articleId: number, userIds: number[], at: string): Promise<ArticleRow> {
    const { articleAssignees, articles } = tablesOf(this.db);
    await tx.delete(articleAssignees).where(eq(articleAssignees.articleId, articleId));
    const unique = [...new Set(userIds)];
    if (unique.length > 0) await tx.insert(articleAssignees).values(unique.map((userId) => ({ articleId, userId, assignedAt: at })));
    const [row] = await tx
      .update(articles)
      .set({ updatedAt: at, version: sql`${articles.version} + 1` })
      .where(eq(articles.id, articleId))
      .returning();
    return row!;
  }

  /** Deletes an article; its claims, verdicts and source links go with it (ON DELETE CASCADE). */
  async delete(tx: Tx, id: number): Promise<boolean> {
    const { articles } = tablesOf(this.db);
    const deleted = await tx.delete(articles).where(eq(articles.id, id)).returning({ id: articles.id });
    return deleted.length > 0;
  }
}
