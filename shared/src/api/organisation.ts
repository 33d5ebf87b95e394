import { byVersion, defineEndpoint, json, schemasOf } from './endpoint.ts';

const organisationSchemas = schemasOf(() => import('../schemas/organisation.ts'));

/** `/api/organisation`: the organisation's settings. */
export const organisationEndpoints = {
  get: defineEndpoint({ method: 'GET', path: '/organisation', reply: json(organisationSchemas('OrganisationSchema')), etag: byVersion, summary: "The organisation's settings." }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/organisation',
    body: organisationSchemas('UpdateOrganisationInputSchema'),
    reply: json(organisationSchemas('OrganisationSchema')),
    versioned: true,
    largeBody: true,
    etag: byVersion,
    summary: "Change the organisation's settings (admins; the logo travels in the body).",
  }),
};
