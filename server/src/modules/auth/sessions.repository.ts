import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { sessions, users } from '@sanad/db/schema/index';
import type { Executor } from '@sanad/db/transaction';
import type { UserRow } from '../users/users.repository.ts';

/** A session row as stored. */
export type SessionRow = typeof sessions.$inferSelect;

/** The only code that reads and writes `sessions`. */
export class SessionsRepository {
  // Prepared once: every authenticated request looks its session up.
  private readonly byId;

  constructor(db: Db) {
    this.byId = db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, sql.placeholder('id')))
      .prepare();
  }

  /** A session with its user, by the hash of its token. */
  async find(id: string): Promise<{ session: SessionRow; user: UserRow } | undefined> {
    return this.byId.get({ id });
  }

  /** Stores a new session. */
  insert(tx: Executor, values: SessionRow): void {
    tx.insert(sessions).values(values).run();
  }

  /** Records activity (for the idle timeout). */
  touch(tx: Executor, id: string, at: string): void {
    tx.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id)).run();
  }

  /** Ends one session. */
  delete(tx: Executor, id: string): void {
    tx.delete(sessions).where(eq(sessions.id, id)).run();
  }

  /** Removes sessions past their absolute lifetime. */
  deleteExpired(tx: Executor, now: string): void {
    tx.delete(sessions).where(lt(sessions.expiresAt, now)).run();
  }
}
