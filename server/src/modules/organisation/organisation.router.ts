import { organisationEndpoints } from '@sanad/shared/api/organisation';
import { type Route, route } from '../../http/route.ts';
import { presentOrganisation } from './organisation.presenter.ts';
import type { OrganisationService } from './organisation.service.ts';

/** The organisation's settings: read (anyone signed in) and change (admins). */
export function organisationRoutes(organisation: OrganisationService): Route[] {
  return [
    route(organisationEndpoints.get, async (_input, { actor }) => presentOrganisation(await organisation.get(actor))),
    route(organisationEndpoints.update, async ({ body, ifMatch }, { actor }) => presentOrganisation(await organisation.update(actor, ifMatch, body)), {
      current: async (_input, { actor }) => presentOrganisation(await organisation.get(actor)),
    }),
  ];
}
