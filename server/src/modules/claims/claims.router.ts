import { Router } from 'express';
import type { ClaimList } from '@sanad/shared/schemas/claim';
import { ConfirmAnchorInputSchema, CreateClaimInputSchema, UpdateClaimInputSchema } from '@sanad/shared/schemas/claim';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import { validate } from '../../http/validate.ts';
import { presentClaim } from './claims.presenter.ts';
import type { ClaimsService } from './claims.service.ts';

/** Routes /api/articles/:id/claims (list, create) and /api/claims/:id (read, change, delete). */
export function claimsRouter(claims: ClaimsService): Router {
  const router = Router();

  router.get(
    '/articles/:id/claims',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      const body: ClaimList = { claims: (await claims.listForArticle(params.id)).map(presentClaim) };
      res.json(body);
    }),
  );

  router.post(
    '/articles/:id/claims',
    validate({ params: IdParamsSchema, body: CreateClaimInputSchema }, async ({ params, body }, _req, res) => {
      const claim = presentClaim(await claims.create(params.id, body));
      res.status(201).location(`/api/claims/${claim.id}`).json(claim);
    }),
  );

  router.get(
    '/claims/:id',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      res.json(presentClaim(await claims.get(params.id)));
    }),
  );

  router.patch(
    '/claims/:id',
    validate({ params: IdParamsSchema, body: UpdateClaimInputSchema }, async ({ params, body }, _req, res) => {
      res.json(presentClaim(await claims.update(params.id, body)));
    }),
  );

  router.post(
    '/claims/:id/anchor/confirm',
    validate({ params: IdParamsSchema, body: ConfirmAnchorInputSchema }, async ({ params, body }, _req, res) => {
      res.json(presentClaim(await claims.confirmAnchor(params.id, body)));
    }),
  );

  router.delete(
    '/claims/:id',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      await claims.delete(params.id);
      res.status(204).end();
    }),
  );

  return router;
}
