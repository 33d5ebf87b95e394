import { eq, sql } from 'drizzle-orm';
import { verdicts } from '@sanad/db/schema/index';
import type { Executor } from '@sanad/db/transaction';

/** The only code that writes the `verdicts` table (reads come with the claim aggregate). */
export class VerdictsRepository {
  /** Sets a claim's verdict, creating it or bumping its version. */
  upsert(tx: Executor, claimId: number, rating: string, rationale: string, at: string): void {
    tx.insert(verdicts)
      .values({ claimId, rating, rationale, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({
        target: verdicts.claimId,
        set: { rating, rationale, updatedAt: at, version: sql`${verdicts.version} + 1` },
      })
      .run();
  }

  /** Removes a claim's verdict; false when it had none. */
  delete(tx: Executor, claimId: number): boolean {
    return tx.delete(verdicts).where(eq(verdicts.claimId, claimId)).run().changes > 0;
  }
}
