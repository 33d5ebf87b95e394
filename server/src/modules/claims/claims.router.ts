import { Router } from 'express';
import type { ClaimList } from '@sanad/shared/schemas/claim';
import { ConfirmAnchorInputSchema, CreateClaimInputSchema, UpdateClaimInputSchema } from '@sanad/shared/schemas/claim';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import { ifMatchVersion, sendVersioned, withCurrentOnConflict } from '../../http/versioning.ts';
import type { Actor } from '../../lib/actor.ts';
import { presentClaim } from './claims.presenter.ts';
import type { ClaimsService } from './claims.service.ts';

/** Routes /api/articles/:id/claims (list, create) and /api/claims/:id (read, change, delete, confirm anchor). */
export function claimsRouter(claims: ClaimsService): Router {
  const router = Router();
  const current = (actor: Actor, id: number) => async () => presentClaim(await claims.get(actor, id));

  router.get(
    '/articles/:id/claims',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      const body: ClaimList = { claims: (await claims.listForArticle(actorOf(res), params.id)).map(presentClaim) };
      res.json(body);
    }),
  );

  router.post(
    '/articles/:id/claims',
    validate({ params: IdParamsSchema, body: CreateClaimInputSchema }, async ({ params, body }, _req, res) => {
      const claim = presentClaim(await claims.create(actorOf(res), params.id, body));
      res.location(`/api/claims/${claim.id}`);
      sendVersioned(res, claim, 201);
    }),
  );

  router.get(
    '/claims/:id',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      sendVersioned(res, await current(actorOf(res), params.id)());
    }),
  );

  router.patch(
    '/claims/:id',
    validate({ params: IdParamsSchema, body: UpdateClaimInputSchema }, async ({ params, body }, req, res) => {
      const actor = actorOf(res);
      const claim = await withCurrentOnConflict(() => claims.update(actor, params.id, ifMatchVersion(req), body), current(actor, params.id));
      sendVersioned(res, presentClaim(claim));
    }),
  );

  router.post(
    '/claims/:id/anchor/confirm',
    validate({ params: IdParamsSchema, body: ConfirmAnchorInputSchema }, async ({ params, body }, req, res) => {
      const actor = actorOf(res);
      const claim = await withCurrentOnConflict(() => claims.confirmAnchor(actor, params.id, ifMatchVersion(req), body), current(actor, params.id));
      sendVersioned(res, presentClaim(claim));
    }),
  );

  router.delete(
    '/claims/:id',
    validate({ params: IdParamsSchema }, async ({ params }, req, res) => {
      const actor = actorOf(res);
      await withCurrentOnConflict(() => claims.delete(actor, params.id, ifMatchVersion(req)), current(actor, params.id));
      res.status(204).end();
    }),
  );

  return router;
}
