import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginInput, Session } from '@sanad/shared/schemas/user';
import { sessionEndpoints } from '@sanad/shared/api/session';
import { callApi } from '../../../lib/api-client.ts';
import { sessionKeys } from '../../../lib/query-keys.ts';

/** `POST /api/session`: 401 `invalid_credentials`, 429 `rate_limited` with `Retry-After`. */
export function login(input: LoginInput): Promise<Session> {
  return callApi(sessionEndpoints.login, { body: input, redirectOnUnauthenticated: false });
}

/** Logs in; the login form shows errors itself. Anything cached for an earlier user is dropped. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    meta: { silent: true },
    onSuccess: (session) => {
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.current(), session);
    },
  });
}
