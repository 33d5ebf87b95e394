import { claimEndpoints } from '@sanad/shared/api/claims';
import { endpointUrl } from '@sanad/shared/api/endpoint';
import { type Route, route } from '../../http/route.ts';
import { presentClaim } from '../claims/claims.presenter.ts';
import { currentClaim } from '../claims/claims.router.ts';
import type { ClaimsService } from '../claims/claims.service.ts';
import type { SourcesService } from './sources.service.ts';

/** Attaching, changing and detaching a claim's sources; each answers with the claim. */
export function sourcesRoutes(sources: SourcesService, claims: ClaimsService): Route[] {
  const current = currentClaim(claims);
  return [
    route(claimEndpoints.attachSource, async ({ params, body }, { actor }) => presentClaim(await sources.attach(actor, params.id, body), actor), {
      location: (claim) => endpointUrl(claimEndpoints.get, { id: claim.id }),
    }),
    route(
      claimEndpoints.updateSource,
      async ({ params, body, ifMatch }, { actor }) => presentClaim(await sources.update(actor, params.id, params.linkId, ifMatch, body), actor),
      { current },
    ),
    route(claimEndpoints.detachSource, async ({ params, ifMatch }, { actor }) => presentClaim(await sources.detach(actor, params.id, params.linkId, ifMatch), actor), {
      current,
    }),
  ];
}
