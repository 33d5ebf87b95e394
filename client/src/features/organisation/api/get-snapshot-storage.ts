import { queryOptions, useQuery } from '@tanstack/react-query';
import { sourceSnapshotEndpoints } from '@sanad/shared/api/source-snapshots';
import type { SnapshotStorage } from '@sanad/shared/schemas/source-snapshot';
import { callApi } from '../../../lib/api-client.ts';
import { snapshotKeys } from '../../../lib/query-keys.ts';

/** `GET /api/source-snapshots/storage` (admins): what the kept pages take against `SNAPSHOT_BUDGET_MB`. */
export function getSnapshotStorage(signal?: AbortSignal): Promise<SnapshotStorage> {
  return callApi(sourceSnapshotEndpoints.storage, { signal });
}

export const snapshotStorageQueryOptions = () => queryOptions({ queryKey: snapshotKeys.storage(), queryFn: ({ signal }) => getSnapshotStorage(signal) });

/** The snapshots' storage against the budget. */
export function useSnapshotStorage() {
  return useQuery(snapshotStorageQueryOptions());
}
