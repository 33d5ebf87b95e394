import { byVersion, defineEndpoint, json, schemasOf } from './endpoint.ts';

const commonSchemas = schemasOf(() => import('../schemas/common.ts'));
const userSchemas = schemasOf(() => import('../schemas/user.ts'));

/** `/api/users`: the accounts (editors and admins read, admins change). */
export const userEndpoints = {
  list: defineEndpoint({ method: 'GET', path: '/users', reply: json(userSchemas('UserListSchema')), summary: 'Every account.' }),
  create: defineEndpoint({ method: 'POST', path: '/users', body: userSchemas('CreateUserInputSchema'), reply: json(userSchemas('UserSchema'), 201), etag: byVersion, summary: 'Add an account (admins).' }),
  get: defineEndpoint({ method: 'GET', path: '/users/:id', params: commonSchemas('IdParamsSchema'), reply: json(userSchemas('UserSchema')), etag: byVersion, summary: 'One account.' }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/users/:id',
    params: commonSchemas('IdParamsSchema'),
    body: userSchemas('UpdateUserInputSchema'),
    reply: json(userSchemas('UserSchema')),
    versioned: true,
    etag: byVersion,
    summary: "Change an account's name, role, active state or password (admins).",
  }),
};
