import { claimLinkEndpoints } from '@sanad/shared/api/claim-links';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { endpointUrl } from '@sanad/shared/api/endpoint';
import { type Route, route } from '../../http/route.ts';
import { presentClaim } from '../claims/claims.presenter.ts';
import { currentClaim } from '../claims/claims.router.ts';
import type { ClaimsService } from '../claims/claims.service.ts';
import type { ClaimLinksService } from './claim-links.service.ts';

/** Linking an opinion claim to the claims it rests on (ADR 033); each change answers with the opinion claim. */
export function claimLinksRoutes(links: ClaimLinksService, claims: ClaimsService): Route[] {
  const current = currentClaim(claims);
  return [
    route(claimLinkEndpoints.articleRestsOn, async ({ params }, { actor }) => ({ links: await links.forArticle(actor, params.id) })),
    route(claimLinkEndpoints.addRestsOn, async ({ params, body }, { actor }) => presentClaim(await links.add(actor, params.id, body), actor), {
      location: (claim) => endpointUrl(claimEndpoints.get, { id: claim.id }),
    }),
    route(claimLinkEndpoints.removeRestsOn, async ({ params, ifMatch }, { actor }) => presentClaim(await links.remove(actor, params.id, params.restsOnId, ifMatch), actor), {
      current,
    }),
  ];
}
