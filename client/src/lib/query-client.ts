import { MutationCache, QueryClient } from '@tanstack/react-query';
import { ApiError, describeError } from './api-client.ts';
import { i18n } from '../i18n/i18n.ts';
import type { MessageId } from '../i18n/use-t.ts';
import { showToast } from './toast.tsx';

/** Retries only answers that may change on their own (network, 5xx), at most twice. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.isClientError) return false;
  return failureCount < 2;
}

/**
 * The one query client, with the defaults of every query and mutation:
 * no retry on 4xx, and a toast with the API's message when a mutation fails
 * (forms also show per-field details next to the fields). A stale write
 * (412) refetches everything shown so the user sees what changed.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 15_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (error instanceof ApiError && error.status === 401) return;
        if (mutation.meta?.silent === true) return;
        if (error instanceof ApiError && error.isStale) {
          // Someone else saved first: show their state; forms with a conflict view are `silent` and keep the user's input.
          showToast(i18n._('shell.staleWrite' satisfies MessageId), 'error');
          void client.invalidateQueries();
          return;
        }
        showToast(describeError(error), 'error');
      },
    }),
  });
  return client;
}
