import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { ratings } from '@sanad/db/schema/index';
import type { Executor } from '@sanad/db/transaction';

/** A rating as stored. */
export type RatingRow = typeof ratings.$inferSelect;
/** A rating with the number of verdicts that use it. */
export type RatingWithUse = RatingRow & { inUse: number };

/** The only code that reads and writes the `ratings` table (the live rating scale). */
export class RatingScaleRepository {
  constructor(private readonly db: Db) {}

  /** Every rating in scale order, retired ones included, with how many verdicts use each. */
  async list(): Promise<RatingWithUse[]> {
    return this.db
      .select({
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
        inUse: sql<number>`(SELECT count(*) FROM "verdicts" AS v WHERE v."rating" = "ratings"."key")`,
      })
      .from(ratings)
      .orderBy(asc(ratings.position), asc(ratings.key));
  }

  /** One rating inside a transaction, or undefined. */
  get(tx: Executor, key: string): RatingRow | undefined {
    return tx.select().from(ratings).where(eq(ratings.key, key)).get();
  }
}
