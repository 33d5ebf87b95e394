import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput, Session } from '@sanad/shared/schemas/user';
import { sessionEndpoints } from '@sanad/shared/api/session';
import { callApi } from '../../../lib/api-client.ts';
import { sessionKeys } from '../../../lib/query-keys.ts';

/**
 * `POST /api/session/password`: changes one's own password given the current
 * one. The server ends every other session and answers with this browser's
 * new one (its cookie replaced). 422 for a wrong current password, 429 after
 * too many.
 */
export function changePassword(input: ChangePasswordInput): Promise<Session> {
  return callApi(sessionEndpoints.changePassword, { body: input });
}

/** Changes the password. Silent: the form shows what went wrong beside the field. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    meta: { silent: true },
    onSuccess: (session) => queryClient.setQueryData(sessionKeys.current(), session),
  });
}
