import { claimEndpoints } from '@sanad/shared/api/claims';
import { endpointUrl } from '@sanad/shared/api/endpoint';
import { type Route, type RouteContext, route } from '../../http/route.ts';
import { presentClaim, presentClaimIndex, presentClaimList } from './claims.presenter.ts';
import type { ClaimsService } from './claims.service.ts';

/**
 * The claim as it is now, for the 412 of any write to the claim aggregate
 * (claims, verdicts, sources, transitions answer stale writes with it).
 */
export function currentClaim(claims: ClaimsService) {
  return async ({ params }: { params: { id: number } }, { actor }: RouteContext) => presentClaim(await claims.get(actor, params.id), actor);
}

/** Marking, reading, moving and deleting claims. */
export function claimsRoutes(claims: ClaimsService): Route[] {
  const current = currentClaim(claims);
  return [
    route(claimEndpoints.list, async ({ params }, { actor }) => presentClaimList(await claims.listForArticle(actor, params.id), actor)),
    route(claimEndpoints.index, async ({ params }, { actor }) => {
      const { article, claims: rows } = await claims.indexForArticle(actor, params.id);
      return presentClaimIndex(article, rows, actor);
    }, {
      // The tag comes from a per-article counter (ADR 035): a 304 is answered without reading a claim.
      tag: ({ params }, { actor }) => claims.indexTag(actor, params.id),
    }),
    route(claimEndpoints.create, async ({ params, body }, { actor }) => presentClaim(await claims.create(actor, params.id, body), actor), {
      location: (claim) => endpointUrl(claimEndpoints.get, { id: claim.id }),
    }),
    route(claimEndpoints.get, current),
    route(claimEndpoints.update, async ({ params, body, ifMatch }, { actor }) => presentClaim(await claims.update(actor, params.id, ifMatch, body), actor), { current }),
    route(claimEndpoints.confirmAnchor, async ({ params, body, ifMatch }, { actor }) => presentClaim(await claims.confirmAnchor(actor, params.id, ifMatch, body), actor), {
      current,
    }),
    route(claimEndpoints.remove, async ({ params, ifMatch }, { actor }) => claims.delete(actor, params.id, ifMatch), { current }),
  ];
}
