import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { tablesOf } from '@sanad/db/backend';
import type { articleRevisions } from '@sanad/db/schema/index';
import type { Role } from '@sanad/shared/permissions';
import type { UserRef } from '@sanad/shared/schemas/user';
import type { Tx } from '@sanad/db/transaction';

/** A revision row as stored. */
export type RevisionRow = typeof articleRevisions.$inferSelect;
/** A revision row with the person who saved it. */
export type RevisionWithAuthor = RevisionRow & { author: UserRef | null };
/** A revision without its text, with its length and author. */
export type RevisionSummaryRow = Omit<RevisionRow, 'text'> & { length: number; author: UserRef | null };

/** The only code that reads and writes `article_revisions`. */
export class RevisionsRepository {
  constructor(private readonly db: Db) {}

  /** Stores a revision of an article's text. */
  async insert(tx: Tx, values: typeof articleRevisions.$inferInsert): Promise<void> {
    const { articleRevisions } = tablesOf(this.db);
    await tx.insert(articleRevisions).values(values);
  }

  /** An article's revisions without their text, newest first. */
  async list(articleId: number): Promise<RevisionSummaryRow[]> {
    const { articleRevisions, users } = tablesOf(this.db);
    const rows = await this.db
      .select({
        id: articleRevisions.id,
        articleId: articleRevisions.articleId,
        number: articleRevisions.number,
        reanchorCounts: articleRevisions.reanchorCounts,
        createdBy: articleRevisions.createdBy,
        createdAt: articleRevisions.createdAt,
        length: sql<number>`length(${articleRevisions.text})`,
        authorName: users.name,
        authorRole: users.role,
      })
      .from(articleRevisions)
      .leftJoin(users, eq(users.id, articleRevisions.createdBy))
      .where(eq(articleRevisions.articleId, articleId))
      .orderBy(desc(articleRevisions.number));
    return rows.map(({ authorName, authorRole, ...row }) => ({ ...row, author: author(row.createdBy, authorName, authorRole) }));
  }

  /** One revision with its text. */
  async find(articleId: number, number: number): Promise<RevisionWithAuthor | undefined> {
    const { articleRevisions, users } = tablesOf(this.db);
    const [row] = await this.db
      .select({ revision: articleRevisions, authorName: users.name, authorRole: users.role })
      .from(articleRevisions)
      .leftJoin(users, eq(users.id, articleRevisions.createdBy))
      .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.number, number)))
      .limit(1);
    return row ? { ...row.revision, author: author(row.revision.createdBy, row.authorName, row.authorRole) } : undefined;
  }
}

function author(id: number | null, name: string | null, role: string | null): UserRef | null {
  return id !== null && name !== null ? { id, name, role: (role ?? 'reviewer') as Role } : null;
}
