import { IdParamsSchema } from '../schemas/common.ts';
import { CreateUserInputSchema, UpdateUserInputSchema, UserListSchema, UserSchema } from '../schemas/user.ts';
import { byVersion, defineEndpoint, json } from './endpoint.ts';

/** `/api/users`: the accounts (editors and admins read, admins change). */
export const userEndpoints = {
  list: defineEndpoint({ method: 'GET', path: '/users', reply: json(UserListSchema), summary: 'Every account.' }),
  create: defineEndpoint({ method: 'POST', path: '/users', body: CreateUserInputSchema, reply: json(UserSchema, 201), etag: byVersion, summary: 'Add an account (admins).' }),
  get: defineEndpoint({ method: 'GET', path: '/users/:id', params: IdParamsSchema, reply: json(UserSchema), etag: byVersion, summary: 'One account.' }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/users/:id',
    params: IdParamsSchema,
    body: UpdateUserInputSchema,
    reply: json(UserSchema),
    versioned: true,
    etag: byVersion,
    summary: "Change an account's name, role, active state or password (admins).",
  }),
};
