import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UserList } from '@sanad/shared/schemas/user';
import { userEndpoints } from '@sanad/shared/api/users';
import { callApi } from '../../../lib/api-client.ts';
import { userKeys } from '../../../lib/query-keys.ts';

/** `GET /api/users` (editors and admins): every account. */
export function getUsers(signal?: AbortSignal): Promise<UserList> {
  return callApi(userEndpoints.list, { signal });
}

export const usersQueryOptions = () => queryOptions({ queryKey: userKeys.list(), queryFn: ({ signal }) => getUsers(signal) });

/** The accounts; `enabled` is false for roles that may not list them. */
export function useUsers(enabled = true) {
  return useQuery({ ...usersQueryOptions(), enabled });
}
