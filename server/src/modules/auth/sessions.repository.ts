import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { tablesOf } from '@sanad/db/backend';
import type { sessions } from '@sanad/db/schema/index';
import type { Tx } from '@sanad/db/transaction';
import type { UserRow } from '../users/users.repository.ts';

/** A session row as stored. */
export type SessionRow = typeof sessions.$inferSelect;

/** The only code that reads and writes `sessions`. */
export class SessionsRepository {
  // Prepared once: every authenticated request looks its session up.
  private readonly byId;

  constructor(db: Db) {
    const { sessions, users } = tablesOf(db);
    // Unnamed prepare(): read outside any transaction, so it may run on any connection (node-postgres runs it unnamed).
    this.byId = db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, sql.placeholder('id')))
      .prepare();
  }

  /** A session with its user, by the hash of its token. */
  async find(id: string): Promise<{ session: SessionRow; user: UserRow } | undefined> {
    const [row] = await this.byId.execute({ id });
    return row;
  }

  /** Stores a new session. */
  async insert(tx: Tx, values: SessionRow): Promise<void> {
    const { sessions } = tablesOf(tx);
    await tx.insert(sessions).values(values);
  }

  /** Records activity (for the idle timeout). */
  async touch(tx: Tx, id: string, at: string): Promise<void> {
    const { sessions } = tablesOf(tx);
    await tx.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
  }

  /** Ends one session. */
  async delete(tx: Tx, id: string): Promise<void> {
    const { sessions } = tablesOf(tx);
    await tx.delete(sessions).where(eq(sessions.id, id));
  }

  /** Removes sessions past their absolute lifetime. */
  async deleteExpired(tx: Tx, now: string): Promise<void> {
    const { sessions } = tablesOf(tx);
    await tx.delete(sessions).where(lt(sessions.expiresAt, now));
  }
}
