import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { articleAssignees, articles, claims, users, verdicts } from '@sanad/db/schema/index';
import type { UserRef } from '@sanad/shared/schemas/user';
import type { Executor } from '@sanad/db/transaction';

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

  constructor(private readonly db: Db) {
    this.assigneeIdsOf = db.select({ id: articleAssignees.userId }).from(articleAssignees).where(eq(articleAssignees.articleId, sql.placeholder('articleId'))).prepare();
  }

  /** Every article, newest first, with its claim count and claims per rating (computed in SQL). */
  async list(): Promise<ArticleListRow[]> {
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
        length: sql<number>`length(${articles.text})`,
        // Written out in full: drizzle renders columns unqualified inside a select, which a subquery would misread.
        needsReanchoring: sql<number>`(SELECT count(*) FROM "claims" AS c WHERE c."article_id" = "articles"."id" AND c."anchor_status" IN ('modified', 'fuzzy', 'orphaned'))`,
      })
      .from(articles)
      .orderBy(desc(articles.createdAt), desc(articles.id));
    const counts = await this.db
      .select({
        articleId: claims.articleId,
        rating: sql<string>`coalesce(${verdicts.rating}, 'unrated')`,
        count: sql<number>`count(*)`,
      })
      .from(claims)
      .leftJoin(verdicts, eq(verdicts.claimId, claims.id))
      .groupBy(claims.articleId, sql`coalesce(${verdicts.rating}, 'unrated')`)
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
    const [row] = await this.db.select().from(articles).where(eq(articles.id, id)).limit(1);
    return row;
  }

  /** Reads an article inside a transaction. */
  get(tx: Executor, id: number): ArticleRow | undefined {
    return tx.select().from(articles).where(eq(articles.id, id)).get();
  }

  /** Inserts an article and returns the stored row. */
  insert(tx: Executor, values: NewArticleRow): ArticleRow {
    return tx.insert(articles).values(values).returning().get();
  }

  /** Changes an article's title, language or metadata; returns the new row, or undefined when it does not exist. */
  update(
    tx: Executor,
    id: number,
    values: Partial<Pick<ArticleRow, 'title' | 'language' | 'direction' | 'author' | 'outlet' | 'publishedOn' | 'url'>> & { updatedAt: string },
  ): ArticleRow | undefined {
    return tx
      .update(articles)
      .set({ ...values, version: sql`${articles.version} + 1` })
      .where(eq(articles.id, id))
      .returning()
      .get();
  }

  /** Stores a new text as the given revision and bumps the version. */
  replaceText(tx: Executor, id: number, values: { text: string; revision: number; updatedAt: string }): ArticleRow {
    return tx
      .update(articles)
      .set({ ...values, version: sql`${articles.version} + 1` })
      .where(eq(articles.id, id))
      .returning()
      .get();
  }

  /** The reviewers assigned to each article (by article id). */
  /** An article row with its assigned reviewers, as every article answer shows it. */
  async viewOf(row: ArticleRow): Promise<ArticleView> {
    const assignees = await this.assigneesOf([row.id]);
    return { row, assignees: assignees.get(row.id) ?? [] };
  }

  async assigneesOf(articleIds: number[]): Promise<Map<number, UserRef[]>> {
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
  assigneeIds(_tx: Executor, articleId: number): number[] {
    // Prepared on the one connection, so it reads inside the caller's transaction.
    return this.assigneeIdsOf.all({ articleId }).map((row) => row.id);
  }

  /** Replaces an article's assignees and bumps its version. */
  setAssignees(tx: Executor, articleId: number, userIds: number[], at: string): ArticleRow {
    tx.delete(articleAssignees).where(eq(articleAssignees.articleId, articleId)).run();
    for (const userId of new Set(userIds)) tx.insert(articleAssignees).values({ articleId, userId, assignedAt: at }).run();
    return tx
      .update(articles)
      .set({ updatedAt: at, version: sql`${articles.version} + 1` })
      .where(eq(articles.id, articleId))
      .returning()
      .get();
  }

  /** Deletes an article; its claims, verdicts and source links go with it (ON DELETE CASCADE). */
  delete(tx: Executor, id: number): boolean {
    return tx.delete(articles).where(eq(articles.id, id)).run().changes > 0;
  }
}
