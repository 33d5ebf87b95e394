import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { tablesOf } from '@sanad/db/backend';
import type { comments } from '@sanad/db/schema/index';
import type { Executor, Tx } from '@sanad/db/transaction';
import type { UserRef } from '@sanad/shared/schemas/user';

/** A comment row as stored. */
export type CommentRow = typeof comments.$inferSelect;
/** A comment with its author. */
export interface CommentView {
  row: CommentRow;
  author: UserRef;
}

/** What a viewer reads of a claim's discussion: the comments shown, and how many are held back. */
export interface CommentThread {
  comments: CommentView[];
  hidden: number;
}

/** The only code that reads and writes `comments`. */
export class CommentsRepository {
  constructor(private readonly db: Db) {}

  /** A claim's comments with their authors, oldest first. */
  async listForClaim(claimId: number): Promise<CommentView[]> {
    const { comments, users } = tablesOf(this.db);
    const rows = await this.db
      .select({ row: comments, name: users.name, role: users.role })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(eq(comments.claimId, claimId))
      .orderBy(asc(comments.id));
    return rows.map(({ row, name, role }) => ({ row, author: { id: row.authorId, name, role: role } }));
  }

  /** One comment with its author. */
  async findById(id: number): Promise<CommentView | undefined> {
    const { comments, users } = tablesOf(this.db);
    const [found] = await this.db
      .select({ row: comments, name: users.name, role: users.role })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(eq(comments.id, id))
      .limit(1);
    return found ? { row: found.row, author: { id: found.row.authorId, name: found.name, role: found.role } } : undefined;
  }

  /** Reads a comment inside a transaction. */
  async get(tx: Executor, id: number): Promise<CommentRow | undefined> {
    const { comments } = tablesOf(this.db);
    const [row] = await tx.select().from(comments).where(eq(comments.id, id)).limit(1);
    return row;
  }

  /** Stores a comment. */
  async insert(tx: Tx, values: typeof comments.$inferInsert): Promise<CommentRow> {
    const { comments } = tablesOf(this.db);
    const [row] = await tx.insert(comments).values(values).returning();
    return row!;
  }

  /** Edits or resolves a comment and bumps its version. */
  async update(tx: Tx, id: number, values: Partial<Pick<CommentRow, 'body' | 'resolved'>> & { updatedAt: string }): Promise<CommentRow> {
    const { comments } = tablesOf(this.db);
    const [row] = await tx
      .update(comments)
      .set({ ...values, version: sql`${comments.version} + 1` })
      .where(eq(comments.id, id))
      .returning();
    return row!;
  }
}
