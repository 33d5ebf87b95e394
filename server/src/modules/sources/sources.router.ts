import { Router } from 'express';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import { AttachSourceInputSchema, ClaimSourceParamsSchema, UpdateClaimSourceInputSchema } from '@sanad/shared/schemas/source';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import { ifMatchVersion, sendVersioned, withCurrentOnConflict } from '../../http/versioning.ts';
import { presentClaim } from '../claims/claims.presenter.ts';
import type { ClaimsService } from '../claims/claims.service.ts';
import type { SourcesService } from './sources.service.ts';

/** Routes /api/claims/:id/sources[/:linkId]; each answers with the updated claim (changes take the claim's version). */
export function sourcesRouter(sources: SourcesService, claims: ClaimsService): Router {
  const router = Router();

  router.post(
    '/claims/:id/sources',
    validate({ params: IdParamsSchema, body: AttachSourceInputSchema }, async ({ params, body }, _req, res) => {
      sendVersioned(res, presentClaim(await sources.attach(actorOf(res), params.id, body)), 201);
    }),
  );

  router.patch(
    '/claims/:id/sources/:linkId',
    validate({ params: ClaimSourceParamsSchema, body: UpdateClaimSourceInputSchema }, async ({ params, body }, req, res) => {
      const actor = actorOf(res);
      const claim = await withCurrentOnConflict(
        () => sources.update(actor, params.id, params.linkId, ifMatchVersion(req), body),
        async () => presentClaim(await claims.get(actor, params.id)),
      );
      sendVersioned(res, presentClaim(claim));
    }),
  );

  router.delete(
    '/claims/:id/sources/:linkId',
    validate({ params: ClaimSourceParamsSchema }, async ({ params }, req, res) => {
      const actor = actorOf(res);
      const claim = await withCurrentOnConflict(
        () => sources.detach(actor, params.id, params.linkId, ifMatchVersion(req)),
        async () => presentClaim(await claims.get(actor, params.id)),
      );
      sendVersioned(res, presentClaim(claim));
    }),
  );

  return router;
}
