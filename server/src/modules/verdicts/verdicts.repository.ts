import { eq, sql } from 'drizzle-orm';
import { dialectOf, tablesOf } from '@sanad/db/backend';
import type { Db } from '@sanad/db/client';
import type { Executor, Tx } from '@sanad/db/transaction';
import type { VerdictRow } from '../claims/claims.repository.ts';

/** What a verdict says: its rating, rationale, the rater's confidence and when to check it again. */
export interface VerdictFields {
  rating: string;
  rationale: string;
  confidence: 'high' | 'medium' | 'low' | null;
  recheckOn: string | null;
}

/** The only code that writes the `verdicts` table (and its copy of the rating on `claims`); reads come with the claim aggregate. */
export class VerdictsRepository {
  // Prepared once: every claim write checks who set the verdict (claim ownership).
  private readonly verdictOf;

  /**
   * SQLite: a statement prepared on the handle runs on its one connection, so
   * inside the caller's transaction. PostgreSQL: it would run on another pooled
   * connection, outside it, so reads and writes inside a transaction go through `tx`.
   */
  private readonly preparedRunsInTx: boolean;

  constructor(db: Db) {
    this.preparedRunsInTx = dialectOf(db) === 'sqlite';
    const { verdicts } = tablesOf(db);
    // Unnamed prepare(): used only on SQLite (see preparedRunsInTx).
    this.verdictOf = db.select().from(verdicts).where(eq(verdicts.claimId, sql.placeholder('claimId'))).prepare();
  }

  /**
   * A claim's verdict inside a transaction. The statement is prepared on the
   * one better-sqlite3 connection, so it reads inside the caller's transaction.
   */
  async get(tx: Executor, claimId: number): Promise<VerdictRow | undefined> {
    if (!this.preparedRunsInTx) {
      const { verdicts } = tablesOf(tx);
      const [row] = await tx.select().from(verdicts).where(eq(verdicts.claimId, claimId)).limit(1);
      return row;
    }
    const [row] = await this.verdictOf.execute({ claimId });
    return row;
  }

  /** Sets a claim's verdict, creating it or bumping its version, and records who set it. */
  async upsert(tx: Tx, claimId: number, fields: VerdictFields, setBy: number, at: string): Promise<VerdictRow> {
    const { claims, verdicts } = tablesOf(tx);
    const { rating, rationale, confidence, recheckOn } = fields;
    await tx.update(claims).set({ rating }).where(eq(claims.id, claimId));
    const [row] = await tx
      .insert(verdicts)
      .values({ claimId, rating, rationale, confidence, recheckOn, setBy, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({
        target: verdicts.claimId,
        // A new verdict is current: an earlier "outdated" mark goes.
        set: { rating, rationale, confidence, recheckOn, setBy, outdatedAt: null, outdatedNote: null, outdatedBy: null, updatedAt: at, version: sql`${verdicts.version} + 1` },
      })
      .returning();
    return row!;
  }

  /** Marks a claim's verdict outdated (note, who, when), or current again with null. */
  async setOutdated(tx: Tx, claimId: number, mark: { note: string; by: number; at: string } | null, at: string): Promise<VerdictRow | undefined> {
    const { verdicts } = tablesOf(tx);
    const [row] = await tx
      .update(verdicts)
      .set({ outdatedAt: mark?.at ?? null, outdatedNote: mark?.note ?? null, outdatedBy: mark?.by ?? null, updatedAt: at, version: sql`${verdicts.version} + 1` })
      .where(eq(verdicts.claimId, claimId))
      .returning();
    return row;
  }

  /** Removes a claim's verdict; false when it had none. */
  async delete(tx: Tx, claimId: number): Promise<boolean> {
    const { claims, verdicts } = tablesOf(tx);
    await tx.update(claims).set({ rating: null }).where(eq(claims.id, claimId));
    const deleted = await tx.delete(verdicts).where(eq(verdicts.claimId, claimId)).returning({ claimId: verdicts.claimId });
    return deleted.length > 0;
  }
}
