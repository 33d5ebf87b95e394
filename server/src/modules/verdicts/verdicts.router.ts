import { Router } from 'express';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import { SetVerdictInputSchema } from '@sanad/shared/schemas/verdict';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import { ifMatchVersion, sendVersioned, withCurrentOnConflict } from '../../http/versioning.ts';
import { presentClaim } from '../claims/claims.presenter.ts';
import type { ClaimsService } from '../claims/claims.service.ts';
import type { VerdictsService } from './verdicts.service.ts';

/** Routes /api/claims/:id/verdict: PUT sets it, DELETE removes it; both take the claim's version and answer with the claim. */
export function verdictsRouter(verdicts: VerdictsService, claims: ClaimsService): Router {
  const router = Router();

  router.put(
    '/claims/:id/verdict',
    validate({ params: IdParamsSchema, body: SetVerdictInputSchema }, async ({ params, body }, req, res) => {
      const actor = actorOf(res);
      const claim = await withCurrentOnConflict(
        () => verdicts.set(actor, params.id, ifMatchVersion(req), body),
        async () => presentClaim(await claims.get(actor, params.id)),
      );
      sendVersioned(res, presentClaim(claim));
    }),
  );

  router.delete(
    '/claims/:id/verdict',
    validate({ params: IdParamsSchema }, async ({ params }, req, res) => {
      const actor = actorOf(res);
      const claim = await withCurrentOnConflict(
        () => verdicts.remove(actor, params.id, ifMatchVersion(req)),
        async () => presentClaim(await claims.get(actor, params.id)),
      );
      sendVersioned(res, presentClaim(claim));
    }),
  );

  return router;
}
