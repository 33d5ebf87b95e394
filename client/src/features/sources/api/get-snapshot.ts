import { queryOptions, useQuery } from '@tanstack/react-query';
import { sourceSnapshotEndpoints } from '@sanad/shared/api/source-snapshots';
import type { LatestSnapshot } from '@sanad/shared/schemas/source-snapshot';
import { callApi } from '../../../lib/api-client.ts';
import { snapshotKeys } from '../../../lib/query-keys.ts';

/** `GET /api/sources/:id/snapshot`: the latest snapshot of the source's page, with its text. */
export function getLatestSnapshot(sourceId: number, signal?: AbortSignal): Promise<LatestSnapshot> {
  return callApi(sourceSnapshotEndpoints.latest, { params: { id: sourceId }, signal });
}

/** How often a pending snapshot is asked about again. */
const PENDING_POLL_MS = 1000;

/** Query options of a source's latest snapshot: asked again every second while it is pending. */
export const latestSnapshotQueryOptions = (sourceId: number) =>
  queryOptions({
    queryKey: snapshotKeys.latest(sourceId),
    queryFn: ({ signal }) => getLatestSnapshot(sourceId, signal),
    refetchInterval: (query) => (query.state.data?.snapshot?.status === 'pending' ? PENDING_POLL_MS : false),
  });

/** The latest snapshot of a source's page (null before the first). */
export function useLatestSnapshot(sourceId: number) {
  return useQuery(latestSnapshotQueryOptions(sourceId));
}
