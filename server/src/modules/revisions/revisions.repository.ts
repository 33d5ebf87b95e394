import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { articleRevisions } from '@sanad/db/schema/index';
import type { Executor } from '@sanad/db/transaction';

/** A revision row as stored. */
export type RevisionRow = typeof articleRevisions.$inferSelect;

/** The only code that reads and writes `article_revisions`. */
export class RevisionsRepository {
  constructor(private readonly db: Db) {}

  /** Stores a revision of an article's text. */
  insert(tx: Executor, values: typeof articleRevisions.$inferInsert): void {
    tx.insert(articleRevisions).values(values).run();
  }

  /** An article's revisions without their text, newest first. */
  async list(articleId: number): Promise<(Omit<RevisionRow, 'text'> & { length: number })[]> {
    return this.db
      .select({
        id: articleRevisions.id,
        articleId: articleRevisions.articleId,
        number: articleRevisions.number,
        reanchorCounts: articleRevisions.reanchorCounts,
        createdAt: articleRevisions.createdAt,
        length: sql<number>`length(${articleRevisions.text})`,
      })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, articleId))
      .orderBy(desc(articleRevisions.number));
  }

  /** One revision with its text. */
  async find(articleId: number, number: number): Promise<RevisionRow | undefined> {
    const [row] = await this.db
      .select()
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.number, number)))
      .limit(1);
    return row;
  }
}
