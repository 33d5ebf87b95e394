import type { ErrorCode } from '@sanad/shared/errors';
import type { LatestSnapshot, SnapshotStorage, SourceSnapshot } from '@sanad/shared/schemas/source-snapshot';
import type { SnapshotView, StorageView } from './source-snapshots.service.ts';

/** A snapshot without its text (the raw HTML never leaves the server). */
export function presentSnapshot({ row, changed }: SnapshotView): SourceSnapshot {
  return {
    id: row.id,
    sourceId: row.sourceId,
    status: row.status,
    requestedAt: row.requestedAt,
    fetchedAt: row.fetchedAt,
    httpStatus: row.httpStatus,
    errorCode: row.errorCode as ErrorCode | null,
    finalUrl: row.finalUrl,
    title: row.title,
    publisher: row.publisher,
    publishedOn: row.publishedOn,
    contentHash: row.contentHash,
    rawBytes: row.rawBytes,
    changed,
    gone: row.httpStatus === 404 || row.httpStatus === 410,
  };
}

/** The latest snapshot with its text. */
export function presentLatestSnapshot(view: SnapshotView | null): LatestSnapshot {
  return { snapshot: view ? { ...presentSnapshot(view), text: view.row.text } : null };
}

/** The snapshots' storage against the budget. */
export function presentStorage(view: StorageView): SnapshotStorage {
  return { usedBytes: view.usedBytes, budgetBytes: view.budgetBytes, snapshots: view.snapshots };
}
