import { claimEndpoints } from '@sanad/shared/api/claims';
import { type Route, route } from '../../http/route.ts';
import { presentClaim } from '../claims/claims.presenter.ts';
import { currentClaim } from '../claims/claims.router.ts';
import type { ClaimsService } from '../claims/claims.service.ts';
import type { VerdictsService } from './verdicts.service.ts';

/** Setting and removing a claim's verdict; both answer with the claim. */
export function verdictsRoutes(verdicts: VerdictsService, claims: ClaimsService): Route[] {
  const current = currentClaim(claims);
  return [
    route(claimEndpoints.setVerdict, async ({ params, body, ifMatch }, { actor }) => presentClaim(await verdicts.set(actor, params.id, ifMatch, body), actor), { current }),
    route(claimEndpoints.markOutdated, async ({ params, body, ifMatch }, { actor }) => presentClaim(await verdicts.setOutdated(actor, params.id, ifMatch, body.note), actor), { current }),
    route(claimEndpoints.clearOutdated, async ({ params, ifMatch }, { actor }) => presentClaim(await verdicts.setOutdated(actor, params.id, ifMatch, null), actor), { current }),
    route(claimEndpoints.removeVerdict, async ({ params, ifMatch }, { actor }) => presentClaim(await verdicts.remove(actor, params.id, ifMatch), actor), { current }),
  ];
}
