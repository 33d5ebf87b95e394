import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { sessions, users } from '@sanad/db/schema/index';
import type { Executor } from '@sanad/db/transaction';

/** A user row as stored (with the password hash, which never leaves the server). */
export type UserRow = typeof users.$inferSelect;

/** The only code that reads and writes `users`. */
export class UsersRepository {
  constructor(private readonly db: Db) {}

  /** Every user, by name. */
  async list(): Promise<UserRow[]> {
    return this.db.select().from(users).orderBy(asc(users.name), asc(users.id));
  }

  /** One user by id. */
  async findById(id: number): Promise<UserRow | undefined> {
    const [row] = await this.db.select().from(users).where(eq(users.id, id)).limit(1);
    return row;
  }

  /** One user by (lower-case) email. */
  async findByEmail(email: string): Promise<UserRow | undefined> {
    const [row] = await this.db.select().from(users).where(eq(users.email, email)).limit(1);
    return row;
  }

  /** Users by id, for showing names beside work. */
  async findMany(ids: number[]): Promise<UserRow[]> {
    if (ids.length === 0) return [];
    return this.db.select().from(users).where(inArray(users.id, [...new Set(ids)]));
  }

  /** Reads a user inside a transaction. */
  get(tx: Executor, id: number): UserRow | undefined {
    return tx.select().from(users).where(eq(users.id, id)).get();
  }

  /** Reads a user by email inside a transaction. */
  getByEmail(tx: Executor, email: string): UserRow | undefined {
    return tx.select().from(users).where(eq(users.email, email)).get();
  }

  /** Stores a new user. */
  insert(tx: Executor, values: typeof users.$inferInsert): UserRow {
    return tx.insert(users).values(values).returning().get();
  }

  /** Changes a user and bumps the version. */
  update(tx: Executor, id: number, values: Partial<Pick<UserRow, 'name' | 'role' | 'active' | 'passwordHash'>> & { updatedAt: string }): UserRow {
    return tx
      .update(users)
      .set({ ...values, version: sql`${users.version} + 1` })
      .where(eq(users.id, id))
      .returning()
      .get();
  }

  /** Ends every session of a user (deactivation, password change). */
  endSessions(tx: Executor, userId: number): void {
    tx.delete(sessions).where(eq(sessions.userId, userId)).run();
  }
}
