import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Health } from '@sanad/shared/schemas/common';
import { healthEndpoints } from '@sanad/shared/api/health';
import { callApi } from '../../../lib/api-client.ts';
import { healthKeys } from '../../../lib/query-keys.ts';

/** `GET /api/health`: `demo` is true when the server runs in demo mode (demo accounts exist). */
export function getHealth(signal?: AbortSignal): Promise<Health> {
  return callApi(healthEndpoints.get, { signal, redirectOnUnauthenticated: false });
}

export const healthQueryOptions = () => queryOptions({ queryKey: healthKeys.all, queryFn: ({ signal }) => getHealth(signal), staleTime: Infinity });

/** Whether the server is in demo mode (false until known, and on any error). */
export function useDemoMode(): boolean {
  return useQuery(healthQueryOptions()).data?.demo === true;
}
