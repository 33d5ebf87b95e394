import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { tablesOf } from '@sanad/db/backend';
import type { claimSources, sources } from '@sanad/db/schema/index';
import type { Executor, Tx } from '@sanad/db/transaction';
import type { LinkForIndependence } from '@sanad/shared/source-independence';
import type { ClaimSourceRow, SourceRow } from '../claims/claims.repository.ts';

/** The only code that writes `sources` and `claim_sources`. */
export class SourcesRepository {
  /** The source stored under this normalised URL, if any. */
  async findByUrl(tx: Executor, url: string): Promise<SourceRow | undefined> {
    const { sources } = tablesOf(tx);
    const [row] = await tx.select().from(sources).where(eq(sources.url, url)).limit(1);
    return row;
  }

  /** A source by id. */
  async getSource(tx: Executor, id: number): Promise<SourceRow | undefined> {
    const { sources } = tablesOf(tx);
    const [row] = await tx.select().from(sources).where(eq(sources.id, id)).limit(1);
    return row;
  }

  /** Stores a new source. */
  async insert(tx: Tx, values: typeof sources.$inferInsert): Promise<SourceRow> {
    const { sources } = tablesOf(tx);
    const [row] = await tx.insert(sources).values(values).returning();
    return row!;
  }

  /** Changes a source's title, publisher or date (seen by every claim that cites it). */
  async update(
    tx: Tx,
    id: number,
    values: Partial<Pick<SourceRow, 'title' | 'publisher' | 'publishedAt' | 'origin'>> & { updatedAt: string },
  ): Promise<void> {
    const { sources } = tablesOf(tx);
    await tx
      .update(sources)
      .set({ ...values, version: sql`${sources.version} + 1` })
      .where(eq(sources.id, id));
  }

  /** Each link of a claim with its stance and its source's id and origin: what source independence is judged from. */
  async linksForIndependence(tx: Executor, claimId: number): Promise<LinkForIndependence[]> {
    const { claimSources, sources } = tablesOf(tx);
    const rows = await tx
      .select({ stance: claimSources.stance, id: sources.id, origin: sources.origin })
      .from(claimSources)
      .innerJoin(sources, eq(sources.id, claimSources.sourceId))
      .where(eq(claimSources.claimId, claimId));
    return rows.map((row) => ({ stance: row.stance, source: { id: row.id, origin: row.origin } }));
  }

  /** A link of this claim, by link id. */
  async findLink(tx: Executor, claimId: number, linkId: number): Promise<ClaimSourceRow | undefined> {
    const { claimSources } = tablesOf(tx);
    const [row] = await tx
      .select()
      .from(claimSources)
      .where(and(eq(claimSources.id, linkId), eq(claimSources.claimId, claimId)))
      .limit(1);
    return row;
  }

  /** The link between this claim and this source, if any. */
  async findLinkToSource(tx: Executor, claimId: number, sourceId: number): Promise<ClaimSourceRow | undefined> {
    const { claimSources } = tablesOf(tx);
    const [row] = await tx
      .select()
      .from(claimSources)
      .where(and(eq(claimSources.claimId, claimId), eq(claimSources.sourceId, sourceId)))
      .limit(1);
    return row;
  }

  /** Links a source to a claim. */
  async link(tx: Tx, values: typeof claimSources.$inferInsert): Promise<ClaimSourceRow> {
    const { claimSources } = tablesOf(tx);
    const [row] = await tx.insert(claimSources).values(values).returning();
    return row!;
  }

  /** Changes a link's stance, excerpt or source. */
  async updateLink(
    tx: Tx,
    linkId: number,
    values: Partial<Pick<ClaimSourceRow, 'stance' | 'excerpt' | 'sourceId'>> & { updatedAt: string },
  ): Promise<void> {
    const { claimSources } = tablesOf(tx);
    await tx
      .update(claimSources)
      .set({ ...values, version: sql`${claimSources.version} + 1` })
      .where(eq(claimSources.id, linkId));
  }

  /**
   * Deletes the sources no claim cites any more (among `sourceIds`, or all
   * when left out), and with them their snapshots (`ON DELETE CASCADE`), so a
   * page kept for a citation that is gone stops taking storage. Answers how
   * many were deleted.
   */
  async deleteUnused(tx: Tx, sourceIds?: readonly number[]): Promise<number> {
    if (sourceIds !== undefined && sourceIds.length === 0) return 0;
    const { claimSources, sources } = tablesOf(tx);
    const unused = notInArray(sources.id, tx.select({ id: claimSources.sourceId }).from(claimSources));
    const deleted = await tx
      .delete(sources)
      .where(sourceIds === undefined ? unused : and(inArray(sources.id, [...sourceIds]), unused))
      .returning({ id: sources.id });
    return deleted.length;
  }

  /** Detaches a source from a claim; the source itself stays for other claims. */
  async unlink(tx: Tx, linkId: number): Promise<boolean> {
    const { claimSources } = tablesOf(tx);
    const deleted = await tx.delete(claimSources).where(eq(claimSources.id, linkId)).returning({ id: claimSources.id });
    return deleted.length > 0;
  }
}
