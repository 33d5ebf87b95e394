import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sourceSnapshotEndpoints } from '@sanad/shared/api/source-snapshots';
import type { SourceSnapshot } from '@sanad/shared/schemas/source-snapshot';
import { callApi } from '../../../lib/api-client.ts';
import { snapshotKeys } from '../../../lib/query-keys.ts';

/** `POST /api/sources/:id/snapshots`: fetch the page again (in the background); answers the pending snapshot. */
export function captureSnapshot(sourceId: number): Promise<SourceSnapshot> {
  return callApi(sourceSnapshotEndpoints.capture, { params: { id: sourceId } });
}

/** Asks for a new snapshot and refreshes the source's latest one (which then polls until it is done). */
export function useCaptureSnapshot(sourceId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => captureSnapshot(sourceId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: snapshotKeys.latest(sourceId) }),
  });
}
