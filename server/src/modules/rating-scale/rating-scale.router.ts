import { Router } from 'express';
import type { RatingScaleResponse } from '@sanad/shared/schemas/rating-scale';
import { CreateRatingInputSchema, RatingKeyParamsSchema, UpdateRatingInputSchema } from '@sanad/shared/schemas/rating-scale';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import { ifMatchVersion, sendVersioned, withCurrentOnConflict } from '../../http/versioning.ts';
import { presentRating } from './rating-scale.presenter.ts';
import type { RatingScaleService } from './rating-scale.service.ts';

/**
 * /api/rating-scale: the live scale for every signed-in user (retired ratings
 * included, so old verdicts still display); admins add, edit, reorder,
 * retire, restore and delete ratings. Changes to one rating need If-Match.
 */
export function ratingScaleRouter(scale: RatingScaleService): Router {
  const router = Router();

  router.get(
    '/rating-scale',
    validate({}, async (_input, _req, res) => {
      const body: RatingScaleResponse = { ratings: (await scale.list(actorOf(res))).map(presentRating) };
      res.json(body);
    }),
  );

  router.post(
    '/rating-scale',
    validate({ body: CreateRatingInputSchema }, async ({ body }, _req, res) => {
      sendVersioned(res, presentRating(await scale.create(actorOf(res), body)), 201);
    }),
  );

  router.get(
    '/rating-scale/:key',
    validate({ params: RatingKeyParamsSchema }, async ({ params }, _req, res) => {
      sendVersioned(res, presentRating(await scale.get(actorOf(res), params.key)));
    }),
  );

  router.patch(
    '/rating-scale/:key',
    validate({ params: RatingKeyParamsSchema, body: UpdateRatingInputSchema }, async ({ params, body }, req, res) => {
      const actor = actorOf(res);
      const rating = await withCurrentOnConflict(
        () => scale.update(actor, params.key, ifMatchVersion(req), body),
        async () => presentRating(await scale.get(actor, params.key)),
      );
      sendVersioned(res, presentRating(rating));
    }),
  );

  for (const action of ['retire', 'restore'] as const) {
    router.post(
      `/rating-scale/:key/${action}`,
      validate({ params: RatingKeyParamsSchema }, async ({ params }, req, res) => {
        const actor = actorOf(res);
        const rating = await withCurrentOnConflict(
          () => scale[action](actor, params.key, ifMatchVersion(req)),
          async () => presentRating(await scale.get(actor, params.key)),
        );
        sendVersioned(res, presentRating(rating));
      }),
    );
  }

  router.delete(
    '/rating-scale/:key',
    validate({ params: RatingKeyParamsSchema }, async ({ params }, req, res) => {
      const actor = actorOf(res);
      await withCurrentOnConflict(
        () => scale.delete(actor, params.key, ifMatchVersion(req)),
        async () => presentRating(await scale.get(actor, params.key)),
      );
      res.status(204).end();
    }),
  );

  return router;
}
