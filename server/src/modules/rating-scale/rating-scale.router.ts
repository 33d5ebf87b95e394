import { endpointUrl } from '@sanad/shared/api/endpoint';
import { ratingScaleEndpoints } from '@sanad/shared/api/rating-scale';
import { type Route, type RouteContext, route } from '../../http/route.ts';
import { presentRating, presentRatingScale } from './rating-scale.presenter.ts';
import type { RatingScaleService } from './rating-scale.service.ts';

/**
 * The live rating scale for every signed-in user (retired ratings included,
 * so old verdicts still display); admins add, edit, reorder, retire, restore
 * and delete ratings.
 */
export function ratingScaleRoutes(scale: RatingScaleService): Route[] {
  const current = async ({ params }: { params: { key: string } }, { actor }: RouteContext) => presentRating(await scale.get(actor, params.key));
  return [
    route(ratingScaleEndpoints.list, async (_input, { actor }) => presentRatingScale(await scale.list(actor))),
    route(ratingScaleEndpoints.create, async ({ body }, { actor }) => presentRating(await scale.create(actor, body)), {
      location: (rating) => endpointUrl(ratingScaleEndpoints.get, { key: rating.key }),
    }),
    route(ratingScaleEndpoints.get, current),
    route(ratingScaleEndpoints.update, async ({ params, body, ifMatch }, { actor }) => presentRating(await scale.update(actor, params.key, ifMatch, body)), {
      current,
    }),
    route(ratingScaleEndpoints.retire, async ({ params, ifMatch }, { actor }) => presentRating(await scale.retire(actor, params.key, ifMatch)), { current }),
    route(ratingScaleEndpoints.restore, async ({ params, ifMatch }, { actor }) => presentRating(await scale.restore(actor, params.key, ifMatch)), { current }),
    route(ratingScaleEndpoints.remove, async ({ params, ifMatch }, { actor }) => scale.delete(actor, params.key, ifMatch), { current }),
  ];
}
