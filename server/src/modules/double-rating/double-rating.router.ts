import { doubleRatingEndpoints } from '@sanad/shared/api/double-rating';
import { type Route, route } from '../../http/route.ts';
import { presentArticle } from '../articles/articles.presenter.ts';
import { currentArticle } from '../articles/articles.router.ts';
import type { ArticlesService } from '../articles/articles.service.ts';
import { presentClaim } from '../claims/claims.presenter.ts';
import { currentClaim } from '../claims/claims.router.ts';
import type { ClaimsService } from '../claims/claims.service.ts';
import type { DoubleRatingService } from './double-rating.service.ts';

/** Blind double rating: requiring a second rating, giving it, resolving a disagreement, and the agreement figures (ADR 034). */
export function doubleRatingRoutes(doubleRating: DoubleRatingService, claims: ClaimsService, articles: ArticlesService): Route[] {
  const current = currentClaim(claims);
  return [
    route(doubleRatingEndpoints.setForClaim, async ({ params, body, ifMatch }, { actor }) => presentClaim(await doubleRating.setForClaim(actor, params.id, ifMatch, body), actor), {
      current,
    }),
    route(doubleRatingEndpoints.rate, async ({ params, body, ifMatch }, { actor }) => presentClaim(await doubleRating.rate(actor, params.id, ifMatch, body), actor), { current }),
    route(doubleRatingEndpoints.resolve, async ({ params, body, ifMatch }, { actor }) => presentClaim(await doubleRating.resolve(actor, params.id, ifMatch, body), actor), {
      current,
    }),
    route(doubleRatingEndpoints.setForArticle, async ({ params, body, ifMatch }, { actor }) => presentArticle(await doubleRating.setForArticle(actor, params.id, ifMatch, body)), {
      current: currentArticle(articles),
    }),
    route(doubleRatingEndpoints.agreement, async ({ query }, { actor }) => doubleRating.agreement(actor, query)),
  ];
}
