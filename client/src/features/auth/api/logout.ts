import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionEndpoints } from '@sanad/shared/api/session';
import { callApi, forgetReads } from '../../../lib/api-client.ts';

/** `DELETE /api/session`: ends the session server-side. */
export function logout(): Promise<void> {
  return callApi(sessionEndpoints.logout, { redirectOnUnauthenticated: false });
}

/** Logs out and forgets everything cached, so the next user sees nothing of this one's. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      forgetReads();
      queryClient.clear();
    },
  });
}
