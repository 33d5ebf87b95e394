import { and, desc, eq, inArray, lt, max, sql } from 'drizzle-orm';
import { tablesOf } from '@sanad/db/backend';
import type { Db } from '@sanad/db/client';
import type { sourceSnapshots } from '@sanad/db/schema/index';
import type { Executor, Tx } from '@sanad/db/transaction';

/** A snapshot row as stored. */
export type SnapshotRow = typeof sourceSnapshots.$inferSelect;
/** What a finished fetch writes. */
export type SnapshotResult = Partial<Omit<SnapshotRow, 'id' | 'sourceId' | 'requestedBy' | 'requestedAt'>> & Pick<SnapshotRow, 'status'>;

/** The only code that reads and writes `source_snapshots`. */
export class SourceSnapshotsRepository {
  constructor(private readonly db: Db) {}

  /** Starts a snapshot: a pending row. */
  async insertPending(tx: Tx, values: { sourceId: number; requestedBy: number | null; requestedAt: string }): Promise<SnapshotRow> {
    const { sourceSnapshots } = tablesOf(tx);
    const [row] = await tx
      .insert(sourceSnapshots)
      .values({ ...values, status: 'pending' })
      .returning();
    return row!;
  }

  /** Records how a fetch ended. */
  async finish(tx: Tx, id: number, result: SnapshotResult): Promise<void> {
    const { sourceSnapshots } = tablesOf(tx);
    await tx.update(sourceSnapshots).set(result).where(eq(sourceSnapshots.id, id));
  }

  /** The newest snapshot of a source. */
  async latest(sourceId: number, tx: Executor = this.db): Promise<SnapshotRow | undefined> {
    const { sourceSnapshots } = tablesOf(tx);
    const [row] = await tx.select().from(sourceSnapshots).where(eq(sourceSnapshots.sourceId, sourceId)).orderBy(desc(sourceSnapshots.id)).limit(1);
    return row;
  }

  /** The newest kept snapshot older than `beforeId` (what a new one is compared with). */
  async previousKept(sourceId: number, beforeId: number): Promise<SnapshotRow | undefined> {
    const { sourceSnapshots } = tablesOf(this.db);
    const [row] = await this.db
      .select()
      .from(sourceSnapshots)
      .where(and(eq(sourceSnapshots.sourceId, sourceId), eq(sourceSnapshots.status, 'ok'), lt(sourceSnapshots.id, beforeId)))
      .orderBy(desc(sourceSnapshots.id))
      .limit(1);
    return row;
  }

  /** Bytes the kept pages take (compressed HTML plus extracted text at two bytes a character) and how many snapshots there are. */
  async storage(): Promise<{ bytes: number; count: number }> {
    const { sourceSnapshots } = tablesOf(this.db);
    const [row] = await this.db
      .select({
        bytes: sql<number | string | null>`coalesce(sum(coalesce(length(${sourceSnapshots.rawHtmlGzip}), 0) + coalesce(length(${sourceSnapshots.text}), 0) * 2), 0)`,
        count: sql<number | string>`count(*)`,
      })
      .from(sourceSnapshots);
    return { bytes: Number(row?.bytes ?? 0), count: Number(row?.count ?? 0) };
  }

  /** When each of these sources' pages was last kept (the latest `ok` snapshot's fetched-at), by source id. */
  async lastKeptAt(sourceIds: readonly number[]): Promise<Map<number, string>> {
    if (sourceIds.length === 0) return new Map();
    const { sourceSnapshots } = tablesOf(this.db);
    const rows = await this.db
      .select({ sourceId: sourceSnapshots.sourceId, at: max(sourceSnapshots.fetchedAt) })
      .from(sourceSnapshots)
      .where(and(inArray(sourceSnapshots.sourceId, [...sourceIds]), eq(sourceSnapshots.status, 'ok')))
      .groupBy(sourceSnapshots.sourceId);
    return new Map(rows.filter((row) => row.at !== null).map((row) => [row.sourceId, row.at!]));
  }

  /** The articles whose claims cite this source (whose live streams hear of its snapshots). */
  async articlesCiting(sourceId: number): Promise<number[]> {
    const { claimSources, claims } = tablesOf(this.db);
    const rows = await this.db
      .selectDistinct({ articleId: claims.articleId })
      .from(claimSources)
      .innerJoin(claims, eq(claims.id, claimSources.claimId))
      .where(eq(claimSources.sourceId, sourceId));
    return rows.map((row) => row.articleId);
  }

  /** A source's url, or undefined when there is no such source. */
  async sourceUrl(sourceId: number): Promise<string | undefined> {
    const { sources } = tablesOf(this.db);
    const [row] = await this.db.select({ url: sources.url }).from(sources).where(eq(sources.id, sourceId)).limit(1);
    return row?.url;
  }
}
