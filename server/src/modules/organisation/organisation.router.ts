import { Router } from 'express';
import { UpdateOrganisationInputSchema } from '@sanad/shared/schemas/organisation';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import { ifMatchVersion, sendVersioned, withCurrentOnConflict } from '../../http/versioning.ts';
import { presentOrganisation } from './organisation.presenter.ts';
import type { OrganisationService } from './organisation.service.ts';

/** /api/organisation: read (anyone signed in) and change (admins, with If-Match). */
export function organisationRouter(organisation: OrganisationService): Router {
  const router = Router();

  router.get(
    '/organisation',
    validate({}, async (_input, _req, res) => {
      sendVersioned(res, presentOrganisation(await organisation.get(actorOf(res))));
    }),
  );

  router.patch(
    '/organisation',
    validate({ body: UpdateOrganisationInputSchema }, async ({ body }, req, res) => {
      const actor = actorOf(res);
      const updated = await withCurrentOnConflict(
        () => organisation.update(actor, ifMatchVersion(req), body),
        async () => presentOrganisation(await organisation.get(actor)),
      );
      sendVersioned(res, presentOrganisation(updated));
    }),
  );

  return router;
}
