import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserInput, User, UserList } from '@sanad/shared/schemas/user';
import { userEndpoints } from '@sanad/shared/api/users';
import { callApi } from '../../../lib/api-client.ts';
import { userKeys } from '../../../lib/query-keys.ts';

/** `PATCH /api/users/:id` (admins): rename, change role, deactivate or reactivate, based on the user at `version`. */
export function updateUser(userId: number, input: UpdateUserInput, version: number): Promise<User> {
  return callApi(userEndpoints.update, { params: { id: userId }, body: input, ifMatch: version });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, input }: { user: User; input: UpdateUserInput }) => updateUser(user.id, input, user.version),
    onSuccess: (updated) => {
      queryClient.setQueryData<UserList>(userKeys.list(), (current) =>
        current ? { users: current.users.map((user) => (user.id === updated.id ? updated : user)) } : current,
      );
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
