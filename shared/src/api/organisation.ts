import { OrganisationSchema, UpdateOrganisationInputSchema } from '../schemas/organisation.ts';
import { byVersion, defineEndpoint, json } from './endpoint.ts';

/** `/api/organisation`: the organisation's settings. */
export const organisationEndpoints = {
  get: defineEndpoint({ method: 'GET', path: '/organisation', reply: json(OrganisationSchema), etag: byVersion, summary: "The organisation's settings." }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/organisation',
    body: UpdateOrganisationInputSchema,
    reply: json(OrganisationSchema),
    versioned: true,
    largeBody: true,
    etag: byVersion,
    summary: "Change the organisation's settings (admins; the logo travels in the body).",
  }),
};
