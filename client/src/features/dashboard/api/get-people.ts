import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UserList } from '@sanad/shared/schemas/user';
import { userEndpoints } from '@sanad/shared/api/users';
import { callApi } from '../../../lib/api-client.ts';
import { userKeys } from '../../../lib/query-keys.ts';

/** `GET /api/users` (editors and admins): every account, for the reviewer filter. */
export function getUsers(signal?: AbortSignal): Promise<UserList> {
  return callApi(userEndpoints.list, { signal });
}

export const peopleQueryOptions = () => queryOptions({ queryKey: userKeys.list(), queryFn: ({ signal }) => getUsers(signal), staleTime: 60_000 });

/** Every account by name (deactivated ones too: their claims still count); undefined while loading. */
export function usePeople() {
  return useQuery({
    ...peopleQueryOptions(),
    select: (list) => [...list.users].sort((a, b) => a.name.localeCompare(b.name)),
  });
}
