import { endpointUrl } from '@sanad/shared/api/endpoint';
import { userEndpoints } from '@sanad/shared/api/users';
import { type Route, route } from '../../http/route.ts';
import { presentUser, presentUserList } from './users.presenter.ts';
import type { UsersService } from './users.service.ts';

/** Accounts: list (editors, admins), create and change (admins). */
export function usersRoutes(users: UsersService): Route[] {
  return [
    route(userEndpoints.list, async (_input, { actor }) => presentUserList(await users.list(actor))),
    route(userEndpoints.create, async ({ body }, { actor }) => presentUser(await users.create(actor, body)), {
      location: (user) => endpointUrl(userEndpoints.get, { id: user.id }),
    }),
    route(userEndpoints.get, async ({ params }, { actor }) => presentUser(await users.get(actor, params.id))),
    route(userEndpoints.update, async ({ params, body, ifMatch }, { actor }) => presentUser(await users.update(actor, params.id, ifMatch, body)), {
      current: async ({ params }, { actor }) => presentUser(await users.get(actor, params.id)),
    }),
  ];
}
