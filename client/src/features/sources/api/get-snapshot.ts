import { queryOptions, useQuery } from '@tanstack/react-query';
import { sourceSnapshotEndpoints } from '@sanad/shared/api/source-snapshots';
import type { LatestSnapshot } from '@sanad/shared/schemas/source-snapshot';
import { callApi } from '../../../lib/api-client.ts';
import { liveStreamConnected } from '../../../lib/live-streams.ts';
import { snapshotKeys } from '../../../lib/query-keys.ts';

/** `GET /api/sources/:id/snapshot`: the latest snapshot of the source's page, with its text. */
export function getLatestSnapshot(sourceId: number, signal?: AbortSignal): Promise<LatestSnapshot> {
  return callApi(sourceSnapshotEndpoints.latest, { params: { id: sourceId }, signal });
}

/** How often a pending snapshot is asked about again while the live stream is down. */
const PENDING_POLL_MS = 1000;
/** How often while the stream is connected: its push refetches at once, this only covers a push lost on the way. */
const PENDING_POLL_LIVE_MS = 5000;

/**
 * Query options of a source's latest snapshot. While it is pending, the live
 * stream's `snapshot` change refetches it when it ends; should the stream be
 * down, it is asked about every second instead.
 */
export const latestSnapshotQueryOptions = (sourceId: number) =>
  queryOptions({
    queryKey: snapshotKeys.latest(sourceId),
    queryFn: ({ signal }) => getLatestSnapshot(sourceId, signal),
    refetchInterval: (query) => (query.state.data?.snapshot?.status === 'pending' ? (liveStreamConnected() ? PENDING_POLL_LIVE_MS : PENDING_POLL_MS) : false),
  });

/** The latest snapshot of a source's page (null before the first). */
export function useLatestSnapshot(sourceId: number) {
  return useQuery(latestSnapshotQueryOptions(sourceId));
}
