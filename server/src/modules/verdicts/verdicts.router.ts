import { Router } from 'express';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import { SetVerdictInputSchema } from '@sanad/shared/schemas/verdict';
import { validate } from '../../http/validate.ts';
import { presentClaim } from '../claims/claims.presenter.ts';
import type { VerdictsService } from './verdicts.service.ts';

/** Routes /api/claims/:id/verdict: PUT sets it, DELETE removes it; both answer with the claim. */
export function verdictsRouter(verdicts: VerdictsService): Router {
  const router = Router();

  router.put(
    '/claims/:id/verdict',
    validate({ params: IdParamsSchema, body: SetVerdictInputSchema }, async ({ params, body }, _req, res) => {
      res.json(presentClaim(await verdicts.set(params.id, body)));
    }),
  );

  router.delete(
    '/claims/:id/verdict',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      res.json(presentClaim(await verdicts.remove(params.id)));
    }),
  );

  return router;
}
