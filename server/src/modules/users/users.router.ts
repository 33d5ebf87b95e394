import { Router } from 'express';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import type { UserList } from '@sanad/shared/schemas/user';
import { CreateUserInputSchema, UpdateUserInputSchema } from '@sanad/shared/schemas/user';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import { ifMatchVersion, sendVersioned, withCurrentOnConflict } from '../../http/versioning.ts';
import { presentUser } from './users.presenter.ts';
import type { UsersService } from './users.service.ts';

/** /api/users: list (editors, admins), create and change (admins). */
export function usersRouter(users: UsersService): Router {
  const router = Router();

  router.get(
    '/users',
    validate({}, async (_input, _req, res) => {
      const body: UserList = { users: (await users.list(actorOf(res))).map(presentUser) };
      res.json(body);
    }),
  );

  router.post(
    '/users',
    validate({ body: CreateUserInputSchema }, async ({ body }, _req, res) => {
      sendVersioned(res, presentUser(await users.create(actorOf(res), body)), 201);
    }),
  );

  router.get(
    '/users/:id',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      sendVersioned(res, presentUser(await users.get(actorOf(res), params.id)));
    }),
  );

  router.patch(
    '/users/:id',
    validate({ params: IdParamsSchema, body: UpdateUserInputSchema }, async ({ params, body }, req, res) => {
      const actor = actorOf(res);
      const user = await withCurrentOnConflict(
        () => users.update(actor, params.id, ifMatchVersion(req), body),
        async () => presentUser(await users.get(actor, params.id)),
      );
      sendVersioned(res, presentUser(user));
    }),
  );

  return router;
}
