import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserInput, User } from '@sanad/shared/schemas/user';
import { userEndpoints } from '@sanad/shared/api/users';
import { callApi } from '../../../lib/api-client.ts';
import { userKeys } from '../../../lib/query-keys.ts';

/** `POST /api/users` (admins); 409 `email_taken` when the email is used. */
export function createUser(input: CreateUserInput): Promise<User> {
  return callApi(userEndpoints.create, { body: input });
}

/** Creates an account. Silent: the form shows the problem beside the field. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    meta: { silent: true },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
