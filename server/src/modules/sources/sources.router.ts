import { Router } from 'express';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import { AttachSourceInputSchema, ClaimSourceParamsSchema, UpdateClaimSourceInputSchema } from '@sanad/shared/schemas/source';
import { validate } from '../../http/validate.ts';
import { presentClaim } from '../claims/claims.presenter.ts';
import type { SourcesService } from './sources.service.ts';

/** Routes /api/claims/:id/sources[/:linkId]; each answers with the updated claim. */
export function sourcesRouter(sources: SourcesService): Router {
  const router = Router();

  router.post(
    '/claims/:id/sources',
    validate({ params: IdParamsSchema, body: AttachSourceInputSchema }, async ({ params, body }, _req, res) => {
      res.status(201).json(presentClaim(await sources.attach(params.id, body)));
    }),
  );

  router.patch(
    '/claims/:id/sources/:linkId',
    validate({ params: ClaimSourceParamsSchema, body: UpdateClaimSourceInputSchema }, async ({ params, body }, _req, res) => {
      res.json(presentClaim(await sources.update(params.id, params.linkId, body)));
    }),
  );

  router.delete(
    '/claims/:id/sources/:linkId',
    validate({ params: ClaimSourceParamsSchema }, async ({ params }, _req, res) => {
      res.json(presentClaim(await sources.detach(params.id, params.linkId)));
    }),
  );

  return router;
}
