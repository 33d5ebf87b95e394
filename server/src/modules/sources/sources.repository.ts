import { and, eq, sql } from 'drizzle-orm';
import { claimSources, sources } from '@sanad/db/schema/index';
import type { Executor } from '@sanad/db/transaction';
import type { ClaimSourceRow, SourceRow } from '../claims/claims.repository.ts';

/** The only code that writes `sources` and `claim_sources`. */
export class SourcesRepository {
  /** The source stored under this normalised URL, if any. */
  findByUrl(tx: Executor, url: string): SourceRow | undefined {
    return tx.select().from(sources).where(eq(sources.url, url)).get();
  }

  /** A source by id. */
  getSource(tx: Executor, id: number): SourceRow | undefined {
    return tx.select().from(sources).where(eq(sources.id, id)).get();
  }

  /** Stores a new source. */
  insert(tx: Executor, values: typeof sources.$inferInsert): SourceRow {
    return tx.insert(sources).values(values).returning().get();
  }

  /** Changes a source's title, publisher or date (seen by every claim that cites it). */
  update(
    tx: Executor,
    id: number,
    values: Partial<Pick<SourceRow, 'title' | 'publisher' | 'publishedAt'>> & { updatedAt: string },
  ): void {
    tx.update(sources)
      .set({ ...values, version: sql`${sources.version} + 1` })
      .where(eq(sources.id, id))
      .run();
  }

  /** A link of this claim, by link id. */
  findLink(tx: Executor, claimId: number, linkId: number): ClaimSourceRow | undefined {
    return tx
      .select()
      .from(claimSources)
      .where(and(eq(claimSources.id, linkId), eq(claimSources.claimId, claimId)))
      .get();
  }

  /** The link between this claim and this source, if any. */
  findLinkToSource(tx: Executor, claimId: number, sourceId: number): ClaimSourceRow | undefined {
    return tx
      .select()
      .from(claimSources)
      .where(and(eq(claimSources.claimId, claimId), eq(claimSources.sourceId, sourceId)))
      .get();
  }

  /** Links a source to a claim. */
  link(tx: Executor, values: typeof claimSources.$inferInsert): ClaimSourceRow {
    return tx.insert(claimSources).values(values).returning().get();
  }

  /** Changes a link's stance, excerpt or source. */
  updateLink(
    tx: Executor,
    linkId: number,
    values: Partial<Pick<ClaimSourceRow, 'stance' | 'excerpt' | 'sourceId'>> & { updatedAt: string },
  ): void {
    tx.update(claimSources)
      .set({ ...values, version: sql`${claimSources.version} + 1` })
      .where(eq(claimSources.id, linkId))
      .run();
  }

  /** Detaches a source from a claim; the source itself stays for other claims. */
  unlink(tx: Executor, linkId: number): boolean {
    return tx.delete(claimSources).where(eq(claimSources.id, linkId)).run().changes > 0;
  }
}
