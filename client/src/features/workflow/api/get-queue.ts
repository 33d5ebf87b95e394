import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Queue } from '@sanad/shared/schemas/queue';
import { workflowEndpoints } from '@sanad/shared/api/workflow';
import { callApi } from '../../../lib/api-client.ts';
import { queueKeys } from '../../../lib/query-keys.ts';

/** `GET /api/queue`: the caller's assigned work, and (editors) every claim awaiting approval. */
export function getQueue(signal?: AbortSignal): Promise<Queue> {
  return callApi(workflowEndpoints.queue, { signal });
}

export const queueQueryOptions = () => queryOptions({ queryKey: queueKeys.all, queryFn: ({ signal }) => getQueue(signal), staleTime: 5_000 });

/** The queue; suspends while it loads. */
export function useQueue() {
  return useSuspenseQuery(queueQueryOptions());
}
