import { and, asc, count, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { type Tables, tablesOf } from '@sanad/db/backend';
import type { ratings } from '@sanad/db/schema/index';
import type { Executor, Tx } from '@sanad/db/transaction';

/** A rating as stored. */
export type RatingRow = typeof ratings.$inferSelect;
/** A rating with the number of verdicts that use it. */
export type RatingWithUse = RatingRow & { inUse: number };

/** The columns of a rating with its use count, for `tables` of the database's dialect. */
const withUse = ({ ratings }: Tables) => ({
  key: ratings.key,
  position: ratings.position,
  labelEn: ratings.labelEn,
  labelAr: ratings.labelAr,
  definitionEn: ratings.definitionEn,
  definitionAr: ratings.definitionAr,
  value: ratings.value,
  color: ratings.color,
  tint: ratings.tint,
  retiredAt: ratings.retiredAt,
  createdAt: ratings.createdAt,
  updatedAt: ratings.updatedAt,
  version: ratings.version,
  // Written out in full: drizzle renders columns unqualified inside a select.
  // count(*) is a bigint (a string) on PostgreSQL: cast to integer on both.
  inUse: sql<number>`cast((SELECT count(*) FROM "verdicts" AS v WHERE v."rating" = "ratings"."key") as integer)`,
});

/** The only code that reads and writes the `ratings` table (the live rating scale). */
export class RatingScaleRepository {
  constructor(private readonly db: Db) {}

  /** Every rating in scale order, retired ones included, with how many verdicts use each. */
  async list(): Promise<RatingWithUse[]> {
    const { ratings } = tablesOf(this.db);
    return this.db.select(withUse(tablesOf(this.db))).from(ratings).orderBy(asc(ratings.position), asc(ratings.key));
  }

  /**
   * Keys of the active ratings and of the retired ones some verdict still
   * uses, in scale order: the keys a tally lists. Use is an EXISTS probe of
   * verdicts_rating_idx, never a count over every verdict.
   */
  async tallyKeys(): Promise<string[]> {
    const { ratings } = tablesOf(this.db);
    const rows = await this.db
      .select({ key: ratings.key })
      .from(ratings)
      .where(sql`${ratings.retiredAt} IS NULL OR EXISTS (SELECT 1 FROM "verdicts" AS v WHERE v."rating" = "ratings"."key")`)
      .orderBy(asc(ratings.position), asc(ratings.key));
    return rows.map((row) => row.key);
  }

  /** One rating with its use, or undefined. */
  async find(key: string): Promise<RatingWithUse | undefined> {
    const { ratings } = tablesOf(this.db);
    const [row] = await this.db.select(withUse(tablesOf(this.db))).from(ratings).where(eq(ratings.key, key)).limit(1);
    return row;
  }

  /** One rating inside a transaction, or undefined. */
  async get(tx: Executor, key: string): Promise<RatingRow | undefined> {
    const { ratings } = tablesOf(this.db);
    const [row] = await tx.select().from(ratings).where(eq(ratings.key, key)).limit(1);
    return row;
  }

  /** Every rating in scale order inside a transaction. */
  async all(tx: Executor): Promise<RatingRow[]> {
    const { ratings } = tablesOf(this.db);
    return tx.select().from(ratings).orderBy(asc(ratings.position), asc(ratings.key));
  }

  /** Ratings that new verdicts may use. */
  async countActive(tx: Executor): Promise<number> {
    const { ratings } = tablesOf(this.db);
    const [row] = await tx.select({ n: count() }).from(ratings).where(isNull(ratings.retiredAt));
    return row?.n ?? 0;
  }

  /** Verdicts that use this rating. */
  async countUse(tx: Executor, key: string): Promise<number> {
    const { verdicts } = tablesOf(this.db);
    const [row] = await tx.select({ n: count() }).from(verdicts).where(eq(verdicts.rating, key));
    return row?.n ?? 0;
  }

  /** Stores a new rating. */
  async insert(tx: Tx, values: typeof ratings.$inferInsert): Promise<RatingRow> {
    const { ratings } = tablesOf(this.db);
    const [row] = await tx.insert(ratings).values(values).returning();
    return row!;
  }

  /** Changes a rating and bumps its version. */
  async update(
    tx: Tx,
    key: string,
    values: Partial<Pick<RatingRow, 'labelEn' | 'labelAr' | 'definitionEn' | 'definitionAr' | 'value' | 'color' | 'tint' | 'retiredAt'>> & { updatedAt: string },
  ): Promise<RatingRow> {
    const { ratings } = tablesOf(this.db);
    const [row] = await tx
      .update(ratings)
      .set({ ...values, version: sql`${ratings.version} + 1` })
      .where(eq(ratings.key, key))
      .returning();
    return row!;
  }

  /**
   * Numbers the ratings 0, 1, 2… in the given order. Only the order changes:
   * a rating moved because another one moved keeps its version.
   */
  async renumber(tx: Tx, orderedKeys: readonly string[]): Promise<void> {
    const { ratings } = tablesOf(this.db);
    for (const [position, key] of orderedKeys.entries()) {
      await tx.update(ratings).set({ position }).where(and(eq(ratings.key, key), ne(ratings.position, position)));
    }
  }

  /** Removes a rating (only one no verdict uses). */
  async delete(tx: Tx, key: string): Promise<boolean> {
    const { ratings } = tablesOf(this.db);
    const deleted = await tx.delete(ratings).where(eq(ratings.key, key)).returning({ key: ratings.key });
    return deleted.length > 0;
  }
}
