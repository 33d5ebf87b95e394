import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Queue } from '@sanad/shared/schemas/queue';
import { workflowEndpoints } from '@sanad/shared/api/workflow';
import { callApi } from '../../../lib/api-client.ts';
import { queueKeys } from '../../../lib/query-keys.ts';
import { DASHBOARD_POLL_MS } from './get-summary.ts';

/** `GET /api/queue`: for editors, `awaitingApproval` holds every submitted claim, oldest first. */
export function getQueue(signal?: AbortSignal): Promise<Queue> {
  return callApi(workflowEndpoints.queue, { signal });
}

/** The same cache entry as the approvals page (one key), polled while the dashboard is visible. */
export const approvalQueueQueryOptions = () =>
  queryOptions({ queryKey: queueKeys.all, queryFn: ({ signal }) => getQueue(signal), staleTime: 5_000, refetchInterval: DASHBOARD_POLL_MS });

/** Published claims whose verdict is due to be checked again, the longest overdue first. */
export function usePublishedRecheckDue() {
  return useQuery({ ...approvalQueueQueryOptions(), select: (queue) => queue.recheckDue.filter((item) => item.publishedAt !== null) });
}

/** The claims awaiting approval. */
export function useApprovalQueue() {
  return useQuery({ ...approvalQueueQueryOptions(), select: (queue) => queue.awaitingApproval });
}
