import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Db } from '@sanad/db/client';
import { inTransaction } from '@sanad/db/transaction';
import type { ErrorCode } from '@sanad/shared/errors';
import { AppError, notFound } from '../../lib/app-error.ts';
import { type Actor, actorRef, assertCan } from '../../lib/actor.ts';
import type { EventBus } from '../../lib/event-bus.ts';
import type { Clock } from '../../lib/clock.ts';
import type { ExtractPool } from '../../lib/extract/extract-pool.ts';
import { type Fetcher, FetchRefusal } from '../../lib/fetcher/fetch-page.ts';
import type { FetchQuota } from '../../lib/fetcher/fetch-quota.ts';
import type { Logger } from '../../lib/logger.ts';
import type { SnapshotResult, SnapshotRow, SourceSnapshotsRepository } from './source-snapshots.repository.ts';

/** The default storage budget of snapshots: 1 GB. */
export const DEFAULT_SNAPSHOT_BUDGET_BYTES = 1024 * 1024 * 1024;

/** What the snapshots take against the budget. */
export interface StorageView {
  usedBytes: number;
  budgetBytes: number;
  snapshots: number;
}

/** A snapshot and how its text compares with the previous kept one (null: nothing to compare). */
export interface SnapshotView {
  row: SnapshotRow;
  changed: boolean | null;
}

/**
 * Keeps copies of the pages sources point to (issue #17): the first when a
 * source is attached, more on demand. Each runs in the background through the
 * one SSRF-safe fetcher and the same per-user and per-server quota as
 * imports; the claim stays usable meanwhile, and the snapshot reads
 * `pending` until the fetch ends. Kept: the extracted text, the raw page
 * gzip-compressed, the SHA-256 of the text, the HTTP status and the time.
 */
export class SourceSnapshotsService {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly snapshots: SourceSnapshotsRepository,
    private readonly fetcher: Fetcher,
    private readonly quota: FetchQuota,
    private readonly extract: ExtractPool,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly events: EventBus,
    /** Storage budget of all snapshots, in bytes (`SNAPSHOT_BUDGET_MB`); a snapshot that would go past it is refused (`snapshot_budget_full`). */
    private readonly budgetBytes: number = DEFAULT_SNAPSHOT_BUDGET_BYTES,
  ) {}

  /** After a source is attached: its first snapshot, in the background, unless it already has one. */
  async afterAttach(actor: Actor, sourceId: number): Promise<void> {
    try {
      if (await this.snapshots.latest(sourceId)) return;
      const url = await this.snapshots.sourceUrl(sourceId);
      if (url !== undefined) await this.start(actor, sourceId, url);
    } catch (error) {
      // The link is committed already; a snapshot that cannot start is logged, and can be asked for again.
      this.logger.error('source snapshot not started', { sourceId, error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Fetches the source's page again, in the background; answers the pending snapshot. */
  async capture(actor: Actor, sourceId: number): Promise<SnapshotView> {
    assertCan(actor, 'claim.edit');
    const url = await this.snapshots.sourceUrl(sourceId);
    if (url === undefined) throw notFound('source', sourceId);
    if ((await this.snapshots.storage()).bytes >= this.budgetBytes) throw this.budgetFull();
    return { row: await this.start(actor, sourceId, url), changed: null };
  }

  /** What the snapshots take against the budget (admins: it is a deployment figure). */
  async storage(actor: Actor): Promise<StorageView> {
    assertCan(actor, 'settings.manage');
    const { bytes, count } = await this.snapshots.storage();
    return { usedBytes: bytes, budgetBytes: this.budgetBytes, snapshots: count };
  }

  /** The latest snapshot of a source (with its text), or null before the first. */
  async latest(_actor: Actor, sourceId: number): Promise<SnapshotView | null> {
    if ((await this.snapshots.sourceUrl(sourceId)) === undefined) throw notFound('source', sourceId);
    const row = await this.snapshots.latest(sourceId);
    if (!row) return null;
    const previous = row.status === 'ok' ? await this.snapshots.previousKept(sourceId, row.id) : undefined;
    return { row, changed: previous && row.contentHash !== null ? previous.contentHash !== row.contentHash : null };
  }

  /**
   * Tells the live streams of the articles citing the source that its
   * snapshot started or ended, so open source panels refetch it at once
   * instead of polling. Never throws: the snapshot stands without it.
   */
  private async announce(actor: Actor, sourceId: number, change: 'created' | 'updated', at: string): Promise<void> {
    try {
      for (const articleId of await this.snapshots.articlesCiting(sourceId)) {
        this.events.publish({ type: 'snapshot', articleId, claimId: null, change, actor: actorRef(actor), at });
      }
    } catch (error) {
      this.logger.error('snapshot event not sent', { sourceId, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private budgetFull(): AppError {
    const megabytes = Math.round(this.budgetBytes / 1024 / 1024);
    return new AppError('snapshot_budget_full', 422, `The storage budget of page snapshots (${megabytes} MB, SNAPSHOT_BUDGET_MB) is used up; no new snapshot is kept. Remove sources no claim needs, or raise the budget.`);
  }

  /** Resolves when every background fetch started so far has ended (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  private async start(actor: Actor, sourceId: number, url: string): Promise<SnapshotRow> {
    const requestedAt = this.clock.now().toISOString();
    const row = await inTransaction(this.db, async (tx) => await this.snapshots.insertPending(tx, { sourceId, requestedBy: actor.id, requestedAt }));
    await this.announce(actor, sourceId, 'created', requestedAt);
    const job = this.fetchInto(actor, row.id, url)
      .then(async () => await this.announce(actor, sourceId, 'updated', this.clock.now().toISOString()))
      .finally(() => this.running.delete(job));
    this.running.add(job);
    return row;
  }

  /** Fetches and records the outcome; never throws (a failure is recorded on the row). */
  private async fetchInto(actor: Actor, id: number, url: string): Promise<void> {
    let result: SnapshotResult;
    try {
      // A full budget refuses before anything is fetched.
      if ((await this.snapshots.storage()).bytes >= this.budgetBytes) throw this.budgetFull();
      await this.quota.take(actor.id);
      const page = await this.fetcher.fetch(url);
      const article = await this.extract.page(page.body, page.charset, page.url);
      const compressed = gzipSync(page.body);
      // Text counts at two bytes a character (Arabic is two in UTF-8), an upper bound for most pages.
      if ((await this.snapshots.storage()).bytes + compressed.length + article.text.length * 2 > this.budgetBytes) {
        this.logger.warn('snapshot storage budget reached: the snapshot is not kept', { snapshotId: id, budgetBytes: this.budgetBytes });
        throw this.budgetFull();
      }
      result = {
        status: 'ok',
        fetchedAt: this.clock.now().toISOString(),
        httpStatus: page.status,
        finalUrl: page.url,
        title: article.title === '' ? null : article.title,
        publisher: article.outlet,
        publishedOn: article.publishedOn,
        text: article.text,
        rawHtmlGzip: compressed,
        rawBytes: page.body.length,
        contentHash: createHash('sha256').update(article.text).digest('hex'),
      };
    } catch (error) {
      const code: ErrorCode = error instanceof AppError ? error.code : 'internal_error';
      if (!(error instanceof AppError)) this.logger.error('source snapshot failed', { snapshotId: id, error: error instanceof Error ? error.message : String(error) });
      result = { status: 'failed', fetchedAt: this.clock.now().toISOString(), errorCode: code, httpStatus: error instanceof FetchRefusal ? error.httpStatus : null };
    }
    try {
      await inTransaction(this.db, async (tx) => await this.snapshots.finish(tx, id, result));
    } catch (error) {
      this.logger.error('source snapshot not recorded', { snapshotId: id, error: error instanceof Error ? error.message : String(error) });
    }
  }
}
