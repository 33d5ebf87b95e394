import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { forUpdate, tablesOf } from '@sanad/db/backend';
import type { users } from '@sanad/db/schema/index';
import type { Executor, Tx } from '@sanad/db/transaction';

/** A user row as stored (with the password hash, which never leaves the server). */
export type UserRow = typeof users.$inferSelect;

/** The only code that reads and writes `users`. */
export class UsersRepository {
  constructor(private readonly db: Db) {}

  /** Every user, by name. */
  async list(): Promise<UserRow[]> {
    const { users } = tablesOf(this.db);
    return this.db.select().from(users).orderBy(asc(users.name), asc(users.id));
  }

  /** One user by id. */
  async findById(id: number): Promise<UserRow | undefined> {
    const { users } = tablesOf(this.db);
    const [row] = await this.db.select().from(users).where(eq(users.id, id)).limit(1);
    return row;
  }

  /** One user by (lower-case) email. */
  async findByEmail(email: string): Promise<UserRow | undefined> {
    const { users } = tablesOf(this.db);
    const [row] = await this.db.select().from(users).where(eq(users.email, email)).limit(1);
    return row;
  }

  /** Users by id, for showing names beside work. */
  async findMany(ids: number[]): Promise<UserRow[]> {
    const { users } = tablesOf(this.db);
    if (ids.length === 0) return [];
    return this.db.select().from(users).where(inArray(users.id, [...new Set(ids)]));
  }

  /** Reads a user inside a transaction. */
  async get(tx: Executor, id: number): Promise<UserRow | undefined> {
    const { users } = tablesOf(this.db);
    const [row] = await tx.select().from(users).where(eq(users.id, id)).limit(1);
    return row;
  }

  /**
   * Reads a user a write is about to change, locking the row on PostgreSQL so two writes based
   * on the same version cannot both pass the version check (ADR 021).
   */
  async getForWrite(tx: Executor, id: number): Promise<UserRow | undefined> {
    const { users } = tablesOf(this.db);
    const [row] = await forUpdate(tx, tx.select().from(users).where(eq(users.id, id)).limit(1));
    return row;
  }

  /** Reads a user by email inside a transaction. */
  async getByEmail(tx: Executor, email: string): Promise<UserRow | undefined> {
    const { users } = tablesOf(this.db);
    const [row] = await tx.select().from(users).where(eq(users.email, email)).limit(1);
    return row;
  }

  /** Stores a new user. */
  async insert(tx: Tx, values: typeof users.$inferInsert): Promise<UserRow> {
    const { users } = tablesOf(this.db);
    const [row] = await tx.insert(users).values(values).returning();
    return row!;
  }

  /** Changes a user and bumps the version. */
  async update(tx: Tx, id: number, values: Partial<Pick<UserRow, 'name' | 'role' | 'active' | 'passwordHash' | 'language'>> & { updatedAt: string }): Promise<UserRow> {
    const { users } = tablesOf(this.db);
    const [row] = await tx
      .update(users)
      .set({ ...values, version: sql`${users.version} + 1` })
      .where(eq(users.id, id))
      .returning();
    return row!;
  }

  /** Ends every session of a user (deactivation, password change). */
  async endSessions(tx: Tx, userId: number): Promise<void> {
    const { sessions } = tablesOf(this.db);
    await tx.delete(sessions).where(eq(sessions.userId, userId));
  }
}
